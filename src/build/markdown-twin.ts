/**
 * The Markdown twin of a content page: the same MDX source, read as a Markdown tree (the content
 * graph's parser) and written back as plain CommonMark, for readers who paste the framework into
 * their notes or into a chat assistant. This module guarantees:
 * - the title as the only `#` heading, the description as a blockquote, the web page's address,
 *   then the page's facts (an example's problem, a resource's author) and its content;
 * - every checklist item keeps its bold text, sub-bullets and hints; its id and alias comments
 *   (and every other MDX comment) are gone, as are import and export lines;
 * - a `<SystemDiagram>` becomes its caption ("Diagram: …") and its numbered list of boxes;
 * - every link is absolute: links to content files become the target page's URL with its
 *   `#fragment` (checked as remark-relative-links checks them), `#fragment` links point into the page;
 * - anything else MDX can hold (another component, an expression, a link relative to the page)
 *   fails with the file and line, and `twinProblems` fails a twin that would still hold any;
 * - each checklist item's Markdown on its own (for "Copy as Markdown" on one item): the item with
 *   its sub-bullets, its bold text a link back to it.
 */
import path from 'node:path';
import type { Link, List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { absoluteUrl } from '../lib/urls.ts';
import { collectAnchors, isSystemDiagram, SYSTEM_DIAGRAM } from '../markdown/anchors.ts';
import { isRelativeContentLink, parseContent } from '../markdown/content-graph.ts';
import { resolveContentLink } from '../markdown/remark-relative-links.ts';

/** Where the site lives, to make links absolute. */
export interface TwinSite {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The site's origin (`SITE_URL`). */
  site: string;
  /** Astro's `base`. */
  base: string;
}

/** One content page, as its route knows it. */
export interface TwinPage {
  /** Absolute path of the MDX file. */
  file: string;
  source: string;
  /** Site path without base. */
  path: string;
  /** The twin's `#` heading ("Stage 4: Modeling", "Goodhart's law"). */
  heading: string;
  description: string;
  /** Facts the page shows above its content: a label and its value. */
  facts?: Array<{ label: string; value: PhrasingContent[] }> | undefined;
}

/** A page's twin. */
export interface Twin {
  markdown: string;
  /** The twin as a tree (llms-full.txt nests it under its own title). */
  tree: Root;
  /** Each checklist item's Markdown on its own, by id, in page order. */
  items: Array<{ id: string; markdown: string }>;
}

/** How twins are written: the house style of the MDX sources, minus MDX. */
const WRITE_OPTIONS: ToMarkdownOptions = { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-', fences: true, extensions: [gfmToMarkdown()] };

/** Serializes a twin tree (see WRITE_OPTIONS). */
export function writeMarkdown(tree: Root): string {
  return toMarkdown(tree, WRITE_OPTIONS);
}

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The part of an MDX JSX element the twin reads. */
interface JsxElement extends Parent {
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/** Takes MDX out of a list of nodes and makes links absolute (see the module comment); throws naming the place. */
function clean(children: Node[], resolve: (url: string, node: Node) => string, where: (node: Node) => string): RootContent[] {
  const out: Node[] = [];
  for (const node of children) {
    if (node.type === 'mdxjsEsm') continue;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!COMMENT.test((node as Node & { value: string }).value)) throw new Error(`${where(node)}: an MDX expression has no Markdown form; the Markdown twin cannot show it.`);
      // The space that set the comment apart from the text before it goes with it.
      const before = out.at(-1);
      if (before?.type === 'text') (before as Node & { value: string }).value = (before as Node & { value: string }).value.trimEnd();
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' && isSystemDiagram(node)) {
      const element = node as JsxElement;
      const caption = element.attributes.find((attribute) => attribute.name === 'caption')?.value;
      if (typeof caption !== 'string') throw new Error(`${where(node)}: <${SYSTEM_DIAGRAM}> needs a caption written as a string.`);
      out.push({ type: 'paragraph', children: [{ type: 'text', value: `Diagram: ${caption}` }] } as Paragraph);
      out.push(...clean(element.children, resolve, where));
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node as JsxElement).name ?? 'fragment';
      throw new Error(`${where(node)}: <${name}> has no Markdown form; the Markdown twin (src/build/markdown-twin.ts) knows only <${SYSTEM_DIAGRAM}>.`);
    }
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const withUrl = node as Node & { url: string };
      withUrl.url = resolve(withUrl.url, node);
    }
    if ('children' in node) (node as Parent).children = clean((node as Parent).children, resolve, where) as Parent['children'];
    if (node.type === 'text' && !(node as Node & { value: string }).value) continue;
    out.push(node);
  }
  // A comment that closed a paragraph or heading leaves no trailing space behind it.
  const last = out.at(-1);
  if (last?.type === 'text') (last as Node & { value: string }).value = (last as Node & { value: string }).value.trimEnd();
  return out.filter((node) => node.type !== 'text' || (node as Node & { value: string }).value !== '') as RootContent[];
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, children: PhrasingContent[]): Link => ({ type: 'link', url, children });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** An item on its own: a one-item list, its bold text a link to the item (or the link after it, if the bold text holds a link). */
function itemOnItsOwn(item: ListItem, url: string): Root {
  const copy = structuredClone(item);
  const lead = copy.children[0]?.type === 'paragraph' ? copy.children[0] : undefined;
  const strong = lead?.children[0]?.type === 'strong' ? lead.children[0] : undefined;
  if (strong && !strong.children.some((child) => child.type === 'link')) strong.children = [link(url, strong.children)];
  else lead?.children.push(text(' ('), link(url, [text('link')]), text(')'));
  const list: List = { type: 'list', ordered: false, spread: false, children: [copy] };
  return { type: 'root', children: [list] };
}

/** The twin of one page, and each of its items' Markdown; throws naming the file and line of anything MDX it cannot write. */
export function markdownTwin(page: TwinPage, site: TwinSite): Twin {
  const pageUrl = absoluteUrl(page.path, site.site, site.base);
  const shown = path.relative(process.cwd(), page.file) || page.file;
  const where = (node: Node) => `${shown}:${node.position?.start.line ?? 0}`;
  const resolve = (url: string, node: Node) => {
    if (isRelativeContentLink(url)) {
      try {
        return new URL(resolveContentLink(url, page.file, site), site.site).href;
      } catch (error) {
        throw new Error(`${where(node)}: broken link "${url}": ${(error as Error).message}`);
      }
    }
    if (url.startsWith('#')) return pageUrl + url;
    if (url.startsWith('/') || SCHEME.test(url)) return new URL(url, site.site).href;
    throw new Error(`${where(node)}: the link "${url}" is relative to the web page, and would be broken in its Markdown twin; link to a content file (./page.mdx#id) or a full URL.`);
  };
  const body = parseContent(page.source);
  const items = collectAnchors(body, where).filter((anchor) => anchor.kind === 'item');
  body.children = clean(body.children, resolve, where) as Root['children'];

  const facts: RootContent[] = page.facts?.length
    ? [{ type: 'list', ordered: false, spread: false, children: page.facts.map(({ label, value }) => ({ type: 'listItem', spread: false, children: [paragraph([text(`${label}: `), ...value])] })) }]
    : [];
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(page.heading)] },
      { type: 'blockquote', children: [paragraph([text(page.description)])] },
      paragraph([text('Web page: '), link(pageUrl, [text(pageUrl)])]),
      ...facts,
      ...body.children,
    ],
  };
  const markdown = writeMarkdown(tree);
  const problems = twinProblems(markdown);
  if (problems.length > 0) throw new Error(`${shown}: its Markdown twin would contain ${problems.join('; ')}.`);
  return {
    markdown,
    tree,
    items: items.map((anchor) => ({ id: anchor.id, markdown: writeMarkdown(itemOnItsOwn(anchor.node as ListItem, `${pageUrl}#${anchor.id}`)) })),
  };
}

/**
 * What a twin must not contain, read back with a CommonMark parser: HTML or component tags, MDX
 * comments, import or export lines, relative links. Empty when the twin is clean.
 */
export function twinProblems(markdown: string): string[] {
  const problems: string[] = [];
  const tree = fromMarkdown(markdown);
  visit(tree, (node) => {
    if (node.type === 'html') problems.push(`HTML or a component: ${JSON.stringify(node.value.slice(0, 60))}`);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SCHEME.test(node.url)) problems.push(`a relative link "${node.url}"`);
    if (node.type === 'text' && node.value.includes('{/*')) problems.push(`an MDX comment: ${JSON.stringify(node.value.slice(0, 60))}`);
    if (node.type === 'text' && /<[A-Z]/.test(node.value)) problems.push(`component syntax: ${JSON.stringify(node.value.slice(0, 60))}`);
  });
  for (const node of tree.children) {
    if (node.type === 'paragraph' && /^(import|export)\s/.test(toString(node))) problems.push(`an import or export line: ${JSON.stringify(toString(node).slice(0, 60))}`);
  }
  return problems;
}
