/**
 * The content as data, read straight from the MDX sources: each page's anchors and the links that
 * each checklist item makes. Used where one page needs facts about another (fragment checks,
 * published anchors, "Referenced from" lists) without waiting for Astro to render it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Link, ListItem, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
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
  anchors: Anchor[];
  /** Every id a link may target on this page: current ids and former ids. */
  ids: Set<string>;
  /** Links written inside checklist items: the innermost item and the raw URL. */
  itemLinks: Array<{ itemId: string; itemText: string; url: string; line: number }>;
}

/** True for a link between content files: a relative path to a Markdown or MDX file. */
export function isRelativeContentLink(url: string): boolean {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return false;
  const [filePart = ''] = url.split('#');
  return /\.mdx?$/.test(filePart);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const cache = new Map<string, { mtimeMs: number; page: GraphPage }>();

/** Blanks the YAML frontmatter but keeps its lines, so reported line numbers match the file. */
function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

/** The Markdown tree of an MDX source (frontmatter skipped, line numbers kept), as the checks read it. */
export function parseContent(source: string): Root {
  return parser.parse(withoutFrontmatter(source)) as Root;
}

/** Parses one MDX file into a GraphPage (cached until the file changes). */
export function readPage(file: string, contentDir: string): GraphPage {
  const { mtimeMs } = statSync(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.page;
  const relative = path.relative(contentDir, file).split(path.sep).join('/');
  const tree = parseContent(readFileSync(file, 'utf8'));
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
  const page: GraphPage = { file, relative, path: pathForContentFile(relative), anchors, ids, itemLinks };
  cache.set(file, { mtimeMs, page });
  return page;
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
      const filePart = link.url.split('#')[0] ?? '';
      if (path.resolve(path.dirname(page.file), decodeURIComponent(filePart)) !== targetFile) continue;
      const key = `${page.path}#${link.itemId}`;
      if (!found.has(key)) found.set(key, { path: page.path, itemId: link.itemId, itemText: link.itemText });
    }
  }
  return [...found.values()];
}
