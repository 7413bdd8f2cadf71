import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StagePage } from './navigation.ts';
import { itemKey, stageItems } from './stage-items.ts';

const stages: StagePage[] = [
  { stage: 1, title: 'Clarify', path: '/framework/clarify/', file: 'content/framework/1-clarify.mdx' },
  { stage: 2, title: 'Architecture', path: '/framework/architecture/', file: 'content/framework/2-architecture.mdx' },
];
const items = new Map([
  ['/framework/clarify/', [{ id: 'goals', text: 'What are the goals?' }, { id: 'users', text: 'How many users?' }]],
  ['/framework/architecture/', [{ id: 'metrics', text: 'Propose the metrics' }]],
]);

test('stageItems keeps stage and item order and links each item under base', () => {
  const result = stageItems(stages, items, '/ml-framework/');
  assert.deepEqual(result.map((s) => [s.stage, s.href]), [
    [1, '/ml-framework/framework/clarify/'],
    [2, '/ml-framework/framework/architecture/'],
  ]);
  assert.deepEqual(result[0]!.items, [
    { id: 'goals', text: 'What are the goals?', href: '/ml-framework/framework/clarify/#goals', key: '/framework/clarify/#goals' },
    { id: 'users', text: 'How many users?', href: '/ml-framework/framework/clarify/#users', key: '/framework/clarify/#users' },
  ]);
});

test('stageItems keys do not depend on base', () => {
  const atRoot = stageItems(stages, items, '/');
  const underBase = stageItems(stages, items, '/sub/');
  assert.equal(atRoot[1]!.items[0]!.href, '/framework/architecture/#metrics');
  assert.deepEqual(atRoot.flatMap((s) => s.items.map((i) => i.key)), underBase.flatMap((s) => s.items.map((i) => i.key)));
});

test('stageItems names the file of a stage without items', () => {
  assert.throws(() => stageItems(stages, new Map([items.entries().next().value!]), '/'), /2-architecture\.mdx.*stage 2 has no checklist items/);
});

test('itemKey joins the stage path and the item id', () => {
  assert.equal(itemKey('/framework/modeling/', 'set-baselines-to-beat'), '/framework/modeling/#set-baselines-to-beat');
});
