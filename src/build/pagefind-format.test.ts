import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { readFile } from 'node:fs/promises';
import { CHUNK_SIZE_VARIABLE, chunkingProblem, fragmentContent, INDEX_CHUNK_LOCATIONS, indexChunkStarts, PAGEFIND_VERSION, vocabularyOf } from './pagefind-format.ts';

test('the Pagefind installed and pinned is the release whose private formats this module reads', async () => {
  const installed = JSON.parse(await readFile(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string };
  const pinned = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.pagefind;
  const why = 'src/build/pagefind-format.ts reads Pagefind files whose format is not public: check it against the new release (the pagefind integration tests build a real index), then change PAGEFIND_VERSION';
  assert.equal(pinned, PAGEFIND_VERSION, `package.json must pin pagefind to exactly ${PAGEFIND_VERSION}: ${why}`);
  assert.equal(installed.version, PAGEFIND_VERSION, `Pagefind ${installed.version} is installed: ${why}`);
});

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


test('vocabularyOf lists words of three letters or more, most frequent first, without numbers', () => {
  assert.deepEqual(vocabularyOf(['Latency, latency and drift.', 'A p99 latency of 200 ms; drift; GDPR.']), ['latency', 'drift', 'and', 'gdpr', 'p99']);
});

test('vocabularyOf splits joined words into their parts', () => {
  assert.deepEqual(vocabularyOf(["two-tower A/B Goodhart's"]), ['goodhart', 'tower', 'two']);
});

test('fragmentContent reads the text of a Pagefind fragment, and says so when the format is unknown', () => {
  const fragment = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/x/', content: 'Data leakage.' })}`));
  assert.equal(fragmentContent(fragment, 'en_1.pf_fragment'), 'Data leakage.');
  assert.throws(() => fragmentContent(gzipSync(Buffer.from('{"content":"x"}')), 'en_2.pf_fragment'), /en_2\.pf_fragment does not start with Pagefind's "pagefind_dcd" signature/);
});

test('indexChunkStarts reads where each index chunk starts from Pagefind\'s metadata, and says so when the format is unknown', () => {
  const meta = (body: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(body)]));
  const chunks = [['0', 'are', 'en_1'], ['area', 'rank', 'en_2'], ['ranke', 'you', 'en_3']];
  assert.deepEqual(indexChunkStarts(meta(['1.6.0', [], chunks, [], []]), 'pagefind.en_9.pf_meta'), ['0', 'area', 'ranke']);
  assert.throws(() => indexChunkStarts(meta(['1.6.0', []]), 'pagefind.en_9.pf_meta'), /pagefind\.en_9\.pf_meta has no list of index chunks/);
});
