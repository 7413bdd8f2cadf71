/**
 * rehype-anchor-links: every heading (h2–h6) and every checklist item gets a visible link to
 * itself, wrapped in `<copy-link>` so that a click copies the absolute URL (see src/features/copy-link/).
 * Without JavaScript it is a plain `#id` link. The control is kept out of the search index
 * (Pagefind skips every `copy-link`).
 * An item's control goes at the end of the lead's line, not right after the bold text: hidden
 * until hover, it still takes its width, and between a bold lead and the sentence that follows
 * it (as on notes pages) it left a gap of two spaces and more.
 * An item's former ids (`data-former-ids`) become empty landing spots inside it, so an old link
 * still lands on, and highlights, the renamed item.
 * On a page whose kind has share pages (page-kinds.ts `share`: its items, or its `### ` steps), the
 * control of each such anchor is a `share-link` and says so in its label: a click copies the
 * anchor's share page URL (src/lib/share-pages.ts), whose link preview shows the anchor itself.
 */
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { kindOfFile } from '../lib/page-kinds.ts';
import { sourcePath } from './locate.ts';

const HEADING = /^h[2-6]$/;

/** True for the `<li>` of a checklist item (see remark-checklist-items). */
export function isChecklistItem(node: Readonly<Element>): boolean {
  const className = node.properties.className;
  return node.tagName === 'li' && Array.isArray(className) && className.includes('checklist-item');
}

/**
 * The `<copy-link>` control for an element with the given id; `share` when the element has a share
 * page. An item's control is named with the item's bold text (`label`). A heading's (no `label`)
 * is named "Link to this section" or "Share link" alone: it sits inside the heading, whose name
 * it becomes part of, so naming the heading again had screen readers read each heading twice (and
 * cost a worked example, with its thirty-odd steps, 400 bytes gzip of its 20 KiB budget).
 */
export function anchorControl(id: string, label: string | undefined, share = false): Element {
  const name = label === undefined ? (share ? 'Share link' : 'Link to this section') : `${share ? 'Share link' : 'Link'} to “${label}”`;
  // Kept out of the search index by Pagefind's excludeSelectors (src/build/integrations/pagefind.ts), not
  // an attribute on each of the page's sixty-odd controls.
  return h('copy-link', [
    // The "#" is drawn by CSS (prose.css): as text in the page it would be a link in a line of
    // text told apart by colour alone (axe's link-in-text-block), and the label names the link.
    h('a', { className: share ? ['anchor-link', 'share-link'] : ['anchor-link'], href: `#${id}`, ariaLabel: name }),
  ]);
}

/** Which anchors of the file have share pages, from its kind (none outside the content folder). */
function sharedAnchors(file: string | undefined, contentDir: string | undefined): 'items' | 'steps' | undefined {
  if (!contentDir || !file?.startsWith(contentDir)) return undefined;
  return kindOfFile(path.relative(contentDir, file)).share;
}

const BLOCK = new Set(['ul', 'ol', 'p', 'div', 'blockquote', 'pre', 'table', 'dl', 'figure']);

/**
 * Where the item's control goes: after the last inline content of the lead's line, that is before
 * the first block (a sub-list) or trailing white space that follows the lead.
 */
function endOfLeadLine(parent: Readonly<Element>, leadIndex: number): number {
  let end = leadIndex + 1;
  for (let i = leadIndex + 1; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.type === 'element' && BLOCK.has(child.tagName)) break;
    if (child.type !== 'text' || child.value.trim() !== '') end = i + 1;
  }
  return end;
}

/** The `<strong>` that leads a checklist item, whether the list is tight (no `<p>`) or loose. */
function leadOf(item: Readonly<Element>): { parent: Readonly<Element>; index: number; label: string } | undefined {
  const elements = item.children.filter((c): c is Element => c.type === 'element');
  const first = elements[0];
  if (!first) return undefined;
  const parent = first.tagName === 'p' ? first : item;
  const index = parent.children.findIndex((c: ElementContent) => c.type === 'element' && c.tagName === 'strong');
  if (index === -1) return undefined;
  return { parent, index, label: toString(parent.children[index]!).trim() };
}

/** The former ids an element carries (`data-former-ids`, see remark-checklist-items), and the property that holds them. */
function formerIdsOf(node: Readonly<Element>): { key: string | undefined; ids: string[] } {
  const key = ['data-former-ids', 'dataFormerIds'].find((name) => node.properties[name] !== undefined);
  return { key, ids: key ? String(node.properties[key]).split(' ').filter(Boolean) : [] };
}

/**
 * The Sätteri hast plugin; see the module comment. `contentDir` places a file among the kinds of
 * page. Runs after the heading ids are set (the first hast plugin of processor.ts).
 */
export function rehypeAnchorLinks(options: { contentDir?: string } = {}): HastPluginEntry {
  return ({ fileURL }) => {
    const shared = sharedAnchors(sourcePath(fileURL), options.contentDir);
    return defineHastPlugin({
      name: 'anchor-links',
      element: {
        filter: ['h2', 'h3', 'h4', 'h5', 'h6', 'li'],
        visit(node, ctx) {
          const id = node.properties.id;
          if (typeof id !== 'string') return;
          if (HEADING.test(node.tagName)) {
            ctx.appendChild(node, anchorControl(id, undefined, shared === 'steps' && node.tagName === 'h3'));
          } else if (isChecklistItem(node)) {
            const lead = leadOf(node);
            if (lead) ctx.insertChildAt(lead.parent, endOfLeadLine(lead.parent, lead.index), anchorControl(id, lead.label, shared === 'items'));
          } else return;
          const former = formerIdsOf(node);
          if (former.key === undefined) return;
          ctx.setProperty(node, former.key, null);
          ctx.prependChild(node, former.ids.map((formerId) => h('span', { id: formerId, className: ['former-id'] })));
        },
      },
    });
  };
}
