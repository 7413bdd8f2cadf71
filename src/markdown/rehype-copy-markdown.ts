/**
 * rehype-copy-markdown: beside each checklist item's `<copy-link>` control, a "Copy as Markdown"
 * button for that item (src/features/copy-markdown/): it copies the item's Markdown, with its
 * sub-bullets and a link back to it. This plugin guarantees:
 * - one button per checklist item, right after its `<copy-link>`, none on headings;
 * - its accessible name is "Copy item as Markdown", the item being the list item it sits in (as
 *   WCAG's purpose in context allows): naming the item by its bold text, as the "#" link does,
 *   cost the largest stage page 112 bytes gzip of its 20 KiB budget; what it shows is drawn by CSS,
 *   and it has no text of its own, so search indexes no word of it;
 * - a separate node from the link control, so that what the link copies can change on its own.
 * Runs after rehype-anchor-links, which places the `<copy-link>` controls.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { isChecklistItem } from './rehype-anchor-links.ts';

/** The button for one item. */
function copyMarkdownControl(): Element {
  // `anchor-link`: drawn, placed and shown (on hover, focus, touch screens) as the "#" link is.
  return h('button', { type: 'button', className: ['anchor-link'], dataCopy: 'item', ariaLabel: 'Copy item as Markdown' });
}

/** The rehype plugin; see the module comment. */
export function rehypeCopyMarkdown() {
  return (tree: Root) => {
    visit(tree, 'element', (item) => {
      if (!isChecklistItem(item)) return;
      // The item's own control: in its lead's paragraph (loose list) or the item itself (tight list).
      visit(item, 'element', (node, index, parent) => {
        if (node.tagName === 'ul' || node.tagName === 'ol') return SKIP;
        if (node.tagName !== 'copy-link' || !parent || index === undefined) return;
        parent.children.splice(index + 1, 0, copyMarkdownControl());
        return [SKIP, index + 2];
      });
    });
  };
}
