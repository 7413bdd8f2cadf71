/**
 * remark-checklist-items: renders the anchors that anchors.ts decides. This plugin guarantees:
 * - each checklist item gets its `id`, the class `checklist-item`, and `data-pagefind-title` with
 *   its bold text, so search returns the item as its own result;
 * - former ids travel as `data-former-ids` for rehype-anchor-links to turn into landing spots;
 * - a duplicate or malformed id fails the build with file and line (see collectAnchors);
 * - the id comment itself leaves no trace in the HTML (not even its leading space);
 * - the page's outline (h2/h3 headings and items) is published as `toc` in the remark
 *   frontmatter, for the "On this page" list.
 */
import type { ListItem, Root } from 'mdast';
// Brings the `hProperties` field of mdast node data into scope.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import type { TocEntry } from '../lib/toc.ts';
import { collectAnchors, idComment } from './anchors.ts';
import { locate } from './locate.ts';

/** Removes an item's id comment and the space before it from its first paragraph. */
function stripIdComment(item: ListItem) {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return;
  const at = paragraph.children.findIndex((child) => child.type === 'mdxTextExpression' && idComment(child.value) !== undefined);
  if (at === -1) return;
  paragraph.children.splice(at, 1);
  const before = paragraph.children[at - 1];
  if (before?.type === 'text') before.value = before.value.trimEnd();
}

/** The remark plugin; see the module comment. */
export function remarkChecklistItems() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = [];
    for (const anchor of collectAnchors(tree, (node) => locate(file, node))) {
      if (anchor.kind === 'heading') {
        if (anchor.depth === 2 || anchor.depth === 3) toc.push({ kind: 'heading', depth: anchor.depth, id: anchor.id, text: anchor.text });
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
      stripIdComment(anchor.node as ListItem);
    }
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.toc = toc;
  };
}
