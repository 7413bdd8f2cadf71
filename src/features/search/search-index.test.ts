import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHUNK_SIZE_VARIABLE, chunkingProblem, chunksFor, INDEX_CHUNK_LOCATIONS } from './search-index.ts';

test('an index cut into chunks of the asked size passes', () => {
  // This site: about 40,000 indexed words in 19 chunks of 4,000 locations.
  assert.equal(chunkingProblem({ chunks: 19, words: 40_000, chunkLocations: 4000 }), undefined);
  assert.equal(chunkingProblem({ chunks: 5, words: 40_000, chunkLocations: 4000 }), undefined);
});

test('an index in Pagefind’s default chunks of 20,000 locations fails, naming the variable', () => {
  const problem = chunkingProblem({ chunks: 3, words: 40_000, chunkLocations: 4000 });
  assert.match(problem!, /Pagefind wrote 3 index chunks for 40000 indexed words/);
  assert.match(problem!, new RegExp(`${CHUNK_SIZE_VARIABLE}=4000 should give about 10`));
  assert.match(problem!, /no longer honours/);
});

test('an index too small for two chunks proves nothing and passes', () => {
  assert.equal(chunkingProblem({ chunks: 1, words: 7000, chunkLocations: 4000 }), undefined);
});

test('the chunk size is a whole number Pagefind can parse', () => {
  assert.ok(Number.isInteger(INDEX_CHUNK_LOCATIONS) && INDEX_CHUNK_LOCATIONS > 0);
});

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
