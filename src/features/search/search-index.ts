/**
 * Where the search dialog finds the chunks of Pagefind's word index: the build writes where each
 * chunk starts (src/build/pagefind-format.ts reads it from Pagefind's metadata), and a query word
 * loads every chunk its matches can be in.
 */

/**
 * The id that an item's alias list carries in its search record (src/build/search-records.ts):
 * Pagefind then lists where the aliases start among the record's anchors, and the dialog's
 * excerpt shows a sentence of the item instead of its aliases.
 */
export const ALIASES_ANCHOR = 'search-aliases';

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
