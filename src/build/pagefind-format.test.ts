import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { fragmentContent, indexChunkStarts, vocabularyOf } from './pagefind-format.ts';

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
