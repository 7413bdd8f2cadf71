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
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { isChecklistItem } from './rehype-anchor-links.ts';

/** The button for one item. */
function copyMarkdownControl(): Element {
  // `anchor-link`: drawn, placed and shown (on hover, focus, touch screens) as the "#" link is.
  return h('button', { type: 'button', className: ['anchor-link'], dataCopy: 'item', ariaLabel: 'Copy item as Markdown' });
}

/** The item's own `<copy-link>` controls: in its lead's paragraph (loose list) or the item itself (tight list), never in a sub-list. */
function ownCopyLinks(node: Readonly<Element>): Array<Readonly<Element>> {
  return (node.children as readonly ElementContent[]).flatMap((child) => {
    if (child.type !== 'element' || child.tagName === 'ul' || child.tagName === 'ol') return [];
    return child.tagName === 'copy-link' ? [child] : ownCopyLinks(child);
  });
}

/** The Sätteri hast plugin; see the module comment. */
export function rehypeCopyMarkdown(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'copy-markdown',
    element: {
      filter: ['li'],
      visit(item, ctx) {
        if (!isChecklistItem(item)) return;
        for (const link of ownCopyLinks(item)) ctx.insertAfter(link, copyMarkdownControl());
      },
    },
  });
}
