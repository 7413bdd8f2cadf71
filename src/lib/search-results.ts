/**
 * Search results as the reader sees them: one result per checklist item (or heading, or page),
 * each naming its stage ("2 · High-level system architecture"). Pagefind ranks pages; this module
 * decides which of a page's sub-results to show and in what order across pages.
 */
import { matchRanges, queryTerms } from './search-terms.ts';

/** One sub-result of a Pagefind page result (the fields this module reads). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string } | undefined;
  weighted_locations: ReadonlyArray<{ balanced_score: number; weight?: number }>;
}

/** What `result.data()` resolves to (the fields this module reads). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Readonly<Record<string, string | undefined>>;
  sub_results: readonly PagefindSubResult[];
}

/** A page result: Pagefind's score for the page and its loaded data. */
export interface RankedPage {
  score: number;
  data: PagefindResultData;
}

/** One row of the result list. */
export interface SearchHit {
  url: string;
  /** The item's bold text, the heading, or the page title. */
  title: string;
  /** Where it lives: "2 · High-level system architecture", "Note · Goodhart's law", "Example · Ad click prediction". */
  section: string;
  /** HTML from Pagefind: entity-encoded text with `<mark>` around matched words. */
  excerpt: string;
  kind: 'item' | 'heading' | 'page';
  score: number;
}

/** The label of the page's place in the site, stored as Pagefind metadata `section` at build time. */
export function searchSection(page: { title: string; path: string; stage?: number | undefined }): string {
  if (page.stage !== undefined) return `${page.stage} · ${page.title}`;
  if (/^\/notes\/[^/]+\/$/.test(page.path)) return `Note · ${page.title}`;
  if (/^\/resources\/[^/]+\/$/.test(page.path)) return `Resource · ${page.title}`;
  if (/^\/examples\/[^/]+\/$/.test(page.path)) return `Example · ${page.title}`;
  return page.title;
}

/** The section label of a hit that is a whole page: "Note · Data leakage" titled "Data leakage" → "Note"; a stage → "Stage 2". */
export function pageSection(section: string, title: string): string {
  if (section === title) return '';
  const place = section.endsWith(` · ${title}`) ? section.slice(0, -` · ${title}`.length) : section;
  return /^\d+$/.test(place) ? `Stage ${place}` : place;
}

/** One matched word of a sub-result, as Pagefind reports it. */
type Location = PagefindSubResult['weighted_locations'][number];

/**
 * How many searched words a sub-result holds. Pagefind scores a word in a heading by the square
 * of its weight (a word in an `h2` counts 36 times a word in the text); here every word counts
 * alike, so a section heading does not outrank the items below it. Pagefind's similarity of
 * the word to the query (exact or a longer word) is kept.
 */
export function subResultHits(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, l: Location) => sum + l.balanced_score / Math.max(1, l.weight ?? 1) ** 2, 0);
}

/** The share of the searched words that a title names (0 to 1). */
export function titleMatch(title: string, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  return terms.filter((term) => matchRanges(title, [term]).length > 0).length / terms.length;
}

// A result whose title names every searched word ranks this much higher (1 = twice as high).
const TITLE_BOOST = 1;

/**
 * Turns ranked pages into item-level hits. A sub-result scores its page's score, times its
 * share of hits relative to the page's best sub-result, times a boost when its title names the
 * searched words: so the item a reader names outranks items that merely mention the words, and
 * a strong item on the second page can come before a weak one on the first. At most `perPage`
 * hits per page, `limit` in all.
 */
export function shapeResults(pages: readonly RankedPage[], query: string, { limit = 10, perPage = 4 } = {}): SearchHit[] {
  const terms = queryTerms(query);
  const hits: SearchHit[] = [];
  for (const { score, data } of pages) {
    const section = data.meta.section ?? data.meta.title ?? '';
    const subs = data.sub_results.length > 0 ? data.sub_results : [{ title: data.meta.title ?? '', url: data.url, excerpt: data.excerpt, weighted_locations: [] }];
    const best = Math.max(...subs.map(subResultHits));
    const scored = subs.map((sub) => {
      const title = sub.title || data.meta.title || '';
      const share = best > 0 ? subResultHits(sub) / best : 1;
      return { sub, title, score: score * share * (1 + TITLE_BOOST * titleMatch(title, terms)) };
    });
    // A stable sort keeps document order among equal scores.
    for (const { sub, title, score: hitScore } of scored.sort((a, b) => b.score - a.score).slice(0, perPage)) {
      const kind = !sub.anchor ? 'page' : /^h\d$/i.test(sub.anchor.element) ? 'heading' : 'item';
      hits.push({
        url: sub.url,
        title,
        section: kind === 'page' ? pageSection(section, title) : section,
        excerpt: sub.excerpt,
        kind,
        score: hitScore,
      });
    }
  }
  // A stable sort keeps Pagefind's page order among equal scores.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
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
 * Splits a Pagefind excerpt (entity-encoded text with `<mark>` around matches) into plain text
 * parts, so the UI can render it with text nodes and `<mark>` elements instead of innerHTML.
 * Punctuation around a marked word is left unmarked. When the excerpt opens with the result's
 * title (or its end), that repetition is dropped.
 */
export function excerptParts(excerpt: string, title = ''): Array<{ text: string; marked: boolean }> {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
  let parts: Array<{ text: string; marked: boolean }> = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (const [index, piece] of excerpt.split(/<\/?mark>/).entries()) {
    if (index % 2 === 0) {
      push(decode(piece), false);
      continue;
    }
    // Pagefind marks a whole token, "(leakage," included; only the word itself is marked here.
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(decode(piece)) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  }
  const plain = parts.map((part) => part.text).join('');
  const lead = plain.startsWith(ELLIPSIS) ? plain.match(/^…\s*/)![0] : '';
  const repeated = title ? repeatedTitleLength(plain.slice(lead.length), title.trim()) : 0;
  if (repeated > 0) {
    const rest = plain.slice(lead.length + repeated);
    let drop = lead.length + repeated + (rest.match(/^[\s.,;:?!]*/)?.[0].length ?? 0);
    parts = parts.flatMap((part) => {
      const cut = Math.min(drop, part.text.length);
      drop -= cut;
      return cut === part.text.length ? [] : [{ text: part.text.slice(cut), marked: part.marked }];
    });
  }
  return parts;
}
