import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunksFor } from './search-index.ts';

// Where each chunk starts, as Pagefind 1.6 wrote them for this site: cut short, some sharing a long prefix.
const CHUNKS = ['0', 'aa', 'area', 'cand', 'pai', 'ranke', 'sect', 'usel'];

test('a word inside one chunk needs only that chunk', () => {
  assert.deepEqual(chunksFor('latency', CHUNKS), ['cand']);
  assert.deepEqual(chunksFor('pre', CHUNKS), ['pai']);
});

test('a prefix whose words run across a chunk boundary needs the chunks on both sides', () => {
  assert.deepEqual(chunksFor('use', CHUNKS), ['sect', 'usel']);
  assert.deepEqual(chunksFor('rank', CHUNKS), ['pai', 'ranke']);
  assert.deepEqual(chunksFor('ran', CHUNKS), ['pai', 'ranke']);
  assert.deepEqual(chunksFor('are', CHUNKS), ['aa', 'area']);
});

test('a word past a cut-short edge is looked for in the chunk that edge closes', () => {
  // "cancel" sorts after "canc" and before "cand": only the chunk closed by "canc" can hold it.
  assert.deepEqual(chunksFor('cancel', CHUNKS), ['area']);
  assert.deepEqual(chunksFor('ranker', CHUNKS), ['ranke']);
});

test('the last chunk holds every word from its start on, and the first every word before the second', () => {
  assert.deepEqual(chunksFor('zebra', CHUNKS), ['usel']);
  assert.deepEqual(chunksFor('1', CHUNKS), ['0']);
});
