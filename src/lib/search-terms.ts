/**
 * The words of a search query, and where they occur in text: shared by result ranking (does an
 * item's title name the query?) and by the landing page, which highlights the searched words.
 */

/** The query parameter that carries the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

// Light English suffix stripping, so "latencies" still finds "latency" and "leaks" finds "leak".
const SUFFIXES = ['ies', 'es', 's', 'ing', 'ed'];

/** The distinct words of a query, lower-cased; one-letter words are dropped unless they are all there is. */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const long = words.filter((word) => word.length > 1);
  return [...new Set(long.length > 0 ? long : words)];
}

/** The prefix a term is matched by: the term without a plural or verb ending, when enough is left. */
export function termStem(term: string): string {
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= 4) return term.slice(0, -suffix.length);
  }
  return term;
}

/**
 * Where the terms occur in `text`, as [start, end) ranges covering whole words: a word matches
 * when it starts with a term's stem ("leak" matches "leakage"). Ranges are sorted and disjoint.
 */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const stems = [...new Set(terms.map(termStem))].filter(Boolean);
  if (stems.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const word of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const lower = word[0].toLowerCase();
    if (stems.some((stem) => lower.startsWith(stem))) ranges.push([word.index, word.index + word[0].length]);
  }
  return ranges;
}

/** `text` split into parts, the words that match `terms` marked (for a result title). */
export function markParts(text: string, terms: readonly string[]): Array<{ text: string; marked: boolean }> {
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
export function takeHighlight(url: string): { terms: string[]; cleanUrl: string } | undefined {
  const parsed = new URL(url, 'http://localhost');
  const query = parsed.searchParams.get(HIGHLIGHT_PARAM);
  if (query === null) return undefined;
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  const cleanUrl = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return { terms: queryTerms(query), cleanUrl };
}
