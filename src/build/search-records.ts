/**
 * One Pagefind record per search result instead of one per page. Pagefind stores each record's
 * whole text in one "fragment" file, which the dialog downloads for every record it shows: a
 * whole stage page is 4–5 KiB gzipped and a worked example 7–10 KiB, where one checklist item is
 * about half a KiB. So each built page is cut, before Pagefind reads it, into one small HTML
 * document per sub-result: the text before the first anchor (the page's own record, at the
 * page's URL), then each anchor's text up to the next anchor, at `<page URL>#<id>`.
 *
 * The cuts are where Pagefind 1.6 itself divides a page into sub-results, so every record holds
 * exactly one sub-result and the words, titles and links a search returns stay the same:
 * - an anchor is an element with an `id` outside any `data-pagefind-ignore` subtree, that has a
 *   non-empty `data-pagefind-title` or is a heading (`h1`–`h6`) with text;
 * - a record runs from its anchor's start tag to the next anchor's start tag, in document order,
 *   so the text after a nested anchor closes belongs to the nested anchor, as in Pagefind.
 * Each record keeps the ancestors of its text (without their ids, so they make no anchor of their
 * own). Filters and sort keys (`data-pagefind-filter`, `-sort`) apply to every record, so each
 * record carries them from wherever they sit on the page, on empty elements. Metadata
 * (`data-pagefind-meta`, `-default-meta`, the `<title>`) goes to the page's own record only:
 * Pagefind makes every metadata word searchable, and a page title on every record would make
 * each of them match it ("leakage" would find every part of the Data leakage note). The other
 * records are titled as their sub-result (the item's bold text, the heading): words they hold
 * anyway, which Pagefind's title boost then ranks first.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { ALIASES_ANCHOR } from '../features/search/search-index.ts';

/** One document for Pagefind's `addHTMLFile`: the record's URL and its HTML. */
export interface SearchRecord {
  url: string;
  content: string;
}

type Node = Root | RootContent;

// hast's names for the attributes Pagefind reads.
/** The page's metadata: on its own record only. */
const PAGE_META = ['dataPagefindMeta', 'dataPagefindDefaultMeta'];
/** What every record of the page carries. */
const RECORD_DATA = ['dataPagefindFilter', 'dataPagefindSort'];
const CARRIED = [...PAGE_META, ...RECORD_DATA];
/** Attributes that act where the element starts: a shell of an element started in an earlier record drops them. */
const AT_START = ['id', 'dataPagefindTitle', 'dataPagefindIndexAttrs'];

const isElement = (node: Node): node is Element => node.type === 'element';
const attr = (element: Element, name: string) => {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null || value === false ? undefined : String(value);
};
const has = (element: Element, name: string) => attr(element, name) !== undefined;
const carries = (element: Element, names: readonly string[]) => names.some((name) => has(element, name));
const without = (properties: Properties, names: readonly string[]): Properties => Object.fromEntries(Object.entries(properties).filter(([name]) => !names.includes(name)));
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Elements Pagefind is told to skip (its `excludeSelectors`, set in src/build/integrations/pagefind.ts):
 * the "#" link controls, one per heading and item, which carry no attribute of their own to say so.
 */
export const EXCLUDED_ELEMENTS = ['copy-link'] as const;

const excluded = (element: Element) => has(element, 'dataPagefindIgnore') || (EXCLUDED_ELEMENTS as readonly string[]).includes(element.tagName);

/** The element's text as Pagefind indexes it: without its ignored or excluded descendants. */
function indexedText(node: Node): string {
  if (node.type === 'text') return node.value;
  if (!isElement(node) && node.type !== 'root') return '';
  if (isElement(node) && excluded(node)) return '';
  return node.children.map((child) => indexedText(child)).join(' ');
}

/** Whether Pagefind makes a sub-result of this element (see the module comment); `ignored` says an ancestor is ignored. */
function isAnchor(element: Element, ignored: boolean): boolean {
  if (ignored || has(element, 'dataPagefindIgnore')) return false;
  if (!attr(element, 'id')?.replace(/\s/g, '')) return false;
  if (normalize(attr(element, 'dataPagefindTitle') ?? '')) return true;
  return /^h[1-6]$/.test(element.tagName) && normalize(indexedText(element)) !== '';
}

/**
 * The pairs of a `data-pagefind-meta`-style attribute, read as Pagefind reads them: everything
 * after the first colon is the last pair's literal value ("section:4 · Modeling"), and the part
 * before is a comma list of `name`, `name[attribute]` or the last `name`.
 */
function attributePairs(value: string): string[] {
  const colon = value.indexOf(':');
  const names = (colon === -1 ? value : value.slice(0, colon)).split(',').map((name) => name.trim());
  if (colon !== -1) names[names.length - 1] += value.slice(colon);
  return names;
}

/** The URL Pagefind gives the sub-result of anchor `id` on the page at `url` (it sets the URL's hash). */
export function anchoredUrl(url: string, id: string): string {
  const parsed = new URL(url, 'https://example.com');
  parsed.hash = id;
  return /^https?:\/\//.test(url) ? parsed.href : `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The URL Pagefind gives a built HTML file (path relative to the site, `/`-separated): `a/index.html` → `/a/`. */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The page's search records: one for the text before its first anchor, then one per anchor
 * (see the module comment). A page without a `data-pagefind-body` element has none, as Pagefind
 * indexes only such pages on a site that has them; a page with two bodies, or metadata the
 * records cannot carry, fails with a message that says so.
 */
export function searchRecords(html: string, url: string): SearchRecord[] {
  const tree = fromHtml(html);
  // Every element; those inside the body; those inside an ignore="all" subtree, whose metadata Pagefind drops.
  const elements: Element[] = [];
  const inBody = new Set<Element>();
  const excluded = new Set<Element>();
  const collect = (node: Node, body: boolean, dropped: boolean) => {
    if (isElement(node)) {
      const ignore = attr(node, 'dataPagefindIgnore')?.toLowerCase();
      // Pagefind reads any value but these three as "all".
      dropped ||= ignore !== undefined && !['', 'index', 'true'].includes(ignore);
      body ||= has(node, 'dataPagefindBody');
      elements.push(node);
      if (body) inBody.add(node);
      if (dropped) excluded.add(node);
    }
    if ('children' in node) node.children.forEach((child) => collect(child, body, dropped));
  };
  collect(tree, false, false);
  const bodies = elements.filter((element) => has(element, 'dataPagefindBody'));
  if (bodies.length === 0) return [];
  if (bodies.length > 1) throw new Error(`${url} has ${bodies.length} data-pagefind-body elements; search records expect one (src/build/search-records.ts).`);
  const body = bodies[0]!;
  const outside = elements.find((element) => !inBody.has(element) && carries(element, CARRIED));
  if (outside) throw new Error(`${url}: <${outside.tagName}> outside data-pagefind-body carries Pagefind metadata or filters; search records carry them only from inside the body (src/build/search-records.ts).`);

  // Which record each node starts and ends in: 0 before the first anchor, k from the k-th anchor on.
  const starts = new Map<Node, number>();
  const ends = new Map<Node, number>();
  const anchors: Element[] = [];
  const walk = (node: ElementContent, ignored: boolean) => {
    if (isElement(node) && isAnchor(node, ignored)) anchors.push(node);
    starts.set(node, anchors.length);
    if (isElement(node)) node.children.forEach((child) => walk(child, ignored || has(node, 'dataPagefindIgnore')));
    ends.set(node, anchors.length);
  };
  walk(body, false);
  const whollyIn = (element: Element, k: number) => starts.get(element) === k && ends.get(element) === k;

  const sources = elements.filter((element) => inBody.has(element) && !excluded.has(element) && carries(element, CARRIED));
  // Without an explicit title Pagefind names the page after its first h1: the page's record says so when it lacks that h1.
  const explicitTitle = sources.some((element) => attributePairs(attr(element, 'dataPagefindMeta') ?? '').some((pair) => /^title(\[|:|$)/.test(pair)));
  const firstH1 = elements.find((element) => inBody.has(element) && element.tagName === 'h1');
  const autoTitle = explicitTitle || !firstH1 || whollyIn(firstH1, 0) ? undefined : normalize(indexedText(firstH1));
  const title = elements.filter((element) => element.tagName === 'title' && !inBody.has(element)).slice(0, 1);
  const lang = attr(elements.find((element) => element.tagName === 'html') ?? body, 'lang');

  const records: SearchRecord[] = [];
  for (let k = 0; k <= anchors.length; k++) {
    const own = readable(piece(body, k, starts, ends) as Element);
    // A page that opens with an anchor has no record of its own (Pagefind drops a record without text).
    if (k === 0 && normalize(indexedText(own)) === '') continue;
    const kept = k === 0 ? CARRIED : RECORD_DATA;
    const carried = sources.filter((element) => carries(element, kept) && !whollyIn(element, k)).map((element) => carrier(element, kept, url));
    if (k === 0 && autoTitle) carried.push(span({ dataPagefindMeta: `title:${autoTitle}` }));
    // A record is titled as its sub-result is, so Pagefind's title boost ranks first the records whose title names the query.
    if (k > 0) carried.push(span({ dataPagefindMeta: `title:${subResultTitle(anchors[k - 1]!)}` }));
    const doc: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        {
          type: 'element',
          tagName: 'html',
          properties: lang === undefined ? {} : { lang },
          children: [
            { type: 'element', tagName: 'head', properties: {}, children: k === 0 ? title : [] },
            { type: 'element', tagName: 'body', properties: {}, children: [{ ...own, children: [...carried, ...own.children] }] },
          ],
        },
      ],
    };
    records.push({ url: k === 0 ? url : anchoredUrl(url, attr(anchors[k - 1]!, 'id')!.replace(/\s/g, '')), content: toHtml(doc) });
  }
  return records;
}

// Elements whose text Pagefind runs into the next element's ("marketplace.Shape"): a space follows each.
const RUN_ON = new Set(['dt', 'dd']);

/**
 * A record's subtree as the dialog reads it: a space after each element in RUN_ON, so that a
 * label and its value stay two words, and the item's alias list (an empty element whose
 * `data-aliases` Pagefind indexes) with the id ALIASES_ANCHOR, which places it among the record's
 * anchors, so that the dialog's excerpt leaves it out. The id is the record's only: the page
 * keeps none, and no sub-result opens there (the element has no title).
 */
function readable(node: Element): Element {
  const children = node.children.flatMap((child): ElementContent[] => {
    if (!isElement(child)) return [child];
    const kept = readable(child);
    return RUN_ON.has(child.tagName) ? [kept, { type: 'text', value: ' ' }] : [kept];
  });
  const properties = has(node, 'dataAliases') ? { ...node.properties, id: ALIASES_ANCHOR } : node.properties;
  return { ...node, properties, children };
}

/** The title Pagefind gives an anchor's sub-result: its `data-pagefind-title`, else its text. */
function subResultTitle(anchor: Element): string {
  return normalize(attr(anchor, 'dataPagefindTitle') ?? '') || normalize(indexedText(anchor));
}

/** An empty element with these attributes, which adds no words to a record. */
function span(properties: Properties): Element {
  return { type: 'element', tagName: 'span', properties, children: [] };
}

/**
 * An empty stand-in for an element whose `names` attributes apply to a record that does not hold
 * the element. It keeps the element's other attributes, so that `name[attribute]` pairs still
 * read theirs, but nothing that would make it an anchor or the body. A pair that takes its value
 * from the element's text cannot be carried without indexing that text again, and fails.
 */
function carrier(element: Element, names: readonly string[], url: string): Element {
  for (const name of names) {
    const value = attr(element, name);
    const bare = value === undefined ? undefined : attributePairs(value).find((pair) => !pair.includes(':') && !/^[^[\]]+\[[^[\]]+\]$/.test(pair));
    if (bare !== undefined) {
      throw new Error(`${url}: <${element.tagName}> takes Pagefind's "${bare}" from its text, which search records cannot carry; write "${bare}:value" or "${bare}[attribute]" (src/build/search-records.ts).`);
    }
  }
  const dropped = [...AT_START, ...CARRIED.filter((name) => !names.includes(name)), 'dataPagefindBody', 'dataPagefindIgnore', 'dataPagefindWeight'];
  return span(without(element.properties, dropped));
}

/** The subtree without the page's metadata, for a record other than the page's own. */
function withoutPageMeta(node: ElementContent): ElementContent {
  if (!isElement(node)) return node;
  return { ...node, properties: without(node.properties, PAGE_META), children: node.children.map(withoutPageMeta) };
}

/**
 * Record k of the subtree at `node`: the node itself when it lies wholly in record k (without
 * the page's metadata outside the page's record), a shell with record k's part of its children
 * when it spans it (without what is carried apart, and without its anchor attributes when it
 * started in an earlier record), or nothing.
 */
function piece(node: ElementContent, k: number, starts: Map<Node, number>, ends: Map<Node, number>): ElementContent | undefined {
  const start = starts.get(node)!;
  const end = ends.get(node)!;
  if (start > k || end < k) return undefined;
  if (!isElement(node)) return start === k ? node : undefined;
  if (start === k && end === k) return k === 0 ? node : withoutPageMeta(node);
  const properties = without(node.properties, start < k ? [...CARRIED, ...AT_START] : CARRIED);
  const children = node.children.map((child) => piece(child, k, starts, ends)).filter((child) => child !== undefined);
  return { ...node, properties, children };
}
