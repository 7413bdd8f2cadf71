/**
 * The content as data, read straight from the MDX sources: each page's anchors, the links that
 * each checklist item makes, and the steps of worked examples. Used where one page needs facts
 * about another (fragment checks, published anchors, "Referenced from" and "Applied in" lists)
 * without waiting for Astro to render it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Link, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { cacheKey } from '../build/build-cache.ts';
import { pathForContentFile } from '../lib/urls.ts';
import { collectAnchors, type Anchor } from './anchors.ts';

/** One content page as the graph sees it. */
export interface GraphPage {
  /** Absolute path of the MDX file. */
  file: string;
  /** Path relative to the content folder, with forward slashes. */
  relative: string;
  /** Site path without base. */
  path: string;
  /** The page's anchors, as collectAnchors decides them (without their Markdown nodes). */
  anchors: PageAnchor[];
  /** Every id a link may target on this page: current ids and former ids. */
  ids: Set<string>;
  /** Links written inside checklist items: the innermost item and the raw URL. */
  itemLinks: Array<{ itemId: string; itemText: string; url: string; line: number }>;
  /** The `title` of the frontmatter, if it has one on one line. */
  title: string | undefined;
  /** The `stage` of the frontmatter (stage pages), if it has one. */
  stage: number | undefined;
  /**
   * What an item or step says beyond its title, as plain text: an item's sub-bullets (or the rest
   * of its lead paragraph when it has none), a step's first paragraph. Keyed by the current id;
   * share pages show it and link previews quote its first line.
   */
  details: Record<string, string[]>;
  /** Every `###` heading, as a step of a worked example (see Step). */
  steps: Step[];
  /** The links of the `Skipped:` paragraphs of worked examples (see Skip). */
  skips: Skip[];
}

/** An anchor of a page in the graph. */
export type PageAnchor = Omit<Anchor, 'node'>;

/** A link as written in the source: the raw URL and its line. */
export interface SourceLink {
  url: string;
  line: number;
}

/**
 * A `###` heading read as a step of a worked example: the `##` section it sits in, the link that
 * opens its first paragraph (the checklist item the step applies), if the paragraph opens with
 * one, and the links that open the step's list items (items it applies along the way). Links
 * anywhere else (a "Skipped" paragraph, an aside, the middle of a sentence) apply nothing.
 */
export interface Step {
  id: string;
  text: string;
  section: { id: string; text: string } | undefined;
  link: SourceLink | undefined;
  listLinks: SourceLink[];
  /** The step's first paragraph, as plain text (empty when a list or heading comes first). */
  details: string[];
}

/**
 * A link in a paragraph that opens with `Skipped:` (a worked example's stage section saying which
 * items it leaves out): the item it names, and the sentence that names it, as plain text without
 * the `Skipped:` lead, which is the example's reason. Like links in the middle of a step, it
 * applies nothing.
 */
export interface Skip extends SourceLink {
  /** The `##` section the paragraph sits in. */
  section: string | undefined;
  reason: string;
}

/** True for a link between content files: a relative path to a Markdown or MDX file. */
export function isRelativeContentLink(url: string): boolean {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return false;
  const [filePart = ''] = url.split('#');
  return /\.mdx?$/.test(filePart);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A page as a later build can take it instead of parsing the file again: a GraphPage without its absolute path, its ids as a list. */
export type StoredPage = Omit<GraphPage, 'file' | 'ids'> & { ids: string[] };

/**
 * What this process has read, shared by every copy of this module: a build loads it twice
 * (astro.config.mjs's plugins and integrations, and the pages' bundle), and each copy would
 * otherwise parse every file again.
 * - `parsed`: each page by content folder and file, kept while the file's mtime is unchanged;
 * - `kept`: when a build keeps pages between builds (see keepPages), the pages an earlier build
 *   read, and those read now, by pageKey.
 */
interface GraphCache {
  parsed: Map<string, { mtimeMs: number; page: GraphPage }>;
  kept?: { code: string; earlier: Map<string, StoredPage>; read: Map<string, StoredPage> };
}
const cache: GraphCache = ((globalThis as Record<symbol, unknown>)[Symbol.for('ml-framework:content-graph')] ??= { parsed: new Map() }) as GraphCache;

/**
 * Makes readPage take a page from `earlier` (pages a previous build read, as pagesRead returned
 * them) instead of parsing its file, when the file and `code` (a key of the code that reads pages)
 * are the same as then.
 */
export function keepPages(code: string, earlier: Iterable<[string, StoredPage]>): void {
  cache.kept = { code, earlier: new Map(earlier), read: new Map() };
  cache.parsed.clear();
}

/** The pages read since keepPages, by key: what the next build may take. */
export function pagesRead(): Array<[string, StoredPage]> {
  return [...(cache.kept?.read ?? [])];
}

/** Blanks the YAML frontmatter but keeps its lines, so reported line numbers match the file. */
function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

/** The Markdown tree of an MDX source (frontmatter skipped, line numbers kept), as the checks read it. */
export function parseContent(source: string): Root {
  return parser.parse(withoutFrontmatter(source)) as Root;
}

/** The frontmatter's `title`, unquoted; the graph needs no more of the YAML than that (Astro validates the rest). */
export function frontmatterTitle(source: string): string | undefined {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const value = /^title:[ \t]*(.+?)[ \t]*$/m.exec(frontmatter)?.[1];
  if (value === undefined) return undefined;
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (!quoted) return value;
  return quoted[1] === "'" ? quoted[2]!.replaceAll("''", "'") : (JSON.parse(value) as string);
}

/** The frontmatter's `stage`, a number, if it has one. */
function frontmatterStage(source: string): number | undefined {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const value = /^stage:[ \t]*(\d+)[ \t]*$/m.exec(frontmatter)?.[1];
  return value === undefined ? undefined : Number(value);
}

/** The text a reader sees in some Markdown, white space as written: MDX comments and components left out. */
function rawText(node: Nodes): string {
  if (node.type.startsWith('mdx')) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? (node.children as Nodes[]).map(rawText).join('') : '';
}

/** The text a reader sees in some Markdown (see rawText), white space collapsed. */
export function plainText(node: Nodes | Nodes[]): string {
  return (Array.isArray(node) ? node.map(rawText).join(' ') : rawText(node)).replace(/\s+/g, ' ').trim();
}

/** An item's details (see GraphPage.details): its sub-bullets, or the text after its bold lead. */
function itemDetails(item: ListItem): string[] {
  const list = item.children.find((child) => child.type === 'list');
  if (list) return list.children.map((sub) => plainText(sub.children)).filter(Boolean);
  const lead = item.children[0];
  if (lead?.type !== 'paragraph') return [];
  const rest = plainText(lead.children.slice(1));
  return rest ? [rest.replace(/^[:.\s—–-]+/, '')] : [];
}

/** The link a paragraph opens with, if it does. */
function openingLink(node: RootContent | undefined): SourceLink | undefined {
  const lead = node?.type === 'paragraph' ? node.children[0] : undefined;
  return lead?.type === 'link' ? { url: lead.url, line: lead.position?.start.line ?? 0 } : undefined;
}

/**
 * The links of a `Skipped:` paragraph, each with the sentence it sits in as its reason: sentences
 * end at a full stop followed by a space.
 */
function skipsOf(node: RootContent, section: string | undefined): Skip[] {
  // Written `Skipped:` or `**Skipped:**`.
  if (node.type !== 'paragraph' || !rawText(node).startsWith('Skipped:')) return [];
  const sentences: Array<{ text: string; links: SourceLink[] }> = [{ text: '', links: [] }];
  for (const child of node.children) {
    if (child.type === 'link') {
      sentences.at(-1)!.text += rawText(child);
      sentences.at(-1)!.links.push({ url: child.url, line: child.position?.start.line ?? 0 });
      continue;
    }
    const [first = '', ...rest] = rawText(child).split(/(?<=\.)\s+/);
    sentences.at(-1)!.text += first;
    for (const text of rest) sentences.push({ text, links: [] });
  }
  return sentences.flatMap(({ text, links }) => {
    const reason = text.replace(/^Skipped:\s*/, '').replace(/\s+/g, ' ').trim();
    return links.map((link) => ({ ...link, section, reason }));
  });
}

/** The `###` headings of a page as steps, from its top-level nodes (see Step). */
function stepsOf(tree: Root, anchors: Anchor[]): { steps: Step[]; skips: Skip[] } {
  const headingAnchor = new Map<Heading, Anchor>();
  for (const anchor of anchors) if (anchor.kind === 'heading') headingAnchor.set(anchor.node as Heading, anchor);
  const steps: Step[] = [];
  const skips: Skip[] = [];
  let section: Step['section'];
  let step: Step | undefined;
  tree.children.forEach((node, index) => {
    if (node.type === 'heading') {
      step = undefined;
      const anchor = headingAnchor.get(node);
      if (!anchor || node.depth > 3) return;
      if (node.depth < 3) {
        section = node.depth === 2 ? { id: anchor.id, text: anchor.text } : undefined;
        return;
      }
      // The node right after the heading is the step's first paragraph.
      const first = tree.children[index + 1];
      step = {
        id: anchor.id,
        text: anchor.text,
        section,
        link: openingLink(first),
        listLinks: [],
        details: first?.type === 'paragraph' ? [plainText(first)] : [],
      };
      steps.push(step);
      return;
    }
    if (section) skips.push(...skipsOf(node, section.id));
    if (step && node.type === 'list') {
      for (const item of node.children) {
        const link = openingLink(item.children[0]);
        if (link) step.listLinks.push(link);
      }
    }
  });
  return { steps, skips };
}

/** Parses one MDX file into a GraphPage (cached until the file changes). */
export function readPage(file: string, contentDir: string): GraphPage {
  const { mtimeMs } = statSync(file);
  const key = `${path.resolve(contentDir)}\0${file}`;
  const cached = cache.parsed.get(key);
  if (cached && cached.mtimeMs === mtimeMs) return cached.page;
  const relative = path.relative(contentDir, file).split(path.sep).join('/');
  const source = readFileSync(file, 'utf8');
  let page: GraphPage;
  if (cache.kept) {
    const { code, earlier, read } = cache.kept;
    const pageKey = cacheKey([code, relative, source]);
    const stored = earlier.get(pageKey) ?? storedPage(parsePage(file, relative, source));
    read.set(pageKey, stored);
    page = { file, ...stored, ids: new Set(stored.ids) };
  } else {
    page = parsePage(file, relative, source);
  }
  cache.parsed.set(key, { mtimeMs, page });
  return page;
}

/** A page as a later build takes it. */
function storedPage({ file: _file, ids, ...page }: GraphPage): StoredPage {
  return { ...page, ids: [...ids] };
}

/** Reads one MDX source (`relative` to the content folder) into a GraphPage. */
function parsePage(file: string, relative: string, source: string): GraphPage {
  const tree = parseContent(source);
  const where = (node: { position?: { start: { line: number } } | undefined }) =>
    `content/${relative}:${node.position?.start.line ?? 0}`;
  const anchors = collectAnchors(tree, where);
  const itemOf = new Map<ListItem, Anchor>();
  for (const anchor of anchors) if (anchor.kind === 'item') itemOf.set(anchor.node as ListItem, anchor);
  const itemLinks: GraphPage['itemLinks'] = [];
  visitParents(tree, 'link', (link: Link, ancestors) => {
    const item = [...ancestors].reverse().find((node) => itemOf.has(node as ListItem)) as ListItem | undefined;
    const anchor = item && itemOf.get(item);
    if (anchor) itemLinks.push({ itemId: anchor.id, itemText: anchor.text, url: link.url, line: link.position?.start.line ?? 0 });
  });
  const ids = new Set(anchors.flatMap((anchor) => [anchor.id, ...anchor.formerIds]));
  const { steps, skips } = stepsOf(tree, anchors);
  const details: Record<string, string[]> = Object.fromEntries([
    ...anchors.filter((anchor) => anchor.kind === 'item').map((anchor) => [anchor.id, itemDetails(anchor.node as ListItem)] as const),
    ...steps.map((step) => [step.id, step.details] as const),
  ]);
  return {
    file,
    relative,
    path: pathForContentFile(relative),
    anchors: anchors.map(({ node: _node, ...anchor }) => anchor),
    ids,
    itemLinks,
    title: frontmatterTitle(source),
    stage: frontmatterStage(source),
    details,
    steps,
    skips,
  };
}

/** Every MDX page under the content folder. */
export function readContent(contentDir: string): GraphPage[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  return files.map((name) => readPage(path.join(contentDir, name), contentDir));
}

/** A checklist item that links to a page. */
export interface Backlink {
  /** Site path of the page that holds the item. */
  path: string;
  itemId: string;
  itemText: string;
}

/** Every checklist item in `pages` that links to `targetFile` (once per item, in content order). */
export function backlinksTo(targetFile: string, pages: GraphPage[]): Backlink[] {
  const found = new Map<string, Backlink>();
  for (const page of pages) {
    for (const link of page.itemLinks) {
      if (!isRelativeContentLink(link.url)) continue;
      if (linkTarget(link.url, page.file).file !== targetFile) continue;
      const key = `${page.path}#${link.itemId}`;
      if (!found.has(key)) found.set(key, { path: page.path, itemId: link.itemId, itemText: link.itemText });
    }
  }
  return [...found.values()];
}

// Each page's build asks for the target of every step link of every example: each is worked out once.
const targets = new Map<string, Readonly<{ file: string; fragment: string }>>();

/** The content file and `#fragment` a relative content link written in `fromFile` (an absolute path) points to. */
export function linkTarget(url: string, fromFile: string): Readonly<{ file: string; fragment: string }> {
  const key = `${fromFile}\0${url}`;
  let target = targets.get(key);
  if (!target) {
    const [filePart = '', fragment = ''] = url.split('#');
    target = Object.freeze({ file: path.resolve(path.dirname(fromFile), decodeURIComponent(filePart)), fragment: decodeURIComponent(fragment) });
    if (path.isAbsolute(fromFile)) targets.set(key, target);
  }
  return target;
}

/** A step of a worked example that applies a checklist item. */
export interface AppliedStep {
  /** Site path of the example. */
  path: string;
  /** The example's title. */
  title: string;
  stepId: string;
  stepText: string;
}

/** The links by which a step applies items: its opening link, then those of its list items. */
export function stepLinks(step: Step): SourceLink[] {
  return [...(step.link ? [step.link] : []), ...step.listLinks];
}

/**
 * The steps in `pages` that apply the checklist items of `target`: for each item id (a link to a
 * former id counts for the item), the steps whose opening link or list items' opening links point
 * to it, once per step, in content order.
 */
export function stepsApplying(target: GraphPage, pages: GraphPage[]): Map<string, AppliedStep[]> {
  const itemIdOf = new Map<string, string>();
  for (const anchor of target.anchors) {
    if (anchor.kind !== 'item') continue;
    for (const id of [anchor.id, ...anchor.formerIds]) itemIdOf.set(id, anchor.id);
  }
  const applied = new Map<string, AppliedStep[]>();
  for (const page of pages) {
    for (const step of page.steps) {
      const itemIds = new Set<string>();
      for (const link of stepLinks(step)) {
        if (!isRelativeContentLink(link.url)) continue;
        const { file, fragment } = linkTarget(link.url, page.file);
        const itemId = file === target.file ? itemIdOf.get(fragment) : undefined;
        if (itemId) itemIds.add(itemId);
      }
      for (const itemId of itemIds) {
        const list = applied.get(itemId) ?? [];
        list.push({ path: page.path, title: page.title ?? page.path, stepId: step.id, stepText: step.text });
        applied.set(itemId, list);
      }
    }
  }
  return applied;
}
