/**
 * "Did you mean …?": the closest words the site contains to a word that matched nothing.
 * Pagefind has no typo tolerance, so the build writes the site's words (vocabulary.ts), and the
 * dialog loads them only when a query has a word no result contains.
 */
import { foldPlural, type SearchTerm } from './search-terms.ts';

/** The vocabulary as the build writes it: the site's words, most frequent first. */
export interface Vocabulary {
  words: readonly string[];
}

/** The edit distance a word of this length may be corrected by: 1 for short words, 2 from six letters on. */
export const maxDistance = (length: number) => (length < 6 ? 1 : 2);

/**
 * The Damerau–Levenshtein distance of two words (an insertion, deletion, substitution or swap of
 * two neighbouring letters each cost 1), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A correction of one word: the site's word and how far it is from what was typed. */
export interface Suggestion {
  word: string;
  distance: number;
}

/**
 * The site's words closest to `typed` within its allowed distance, nearest first and, at equal
 * distance, most frequent first; at most `limit`. A plural or singular of the typed word is no
 * suggestion: it already matches.
 */
export function suggestWords(typed: string, vocabulary: Vocabulary, limit = 3): Suggestion[] {
  const max = maxDistance(typed.length);
  const found: Suggestion[] = [];
  for (const word of vocabulary.words) {
    if (foldPlural(word) === foldPlural(typed)) continue;
    const distance = editDistance(typed, word, max);
    if (distance <= max) found.push({ word, distance });
  }
  // Stable: the vocabulary's frequency order decides among equal distances.
  return found.sort((a, b) => a.distance - b.distance).slice(0, limit);
}

/** Whether the vocabulary has a word that the term matches (whole, or as the prefix being typed). */
export function knownTerm(term: SearchTerm, vocabulary: Vocabulary): boolean {
  return vocabulary.words.some((word) => foldPlural(word) === term.word || word === term.typed || (term.prefix && word.startsWith(term.typed)));
}

/**
 * Whether one suggestion is clearly the word meant: it is the only one at the smallest distance,
 * and that distance is 1, or 2 for a long word with no other suggestion at all.
 */
export function isClear(suggestions: readonly Suggestion[]): boolean {
  const [first, second] = suggestions;
  if (!first) return false;
  if (second && second.distance === first.distance) return false;
  return first.distance === 1 || !second;
}

/** A query with one word replaced by another, the other words kept as typed. */
export function replaceWord(query: string, typed: string, word: string): string {
  const words = query.trim().split(/\s+/);
  const squash = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return words.map((w) => (squash(w) === typed ? word : w)).join(' ');
}
