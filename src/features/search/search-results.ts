/**
 * Search results as the reader sees them: one result per checklist item (or heading, or page),
 * each naming its stage ("2 · High-level system architecture"). Pagefind finds the records (one
 * per item, heading or page start: src/build/search-records.ts) and their sub-results; this module
 * decides which of them match the query and in what order:
 * 1. how well the item matches: every query word as a whole word beats a prefix of a longer word,
 *    the words side by side beat the words apart, and a sub-result whose words only start with a
 *    shorter fragment ("be" for "bert") is dropped;
 * 2. how much of the query its title names (so a note comes first for its own title);
 * 3. its kind: framework items, then example steps, then notes, then resources, then other pages;
 * 4. how much of the query a heading or a point inside a note names;
 * 5. how many of its words match by these rules (Pagefind scores "ROC-AUC" below "AUC", where a
 *    part of a joined word is a whole word here), then Pagefind's score.
 */
import { markParts, matchRanges, searchTerms, type MatchLevel, type SearchTerm } from './search-terms.ts';
import { SEARCH_RANK, type SearchKind } from '../../lib/page-kinds.ts';
import { ALIASES_ANCHOR } from './search-index.ts';

/** One matched word of a (sub-)result, as Pagefind reports it: its position among the page's words. */
export interface PagefindLocation {
  balanced_score: number;
  weight?: number;
  location: number;
}

/** One sub-result of a Pagefind page result (the fields this module reads). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The element that opens it (none for the page's own text), and its word position. */
  anchor?: { element: string; id: string; location?: number } | undefined;
  weighted_locations: readonly PagefindLocation[];
}

/** What `result.data()` resolves to (the fields this module reads). */
export interface PagefindResultData {
  url: string;
  /** The record's indexed text; a location is an index into its whitespace-separated words. */
  content: string;
  excerpt: string;
  /** The page's metadata (its title), which only the page's own record carries. */
  meta: Readonly<Record<string, string | undefined>>;
  /** The page's filters, which every record carries: `section` holds its place label, `kind` its search kind. */
  filters: Readonly<Record<string, readonly string[] | undefined>>;
  /** Every element that opens a sub-result, matched or not (Pagefind also lists others, without a title). */
  anchors?: ReadonlyArray<{ element: string; id?: string; location: number; title?: string; text?: string }>;
  sub_results: readonly PagefindSubResult[];
}

/** A record result: Pagefind's score for the record and its loaded data. */
export interface RankedRecord {
  score: number;
  data: PagefindResultData;
}

/**
 * The order of kinds at equal match: checklist items, then example steps (a step applies an item,
 * so "A/B" should reach "Design the A/B test" before a step that uses it), notes, resources, the rest.
 * Each record carries its page's kind as the Pagefind filter `kind` (src/lib/page-kinds.ts).
 */
export const KIND_RANK = SEARCH_RANK;

/** One row of the result list. */
export interface SearchHit {
  url: string;
  /** The item's bold text, the heading, or the page title. */
  title: string;
  /** Where it lives: "2 · High-level system architecture", "Note · Goodhart's law", "Example · Ad click prediction". */
  section: string;
  /** HTML from Pagefind: entity-encoded text with `<mark>` around the words Pagefind matched. */
  excerpt: string;
  kind: 'item' | 'heading' | 'page';
  /** How well it matches the query (`matchQuality`, plus PHRASE_BONUS for the words side by side). */
  quality: number;
  /** The share of the query named by the title of a whole page or of a checklist item or example step, 0 to 1. */
  titleShare: number;
  /** The same for any other title (a heading, a point inside a note): it counts after the kind. */
  headingShare: number;
  /** KIND_RANK of its page. */
  kindRank: number;
  /** How many of its words match a query word, by this site's rules. */
  matches: number;
  /** Pagefind's score for its record (scaled by its share of the record's matches, when a record has several sub-results). */
  score: number;
}

/** The section label of a hit that is a whole page: "Note · Data leakage" titled "Data leakage" → "Note"; a stage → "Stage 2". */
export function pageSection(section: string, title: string): string {
  if (section === title) return '';
  const place = section.endsWith(` · ${title}`) ? section.slice(0, -` · ${title}`.length) : section;
  return /^\d+$/.test(place) ? `Stage ${place}` : place;
}

/**
 * How many searched words a sub-result holds, by Pagefind's count. Pagefind scores a word in a
 * heading by the square of its weight (a word in an `h2` counts 36 times a word in the text);
 * here every word counts alike, so a section heading does not outrank the items below it.
 */
export function subResultHits(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score / Math.max(1, l.weight ?? 1) ** 2, 0);
}

/** What a match of each level counts: another form of the word a little below the form typed. */
const LEVEL_QUALITY: Record<MatchLevel, number> = { whole: 1, form: 0.75, prefix: 0.5 };

/**
 * How well some words of text match the terms: for each term, 1 when one of the words is that
 * word, 0.75 when one is another form of it ("clarify" for "clarifying"), 0.5 when one only
 * starts with it (the last term, being typed), else 0; summed, with a
 * two-letter term counting half ("at" in "precision at k" matters less than "precision").
 */
export function matchQuality(words: readonly string[], terms: readonly SearchTerm[]): number {
  let quality = 0;
  for (const term of terms) {
    let level = 0;
    for (const word of words) {
      for (const [, , how] of matchRanges(word, [term])) level = Math.max(level, LEVEL_QUALITY[how]);
      if (level === 1) break;
    }
    quality += level * (term.typed.length <= 2 ? 0.5 : 1);
  }
  return quality;
}

/** The terms that none of the words match (as a whole word, or as the prefix the last term may be). */
export function unmatchedTerms(words: readonly string[], terms: readonly SearchTerm[]): SearchTerm[] {
  return terms.filter((term) => !words.some((word) => matchRanges(word, [term]).length > 0));
}

/** The share of the searched words that a title names (0 to 1). */
export function titleMatch(title: string, terms: readonly SearchTerm[]): number {
  if (terms.length === 0) return 0;
  return terms.filter((term) => matchRanges(title, [term]).length > 0).length / terms.length;
}

/**
 * Best first: match quality, how much of the query the title of a page or a checklist item
 * names, kind, how much any other title names, how many words match, Pagefind's score. A note's
 * own title beats the items that mention it, but a heading or a point inside a note ("A chain of
 * proxies") does not.
 */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return b.quality - a.quality || b.titleShare - a.titleShare || a.kindRank - b.kindRank || b.headingShare - a.headingShare || b.matches - a.matches || b.score - a.score;
}

// The query's words side by side, in order ("online experiment"), count as much as half a word more.
const PHRASE_BONUS = 0.5;

/** Whether the located words hold the query's words (two or more) next to each other, in order. */
export function holdsPhrase(words: readonly string[], locations: readonly PagefindLocation[], terms: readonly SearchTerm[]): boolean {
  if (terms.length < 2) return false;
  const at = new Set(locations.map((l) => l.location));
  return [...at].some((start) => terms.every((term, i) => at.has(start + i) && matchRanges(words[start + i] ?? '', [term]).length > 0));
}

/**
 * The words of a sub-result: from its anchor (or the start) to the next element that opens a
 * sub-result. All of them, not only those Pagefind located: a record read for one word of a query
 * that no record holds whole (see search-choice.ts) is judged on every word of the query.
 */
function subResultWords(words: readonly string[], sub: PagefindSubResult, data: PagefindResultData): string[] {
  const start = sub.anchor?.location ?? 0;
  const opening = data.anchors ? data.anchors.filter((a) => a.title || /^h\d$/i.test(a.element)) : data.sub_results.flatMap((s) => (s.anchor ? [s.anchor] : []));
  const end = Math.min(words.length, ...opening.map((a) => a.location ?? 0).filter((location) => location > start));
  return words.slice(start, end);
}

/** Where an item's alias list starts among the words of its sub-result (see ALIASES_ANCHOR), or its length. */
function aliasesAt(found: readonly string[], sub: PagefindSubResult, data: PagefindResultData): number {
  const start = sub.anchor?.location ?? 0;
  const aliases = data.anchors?.find((a) => a.id === ALIASES_ANCHOR && a.location >= start && a.location < start + found.length);
  return aliases ? aliases.location - start : found.length;
}

/** How many words an excerpt shows. */
const EXCERPT_WORDS = 22;
// A word that ends a sentence: "test.", "why?", "(rule #30)." (a closing quote or bracket may follow).
const SENTENCE_END = /[.?!]["”’)\]]*$/;
const squashWord = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The excerpt of a result, as HTML-escaped text like Pagefind's: the sentence of its words that
 * matches most of the query (the first such), shown from its start, or from a few words before
 * its first match when that lies far into it; "…" where words are left out. `words` are the
 * result's words without its alias list; a title they open with is no sentence of its own (it is
 * shown above the excerpt). A result matched only by its title or aliases shows its first sentence.
 */
export function matchedExcerpt(words: readonly string[], title: string, terms: readonly SearchTerm[]): string {
  const titleWords = title.split(/\s+/).map(squashWord).filter(Boolean);
  let from = 0;
  while (from < titleWords.length && from < words.length && squashWord(words[from]!) === titleWords[from]) from++;
  if (from < titleWords.length) from = 0;
  const body = words.slice(from);
  // The sentences, as [start, end) ranges of body.
  const sentences: Array<[number, number]> = [];
  let start = 0;
  body.forEach((word, i) => {
    if (SENTENCE_END.test(word) || i === body.length - 1) {
      sentences.push([start, i + 1]);
      start = i + 1;
    }
  });
  let best: [number, number] | undefined;
  let bestQuality = 0;
  for (const [a, b] of sentences) {
    const quality = matchQuality(body.slice(a, b), terms);
    if (quality > bestQuality) [best, bestQuality] = [[a, b], quality];
  }
  const [a, b] = best ?? sentences[0] ?? [0, 0];
  const first = best ? body.slice(a, b).findIndex((word) => matchRanges(word, terms).length > 0) : 0;
  const at = first > EXCERPT_WORDS - 6 ? a + first - 4 : a;
  const end = Math.min(body.length, at + EXCERPT_WORDS);
  const text = body.slice(at, end).join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text && `${at > 0 ? `${ELLIPSIS} ` : ''}${text}${end < body.length ? ` ${ELLIPSIS}` : ''}`;
}

/**
 * Turns ranked records into item-level hits, best first (see the module comment): every sub-result
 * that matches the query by the rules of search-terms.ts, and none that does not. `unmatched` lists
 * the query's terms that no loaded page contains, for the typo suggester.
 */
export function shapeResults(pages: readonly RankedRecord[], query: string): { hits: SearchHit[]; unmatched: SearchTerm[] } {
  const terms = searchTerms(query);
  const hits: SearchHit[] = [];
  const seen: string[] = [];
  for (const { score, data } of pages) {
    const section = data.filters.section?.[0] ?? data.meta.title ?? '';
    const kindRank = KIND_RANK[(data.filters.kind?.[0] as SearchKind | undefined) ?? 'page'] ?? KIND_RANK.page;
    const words = data.content.split(/[^\S\uFEFF]+/);
    const subs = data.sub_results.length > 0 ? data.sub_results : [{ title: data.meta.title ?? '', url: data.url, excerpt: data.excerpt, weighted_locations: [] }];
    const best = Math.max(...subs.map(subResultHits));
    for (const sub of subs) {
      const found = data.sub_results.length > 0 ? subResultWords(words, sub, data) : [];
      seen.push(...found);
      const title = sub.title || data.meta.title || '';
      // A page Pagefind gave no sub-results (it matched only its title) is judged by its title.
      const quality = matchQuality(found.length > 0 ? found : title.split(/\s+/), terms);
      if (quality === 0) continue;
      const phrase = PHRASE_BONUS * Number(holdsPhrase(words, sub.weighted_locations, terms));
      const kind = !sub.anchor ? 'page' : /^h\d$/i.test(sub.anchor.element) ? 'heading' : 'item';
      const excerpt = found.length > 0 ? matchedExcerpt(found.slice(0, aliasesAt(found, sub, data)), title, terms) : sub.excerpt;
      const share = titleMatch(title, terms);
      const ownTitle = kind === 'page' || (kind === 'item' && kindRank === KIND_RANK.framework);
      hits.push({
        url: sub.url,
        title,
        section: kind === 'page' ? pageSection(section, title) : section,
        excerpt,
        kind,
        quality: quality + phrase,
        titleShare: ownTitle ? share : 0,
        headingShare: ownTitle ? 0 : share,
        kindRank,
        matches: found.filter((word) => matchRanges(word, terms).length > 0).length,
        score: best > 0 ? (score * subResultHits(sub)) / best : score,
      });
    }
    seen.push(...(data.meta.title ?? '').split(/\s+/));
  }
  // A stable sort keeps Pagefind's page order and document order among equal hits.
  return { hits: hits.sort(compareHits), unmatched: unmatchedTerms(seen, terms) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };
const ELLIPSIS = '…';

/** How many leading characters of `text` repeat the end of `title` (whole words only, at least 8 characters). */
function repeatedTitleLength(text: string, title: string): number {
  for (let k = Math.min(title.length, text.length); k >= 8; k--) {
    if (title.endsWith(text.slice(0, k)) && (k === text.length || /[\s.,;:?!]/.test(text[k]!)) && (k === title.length || /\s/.test(title[title.length - k - 1]!))) {
      return k;
    }
  }
  return 0;
}

/**
 * Turns a Pagefind excerpt (entity-encoded text with `<mark>` around Pagefind's matches) into
 * plain text parts, so the UI can render it with text nodes and `<mark>` elements instead of
 * innerHTML. Pagefind's marks are replaced by this site's rules (whole words, the typed prefix of
 * the last word: see search-terms.ts), so "ab" never marks "about". When the excerpt opens with
 * the result's title (or its end), that repetition is dropped.
 */
export function excerptParts(excerpt: string, title: string, terms: readonly SearchTerm[]): Array<{ text: string; marked: boolean }> {
  let plain = excerpt.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
  const lead = plain.startsWith(ELLIPSIS) ? plain.match(/^…\s*/)![0] : '';
  const repeated = title ? repeatedTitleLength(plain.slice(lead.length), title.trim()) : 0;
  if (repeated > 0) {
    const rest = plain.slice(lead.length + repeated);
    plain = rest.slice(rest.match(/^[\s.,;:?!]*/)?.[0].length ?? 0);
  }
  return markParts(plain, terms);
}
