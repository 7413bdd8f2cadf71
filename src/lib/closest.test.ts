import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance } from './closest.ts';

test('editDistance counts single-character edits', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('same', 'same'), 0);
});

test('closest prefers a truncated long id to an unrelated short one', () => {
  assert.equal(closest('pick-offline-metric', ['calibration', 'evaluation', 'pick-offline-metrics-that-match-the-task'], 1)[0], 'pick-offline-metrics-that-match-the-task');
});

test('closest returns the nearest candidates first', () => {
  assert.deepEqual(closest('design-the-ab-tests', ['monitor', 'design-the-ab-test', 'design-a-test', 'zzz'], 2), [
    'design-the-ab-test',
    'design-a-test',
  ]);
});
