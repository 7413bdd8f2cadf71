/**
 * Which search records a query reads. Reading a record downloads its fragment (about half a KiB:
 * one item, heading or page start, see search-records.ts), and a reader typing a word makes a
 * query of each prefix on the way; so a query reads Pagefind's best records and the best
 * framework records (whose checklist items rank first at equal match: search-results.ts), not
 * every match: a dozen rows and a few more framework items are more than a reader scans. Measured
 * with the bench's "latency" (29 matches), reading 12 and 6 costs 10.5 KiB of fragments over the
 * prefixes typed, 20 and 10 cost 17.9 KiB; e2e/search-queries.spec.ts gives the same first
 * results either way.
 */

/** How many of Pagefind's best records a query reads. */
export const BEST_RECORDS = 12;
/**
 * How many it reads when the reader asks for more results: every match of a word or a phrase
 * (the site's most frequent item words match 30 to 40 records), not every record holding one word
 * of a long question (several hundred).
 */
export const MORE_RECORDS = 60;
/** How many of the best framework records it reads besides (most are among the best anyway). */
export const BEST_FRAMEWORK_RECORDS = 6;

/** A result of Pagefind's search: a record's id and score. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** What Pagefind answered for a query. */
export interface Answers<T extends ScoredResult> {
  /** The records that hold every word (each as a prefix, as Pagefind matches), best first. */
  all: readonly T[];
  /** The same, among the framework's records (the `kind` filter). */
  framework: readonly T[];
  /** For a lone word that must match whole: the records that hold that word itself. */
  exact?: readonly T[] | undefined;
}

/**
 * The records to read, and how many matched. For a lone whole word, only the records that hold
 * it exactly count: "ab" reads the A/B items, not every record with "about". With `more` (the
 * reader asked for more results), up to MORE_RECORDS are read.
 */
export function chooseRecords<T extends ScoredResult>({ all, framework, exact }: Answers<T>, more = false): { read: T[]; matched: number } {
  const holds = exact && new Set(exact.map((result) => result.id));
  const kept = (results: readonly T[]) => results.filter((result) => !holds || holds.has(result.id));
  const matches = kept(all);
  const read = new Map<string, T>();
  const best = matches.slice(0, more ? MORE_RECORDS : BEST_RECORDS);
  for (const result of [...best, ...kept(framework).slice(0, BEST_FRAMEWORK_RECORDS)]) read.set(result.id, result);
  return { read: [...read.values()], matched: matches.length };
}

/**
 * For a query no record holds whole (a question typed in full: "what personal data is involved
 * and how is it protected in this system"), the records that hold some of its words, from each
 * word's own results: first each word's best record, so that a word the site has is found on
 * some record read (else the typo suggester would take it for a typo), then the rest by how many
 * of the words they hold, and their summed score. Each record is the result of the word it
 * scored best for.
 */
export function anyWordResults<T extends ScoredResult>(perWord: ReadonlyArray<readonly T[]>): T[] {
  const records = new Map<string, { best: T; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const record = records.get(result.id);
      if (!record) records.set(result.id, { best: result, words: 1, score: result.score });
      else {
        record.words += 1;
        record.score += result.score;
        if (result.score > record.best.score) record.best = result;
      }
    }
  }
  const leaders = new Set(perWord.flatMap((results) => (results[0] ? [results[0].id] : [])));
  const rest = [...records.entries()].filter(([id]) => !leaders.has(id)).sort(([, a], [, b]) => b.words - a.words || b.score - a.score);
  return [...[...leaders].map((id) => records.get(id)!.best), ...rest.map(([, record]) => record.best)];
}

// The words of a question that name no topic: "how do I handle data leakage when …".
const QUESTION_WORDS = new Set(
  'a an and are as at be can could did do does for how i if in is it my of on or our should that the this to we what when where which who why will with would you your'.split(' '),
);

/**
 * The words of a query that no record holds whole, by which to find the records holding the
 * most of them: without the words of a question that name no topic, which nearly every record
 * holds ("how", "do", "the"), unless that leaves none.
 */
export function topicWords<T extends { word: string }>(terms: readonly T[]): T[] {
  const topics = terms.filter((term) => !QUESTION_WORDS.has(term.word));
  return topics.length > 0 ? topics : [...terms];
}
