import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCovered, progress, serializeCovered, withCovered } from './practice-progress.ts';
import { itemKey } from '../../lib/stage-items.ts';

const STAGES = [
  { path: '/framework/a/', ids: ['one', 'two', 'three'] },
  { path: '/framework/b/', ids: ['x', 'y'] },
];

test('progress counts per stage and overall', () => {
  const covered = new Set([itemKey('/framework/a/', 'one'), itemKey('/framework/a/', 'three'), itemKey('/framework/b/', 'y')]);
  assert.deepEqual(progress(STAGES, covered), {
    stages: [
      { path: '/framework/a/', done: 2, total: 3 },
      { path: '/framework/b/', done: 1, total: 2 },
    ],
    overall: { done: 3, total: 5 },
  });
});

test('progress ignores keys of items that no longer exist, and keys of another stage with the same id', () => {
  const covered = new Set(['/framework/a/#renamed-item', '/framework/b/#one', '/framework/gone/#x', itemKey('/framework/b/', 'x')]);
  const result = progress(STAGES, covered);
  assert.deepEqual(result.stages.map((s) => s.done), [0, 1]);
  assert.deepEqual(result.overall, { done: 1, total: 5 });
});

test('progress of an empty set is zero of the total', () => {
  assert.deepEqual(progress(STAGES, new Set()).overall, { done: 0, total: 5 });
  assert.deepEqual(progress([], new Set(['/a/#b'])).overall, { done: 0, total: 0 });
});

test('serializeCovered and parseCovered round-trip, sorted and without duplicates', () => {
  const raw = serializeCovered(['/framework/b/#y', '/framework/a/#one', '/framework/b/#y']);
  assert.equal(raw, '{"v":1,"covered":["/framework/a/#one","/framework/b/#y"]}');
  assert.deepEqual([...parseCovered(raw)], ['/framework/a/#one', '/framework/b/#y']);
});

test('parseCovered accepts the unversioned array of keys', () => {
  assert.deepEqual([...parseCovered('["/framework/a/#one"]')], ['/framework/a/#one']);
});

test('parseCovered survives missing, malformed and foreign data', () => {
  for (const raw of [null, undefined, '', 'not json', '{', '42', 'null', '"text"', '{"v":2,"covered":["/a/#b"]}', '{"covered":["/a/#b"]}', '{"v":1}', '{"v":1,"covered":"x"}']) {
    assert.deepEqual(parseCovered(raw), new Set(), String(raw));
  }
});

test('parseCovered keeps only well-formed keys', () => {
  const raw = JSON.stringify({ v: 1, covered: ['/framework/a/#one', 7, null, { k: 1 }, 'no-hash', '/a/#', 'relative#id', '/a/#b#c', '/a/#with space'] });
  assert.deepEqual([...parseCovered(raw)], ['/framework/a/#one']);
});

test('parseCovered caps an absurdly long list', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `/framework/a/#item-${i}`);
  assert.equal(parseCovered(JSON.stringify(keys)).size, 2000);
});

test('withCovered adds and removes without changing its input', () => {
  const start = new Set(['/a/#b']);
  assert.deepEqual([...withCovered(start, '/a/#c', true)], ['/a/#b', '/a/#c']);
  assert.deepEqual([...withCovered(start, '/a/#b', false)], []);
  assert.deepEqual([...start], ['/a/#b']);
});
