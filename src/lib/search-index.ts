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
 * Pagefind's 20,000 and 4.4 KiB at 2,000. Smaller chunks cost more than requests: Pagefind reads
 * a prefix only in the chunk where it sorts, so a chunk boundary inside a common prefix loses the
 * words after it. Checked for every 2- to 6-letter prefix of the site's words: at 2,000 that cut
 * "for", "per" and "with", at 3,000 "dat" and "tra"; at 4,000 only two-letter fragments (which
 * search matches as whole words) and "the".
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
    `far larger chunks. Find its new way to set the chunk size (src/lib/search-index.ts) before upgrading.`
  );
}
