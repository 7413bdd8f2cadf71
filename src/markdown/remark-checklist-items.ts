/**
 * remark-checklist-items: renders the anchors that anchors.ts decides. This plugin guarantees:
 * - each checklist item gets its `id`, the class `checklist-item`, and `data-pagefind-title` with
 *   its bold text, so search returns the item as its own result;
 * - former ids (of items and headings) travel as `data-former-ids` for rehype-anchor-links to turn
 *   into landing spots;
 * - a duplicate or malformed id fails the build with file and line (see collectAnchors);
 * - the id comment itself leaves no trace in the HTML (not even its leading space);
 * - the alias comment (`{/* aka GDPR, PII *\/}`) becomes an empty `<span>` whose `data-aliases`
 *   attribute Pagefind indexes as the item's text (`data-pagefind-index-attrs`): search finds
 *   the item by those names, and neither the page nor a screen reader shows them;
 * - the page's outline (h2/h3 headings and items) is published as `toc` in the remark
 *   frontmatter, for the "On this page" list.
 */
import type { Heading, ListItem, PhrasingContent, Root } from 'mdast';
// Brings the `hProperties` field of mdast node data into scope.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import type { TocEntry } from '../lib/toc.ts';
import { aliasComment, collectAnchors, idComment, isIdComment } from './anchors.ts';
import { locate } from './locate.ts';

/**
 * Takes the item's id and alias comments (and the space before them) out of its first paragraph;
 * the aliases come back as one empty element at the item's end, for search only.
 */
function replaceComments(item: ListItem, aliases: readonly string[]) {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return;
  const isComment = (child: PhrasingContent) =>
    child.type === 'mdxTextExpression' && (idComment(child.value) !== undefined || aliasComment(child.value) !== undefined);
  for (let at = paragraph.children.findIndex(isComment); at !== -1; at = paragraph.children.findIndex(isComment)) {
    paragraph.children.splice(at, 1);
    const before = paragraph.children[at - 1];
    if (before?.type === 'text') before.value = before.value.trimEnd();
  }
  if (aliases.length === 0) return;
  // At the end of the item, after its sub-points, so an excerpt that starts after the title shows the item's words.
  (item.children as unknown[]).push({
    type: 'text',
    value: '',
    data: { hName: 'span', hProperties: { 'data-aliases': aliases.join(', '), 'data-pagefind-index-attrs': 'data-aliases' }, hChildren: [] },
  });
}

/** The remark plugin; see the module comment. */
export function remarkChecklistItems() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = [];
    for (const anchor of collectAnchors(tree, (node) => locate(file, node))) {
      if (anchor.kind === 'heading') {
        if (anchor.depth === 2 || anchor.depth === 3) toc.push({ kind: 'heading', depth: anchor.depth, id: anchor.id, text: anchor.text });
        if (anchor.formerIds.length > 0) {
          // The comment goes, so rehype-slug gives the heading the same id anchors.ts decided.
          const heading = anchor.node as Heading;
          heading.children = heading.children.filter((child) => !isIdComment(child));
          const last = heading.children.at(-1);
          if (last?.type === 'text') last.value = last.value.trimEnd();
          heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, 'data-former-ids': anchor.formerIds.join(' ') } };
        }
        continue;
      }
      anchor.node.data = {
        ...anchor.node.data,
        hProperties: {
          ...anchor.node.data?.hProperties,
          id: anchor.id,
          className: ['checklist-item'],
          'data-pagefind-title': anchor.text,
          ...(anchor.formerIds.length > 0 ? { 'data-former-ids': anchor.formerIds.join(' ') } : {}),
        },
      };
      toc.push({ kind: 'item', depth: 0, id: anchor.id, text: anchor.text });
      replaceComments(anchor.node as ListItem, anchor.aliases);
    }
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.toc = toc;
  };
}
