/**
 * What the search dialog needs from Pagefind's bundle beyond Pagefind itself: the site's words for
 * the typo suggester ("Did you mean latency?"), read from what Pagefind indexed, so the suggestions
 * are exactly the words a search can find (item aliases included); and where the word index's
 * chunks start (see `chunksFor` in search-index.ts).
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

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
