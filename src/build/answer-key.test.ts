/** The answer key of "Check your answer" (answer-key.ts), on the "Applied in" fixture content. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readContent, stepsApplying } from '../markdown/content-graph.ts';
import { exampleKey } from './answer-key.ts';

const contentDir = path.join(import.meta.dirname, '../markdown/__fixtures__/applied-in');
const pages = readContent(contentDir);
const stage = pages.find((page) => page.relative === 'framework/2-high-level-architecture.mdx')!;
const alpha = pages.find((page) => page.relative === 'examples/alpha.mdx')!;

test('an example applies what "Applied in" says it does, each item with its first step', () => {
  const key = exampleKey(alpha, [{ stage: 2, page: stage }]);
  assert.equal(key.title, 'Alpha: the first problem');
  assert.deepEqual(key.applied, [
    { stage: 2, id: 'put-numbers-on-the-scale', step: 'estimate-the-traffic', stepText: 'Estimate the traffic' },
    { stage: 2, id: 'funnel', step: 'use-a-funnel', stepText: 'Use a funnel' },
  ]);
  // The same graph as the stage page's "Applied in" lists: every applied item lists this example.
  const applied = stepsApplying(stage, [alpha]);
  assert.deepEqual([...applied.keys()].sort(), key.applied.map((item) => item.id).sort());
});

test('a Skipped paragraph names items with its sentence as the reason, and applies nothing', () => {
  const key = exampleKey(alpha, [{ stage: 2, page: stage }]);
  assert.deepEqual(key.skipped, [{ stage: 2, id: 'is-ml-needed-at-all', reason: "Is ML needed at all?, because a link outside a step's opening applies nothing." }]);
});
