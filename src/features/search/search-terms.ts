/**
 * The words of a search query, and where they occur in text: shared by result ranking (how well
 * does an item match?), by the result list and by the landing page, which mark the searched words.
 *
 * The rules a reader sees:
 * - a query word matches a whole word of the text ("auc" matches "AUC" and "ROC-AUC", not "auction");
 *   a plural matches its singular ("proxies" ↔ "proxy"), and another form of the same word matches
 *   too, a little below the form typed ("clarifying" ↔ "clarify", "calibration" ↔ "calibrate");
 * - only the last word, while it is being typed, also matches the start of a longer word, and only
 *   from three letters on ("laten" matches "latency", "la" matches only "la");
 * - punctuation inside a word is ignored, as Pagefind ignores it: "A/B" and "ab" match "A/B";
 *   the parts of a hyphenated word match too ("tower" matches "two-tower").
 */

/** The query parameter that carries the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** One word of a query. */
export interface SearchTerm {
  /** Lower-cased, punctuation removed, plural folded: "a/b" → "ab", "proxies" → "proxy". */
  word: string;
  /** The word as typed (lower-cased, punctuation removed), which a prefix match starts with. */
  typed: string;
  /** Whether it may match the start of a longer word (the last word, three letters or more). */
  prefix: boolean;
}

/** How a text word matches a term: the word itself, another form of it, or a longer word it starts. */
export type MatchLevel = 'whole' | 'form' | 'prefix';

// A word of text or query: letters and digits, with -, /, ', ’ or . joining parts ("A/B", "two-tower", "Goodhart's").
const WORD = /[\p{L}\p{N}]+(?:[-/'’.][\p{L}\p{N}]+)*/gu;
/** The shortest last word that matches as a prefix: "la" would match half the site. */
export const MIN_PREFIX = 3;

/** A word without its punctuation, lower-cased: "A/B" → "ab". */
const squash = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The singular of an English plural, enough to fold "proxies", "metrics", "classes", "Goodhart's". */
export function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|as)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Suffixes of a word's other forms, longest first, each with what stays in their place:
// "clarification", "clarifying", "clarified" → "clarif"; "calibration", "calibrated" → "calibr".
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ification', 'if'], ['ifying', 'if'], ['ified', 'if'], ['ify', 'if'],
  ['ations', ''], ['ation', ''], ['ating', ''], ['ated', ''], ['ate', ''],
  ['ing', ''], ['ed', ''],
];

/** A word's stem and whether a suffix of SUFFIXES came off (see `wordStem`). */
function stemOf(word: string): { stem: string; suffixed: boolean } {
  let stem = foldPlural(word);
  let suffixed = false;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!stem.endsWith(suffix)) continue;
    const rest = stem.slice(0, -suffix.length);
    if (rest.length + replacement.length < 2 || !/[aeiouy]/.test(rest)) continue;
    stem = rest + replacement;
    suffixed = true;
    if (replacement === '' && /([bdfgmnprt])\1$/.test(stem)) stem = stem.slice(0, -1);
    break;
  }
  if (stem.length > 2 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length > 2 && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  return { stem, suffixed };
}

/**
 * The stem that the forms of an English word share, for matching "clarifying questions" to
 * "clarify" and "calibration" to "calibrate": the plural folded, then one suffix of SUFFIXES
 * taken off when at least two letters with a vowel stay, a doubled final consonant undoubled
 * ("splitting" → "split"), a final "e" dropped and a final "y" read as "i" ("applied" ↔ "apply").
 * Not Pagefind's Porter stemmer, but kept narrower than it: "classification" and "class", or
 * "series" and "serves", keep stems of their own.
 */
export function wordStem(word: string): string {
  return stemOf(word).stem;
}

/**
 * Whether two words are forms of one word: the same stem, and at least one of them with a suffix
 * taken off ("SHAP" and "shape" share a stem, but neither is a form of the other).
 */
export function sameWord(a: string, b: string): boolean {
  const [x, y] = [stemOf(a), stemOf(b)];
  return x.stem === y.stem && (x.suffixed || y.suffixed);
}

/**
 * The terms of a query. One-letter words are dropped when longer ones are there ("precision at k").
 * The last word may match as a prefix unless the query ends with a space (the reader finished it).
 */
export function searchTerms(query: string): SearchTerm[] {
  const words = [...query.matchAll(WORD)].map((m) => squash(m[0])).filter(Boolean);
  const kept = words.some((w) => w.length > 1) ? words.filter((w) => w.length > 1) : words;
  const open = !/\s$/.test(query);
  const terms: SearchTerm[] = [];
  kept.forEach((typed, index) => {
    const prefix = open && index === kept.length - 1 && typed.length >= MIN_PREFIX;
    const word = foldPlural(typed);
    const same = terms.find((t) => t.word === word);
    if (same) same.prefix ||= prefix;
    else terms.push({ word, typed, prefix });
  });
  return terms;
}

/** The keys a word of text is matched by: the whole word squashed, and each part of a joined word ("two-tower" → two, tower). */
function wordKeys(word: string): Array<{ key: string; start: number; end: number }> {
  const keys = [{ key: squash(word), start: 0, end: word.length }];
  if (/[-/]/.test(word)) {
    for (const part of word.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
      keys.push({ key: squash(part[0]), start: part.index, end: part.index + part[0].length });
    }
  }
  return keys;
}

const LEVELS: readonly MatchLevel[] = ['whole', 'form', 'prefix'];

/**
 * How `word` (one word of text) matches `term`: "whole" (the same word, or its plural), "form"
 * (another form of it: the same `wordStem`), "prefix" (a longer word the term's typed letters
 * start, for a prefix term), or undefined; with the range of the word to mark (a part of a joined
 * word, or the typed prefix).
 */
export function matchWord(word: string, term: SearchTerm): { level: MatchLevel; start: number; end: number } | undefined {
  let best: { level: MatchLevel; start: number; end: number } | undefined;
  const better = (level: MatchLevel) => !best || LEVELS.indexOf(level) < LEVELS.indexOf(best.level);
  for (const { key, start, end } of wordKeys(word)) {
    if (key === term.typed || foldPlural(key) === term.word) return { level: 'whole', start, end };
    if (better('form') && key.length >= MIN_PREFIX && sameWord(key, term.word)) best = { level: 'form', start, end };
    else if (better('prefix') && term.prefix && key.startsWith(term.typed)) {
      // Mark the typed letters only: the reader typed "laten", not "latency".
      const letters = [...word.slice(start, end).matchAll(/[\p{L}\p{N}]/gu)];
      const last = letters[term.typed.length - 1]!;
      best = { level: 'prefix', start, end: start + last.index + 1 };
    }
  }
  return best;
}

/** Where the terms occur in `text`, as sorted, disjoint [start, end) ranges with how each matched. */
export function matchRanges(text: string, terms: readonly SearchTerm[]): Array<[number, number, MatchLevel]> {
  if (terms.length === 0) return [];
  const ranges: Array<[number, number, MatchLevel]> = [];
  for (const found of text.matchAll(WORD)) {
    let best: ReturnType<typeof matchWord>;
    for (const term of terms) {
      const match = matchWord(found[0], term);
      if (match && (!best || LEVELS.indexOf(match.level) < LEVELS.indexOf(best.level))) best = match;
    }
    if (best) ranges.push([found.index + best.start, found.index + best.end, best.level]);
  }
  return ranges;
}

/** `text` split into parts, the words that match `terms` marked (for a result title or excerpt). */
export function markParts(text: string, terms: readonly SearchTerm[]): Array<{ text: string; marked: boolean }> {
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** A result URL that carries the query to the landing page: `/page/#item` → `/page/?highlight=status%20quo#item`. */
export function hrefWithHighlight(url: string, query: string): string {
  const trimmed = query.trim();
  if (!trimmed) return url;
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const separator = beforeHash.includes('?') ? '&' : '?';
  return `${beforeHash}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(trimmed)}${hash}`;
}

/**
 * Reads the highlight parameter of a landing URL (path, query and hash). Returns the terms to
 * highlight and the same URL without the parameter, or undefined when the URL has no such parameter.
 */
export function takeHighlight(url: string): { terms: SearchTerm[]; cleanUrl: string } | undefined {
  const parsed = new URL(url, 'http://localhost');
  const query = parsed.searchParams.get(HIGHLIGHT_PARAM);
  if (query === null) return undefined;
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  const cleanUrl = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return { terms: searchTerms(query), cleanUrl };
}

/**
 * Whether a query holds markup or code ("<img src=x …>", "{…}"): no word of the site is spelled
 * that way, and a "Did you mean" that corrects one word of it and keeps the rest is noise.
 */
export const looksLikeMarkup = (query: string): boolean => /[<>{}]/.test(query);
