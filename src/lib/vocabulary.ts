/**
 * The site's words for the typo suggester ("Did you mean latency?"), read from what Pagefind
 * indexed, so the suggestions are exactly the words a search can find (item aliases included).
 */
import { gunzipSync } from 'node:zlib';

// Pagefind's files are gzip streams that start with this signature once decompressed.
const SIGNATURE = 'pagefind_dcd';

/** The indexed text of a Pagefind fragment file (`fragment/*.pf_fragment`); throws when the format is not the one known. */
export function fragmentContent(file: Uint8Array, name: string): string {
  const data = gunzipSync(file);
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
    throw new Error(`${name} does not start with Pagefind's "${SIGNATURE}" signature: Pagefind's fragment format has changed, and src/lib/vocabulary.ts must follow it.`);
  }
  const fragment = JSON.parse(data.subarray(SIGNATURE.length).toString()) as { content?: unknown };
  if (typeof fragment.content !== 'string') throw new Error(`${name} has no "content" text: Pagefind's fragment format has changed.`);
  return fragment.content;
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
