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
  weighted_locations: ReadonlyArray<{ balanced_score: number }>;
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
  /** Where it lives: "2 · High-level system architecture", "Note · Goodhart's law". */
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
  return page.title;
}

/** The section label of a hit that is a whole page: "Note · Data leakage" titled "Data leakage" → "Note"; a stage → "Stage 2". */
export function pageSection(section: string, title: string): string {
  if (section === title) return '';
  const place = section.endsWith(` · ${title}`) ? section.slice(0, -` · ${title}`.length) : section;
  return /^\d+$/.test(place) ? `Stage ${place}` : place;
}

// A sub-result whose title names every searched word counts this much more than its hits alone.
const TITLE_BOOST = 1;

/** How strongly a sub-result answers the query: its hits, boosted when its title names the searched words. */
export function subResultScore(sub: PagefindSubResult, terms: readonly string[]): number {
  const hits = sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  if (terms.length === 0) return hits;
  const named = terms.filter((term) => matchRanges(sub.title, [term]).length > 0).length;
  return hits * (1 + (TITLE_BOOST * named) / terms.length);
}

/**
 * Turns ranked pages into item-level hits. Each sub-result scores its page's score times how it
 * compares with the page's best sub-result, so a page's best item ranks like the page itself and
 * a strong item on the second page can come before a weak one on the first. At most `perPage`
 * hits per page, `limit` in all.
 */
export function shapeResults(pages: readonly RankedPage[], query: string, { limit = 10, perPage = 4 } = {}): SearchHit[] {
  const terms = queryTerms(query);
  const hits: SearchHit[] = [];
  for (const { score, data } of pages) {
    const section = data.meta.section ?? data.meta.title ?? '';
    const subs = data.sub_results.length > 0 ? data.sub_results : [{ title: data.meta.title ?? '', url: data.url, excerpt: data.excerpt, weighted_locations: [] }];
    const scored = subs.map((sub) => ({ sub, raw: subResultScore(sub, terms) }));
    const best = Math.max(...scored.map((s) => s.raw)) || 1;
    scored
      .sort((a, b) => b.raw - a.raw)
      .slice(0, perPage)
      .forEach(({ sub, raw }, index) => {
        const title = sub.title || data.meta.title || '';
        const kind = !sub.anchor ? 'page' : /^h\d$/i.test(sub.anchor.element) ? 'heading' : 'item';
        hits.push({
          url: sub.url,
          title,
          section: kind === 'page' ? pageSection(section, title) : section,
          excerpt: sub.excerpt,
          kind,
          // The page's best sub-result always keeps the page's score, even when all raw scores are 0.
          score: index === 0 ? score : (score * raw) / best,
        });
      });
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
 * When the excerpt opens with the result's title (or its end), that repetition is dropped.
 */
export function excerptParts(excerpt: string, title = ''): Array<{ text: string; marked: boolean }> {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
  let parts: Array<{ text: string; marked: boolean }> = [];
  for (const [index, piece] of excerpt.split(/<\/?mark>/).entries()) {
    if (piece) parts.push({ text: decode(piece), marked: index % 2 === 1 });
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
