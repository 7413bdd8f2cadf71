/**
 * The one module that knows Pagefind's private formats, for the Pagefind version pinned in
 * package.json (PAGEFIND_VERSION; a unit test fails when another is installed): the environment
 * variable that sets the index's chunk size, the gzip + signature wrapping of its files, the
 * fragment's JSON and the CBOR metadata that says where each index chunk starts. From them the
 * build takes the site's words for the typo suggester ("Did you mean latency?"), so suggestions
 * are exactly the words a search can find (item aliases included), and the chunk starts for
 * `chunksFor` in src/features/search/search-index.ts. Everything else uses Pagefind's public API.
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** The Pagefind release whose formats this module reads: package.json pins it exactly. */
export const PAGEFIND_VERSION = '1.6.0';
/*
 * How big the pieces of the search index are. Pagefind splits its word index into chunks of a
 * number of word locations (20,000 in Pagefind 1.6) and a query downloads every chunk holding
 * a word it may match. At this site's size (about 48,000 locations) that made three chunks of
 * 32 KiB, two of them fetched for "latency": more than the whole first query may cost
 * (issue 15's search budget). Smaller chunks cost a query one or two chunks of a few KiB.
 *
 * Pagefind 1.6 takes the chunk size from the environment variable below, which it names
 * unstable: a later Pagefind may drop or rename it. `chunkingProblem` turns that into a failed
 * build instead of a search that silently costs 25 KiB more.
 */

/** The variable Pagefind 1.6's binary reads the chunk size from (pagefind/src/options.rs). */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Word locations per index chunk, chosen by measurement. Over 58 queries (those of
 * e2e/search-queries.spec.ts, and the bench's with the prefixes typed on the way) a query
 * downloads 7.8 KiB of index on average at 4,000 (19 chunks of about 5 KiB), against 30 KiB at
 * Pagefind's 20,000 and 4.4 KiB at 2,000. A chunk boundary inside a prefix ("use" | "user") costs
 * no matches: the dialog loads every chunk a word's matches are in (`chunksFor` below).
 */
export const INDEX_CHUNK_LOCATIONS = 4000;

/**
 * Why the written index is not chunked as asked, or undefined when it is. Each chunk closes once
 * it holds `chunkLocations` locations, and the index holds at least one location per indexed
 * word, so there are at least `words / chunkLocations` chunks, less what a few very frequent
 * words (whose locations are never split) take: fewer than half of that means Pagefind did not
 * use the size. An index too small for two chunks proves nothing and passes.
 */
export function chunkingProblem({ chunks, words, chunkLocations }: { chunks: number; words: number; chunkLocations: number }): string | undefined {
  const expected = Math.floor(words / chunkLocations);
  if (chunks >= Math.floor(expected / 2)) return undefined;
  return (
    `Pagefind wrote ${chunks} index chunk${chunks === 1 ? '' : 's'} for ${words} indexed words, where ${CHUNK_SIZE_VARIABLE}=${chunkLocations} ` +
    `should give about ${expected}: this Pagefind no longer honours that (unstable) variable, and every query would download ` +
    `far larger chunks. Find its new way to set the chunk size (src/build/pagefind-format.ts) before upgrading.`
  );
}

// Pagefind's files are gzip streams that start with this signature once decompressed.
const SIGNATURE = 'pagefind_dcd';

/** A Pagefind file's content: un-gzipped, without its signature; throws when the format is not the one known. */
function payload(file: Uint8Array, name: string): Buffer {
  const data = gunzipSync(file);
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
    throw new Error(`${name} does not start with Pagefind's "${SIGNATURE}" signature: Pagefind's file format has changed, and src/build/pagefind-format.ts must follow it.`);
  }
  return data.subarray(SIGNATURE.length);
}

/** The indexed text of a Pagefind fragment file (`fragment/*.pf_fragment`); throws when the format is not the one known. */
export function fragmentContent(file: Uint8Array, name: string): string {
  const fragment = JSON.parse(payload(file, name).toString()) as { content?: unknown };
  if (typeof fragment.content !== 'string') throw new Error(`${name} has no "content" text: Pagefind's fragment format has changed.`);
  return fragment.content;
}

/**
 * Where each chunk of the word index starts, in index order, from Pagefind's metadata file
 * (`pagefind.*.pf_meta`: CBOR, whose third field lists the chunks as [from, to, file hash]).
 */
export function indexChunkStarts(file: Uint8Array, name: string): string[] {
  const meta = decode(payload(file, name)) as unknown;
  const chunks = Array.isArray(meta) ? (meta[2] as unknown) : undefined;
  if (!Array.isArray(chunks) || chunks.length === 0 || !chunks.every((chunk) => Array.isArray(chunk) && typeof chunk[0] === 'string' && typeof chunk[1] === 'string')) {
    throw new Error(`${name} has no list of index chunks as [from, to, hash] in its third field: Pagefind's metadata format has changed, and src/build/pagefind-format.ts must follow it.`);
  }
  return (chunks as Array<[string, string]>).map(([from]) => from);
}

/**
 * The distinct words of the texts, lower-cased, most frequent first (alphabetical among equals):
 * runs of letters and digits of three characters or more that start with a letter. Shorter words
 * are not corrected, and a number is not a typo.
 */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}]{2,}/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([word]) => word);
}
