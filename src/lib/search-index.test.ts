import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHUNK_SIZE_VARIABLE, chunkingProblem, INDEX_CHUNK_LOCATIONS } from './search-index.ts';

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
