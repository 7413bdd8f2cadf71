import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorIndex, elsewhere, quoted } from './anchor-index.ts';

const index = anchorIndex([
  { path: '/framework/data/', label: '3 · Data', anchors: [{ id: 'handle-class-imbalance', formerIds: ['imbalance'], text: 'Handle class imbalance.' }] },
  { path: '/framework/serving/', label: '5 · Serving', anchors: [{ id: 'metrics', formerIds: [], text: 'Monitor.' }] },
  { path: '/examples/ads/', label: 'Example · Ads', anchors: [{ id: 'metrics', formerIds: [], text: 'Metrics' }] },
]);

test('an id of another page names that page and the item, former ids and case slips included', () => {
  assert.deepEqual(elsewhere(index, 'handle-class-imbalance', '/framework/serving/'), [
    { path: '/framework/data/', id: 'handle-class-imbalance', label: '3 · Data', title: 'Handle class imbalance.' },
  ]);
  assert.equal(elsewhere(index, 'imbalance', '/framework/serving/')[0]?.id, 'imbalance');
  assert.equal(elsewhere(index, 'Handle-Class-Imbalance', '/x/')[0]?.path, '/framework/data/');
});

test('an id on several pages lists each other page; the current page and unknown ids give nothing', () => {
  assert.deepEqual(elsewhere(index, 'metrics', '/framework/serving/').map((p) => p.path), ['/examples/ads/']);
  assert.deepEqual(elsewhere(index, 'handle-class-imbalance', '/framework/data/'), []);
  assert.deepEqual(elsewhere(index, 'nothing-like-it', '/'), []);
});

test('a long fragment is cut short in the notice', () => {
  assert.equal(quoted('a'.repeat(61)), `${'a'.repeat(60)}…`);
  assert.equal(quoted('short'), 'short');
});
