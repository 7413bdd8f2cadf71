/**
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
    `far larger chunks. Find its new way to set the chunk size (src/features/search/search-index.ts) before upgrading.`
  );
}

/** The file, inside the Pagefind bundle, that lists where each index chunk starts, for the search dialog. */
export const INDEX_CHUNKS_FILE = 'index-chunks.json';

/**
 * The chunks that may hold a word starting with `word`, named by their first words as Pagefind
 * wrote them (cut short: "ranke" for "ranked"), in index order, by which `pagefind.preload()`
 * loads each. Chunk i holds the words from `starts[i]` up to, not including, `starts[i + 1]`.
 * Pagefind itself loads, per query word, only the first chunk whose edges hold the word, so the
 * matches of a prefix that runs across a chunk boundary are lost past it ("use" found 37 records,
 * "user" 82), and a word that sorts between two cut-short edges loads no chunk at all in a query
 * of several words.
 */
export function chunksFor(word: string, starts: readonly string[]): string[] {
  return starts.filter((start, i) => {
    const next = starts[i + 1];
    return (start <= word || start.startsWith(word)) && (next === undefined || word < next);
  });
}
