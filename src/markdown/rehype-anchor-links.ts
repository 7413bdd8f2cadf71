/**
 * rehype-anchor-links: every heading (h2–h6) and every checklist item gets a visible link to
 * itself, wrapped in `<copy-link>` so that a click copies the absolute URL (see CopyLinks.astro).
 * Without JavaScript it is a plain `#id` link. The control is kept out of the search index.
 * An item's former ids (`data-former-ids`) become empty landing spots inside it, so an old link
 * still lands on, and highlights, the renamed item.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADING = /^h[2-6]$/;

/** True for the `<li>` of a checklist item (see remark-checklist-items). */
export function isChecklistItem(node: Element): boolean {
  const className = node.properties.className;
  return node.tagName === 'li' && Array.isArray(className) && className.includes('checklist-item');
}

/** The `<copy-link>` control for an element with the given id and visible label. */
export function anchorControl(id: string, label: string): Element {
  return h('copy-link', { dataPagefindIgnore: '' }, [
    h('a', { className: ['anchor-link'], href: `#${id}`, ariaLabel: `Link to “${label}”` }, [
      h('span', { ariaHidden: 'true' }, '#'),
    ]),
  ]);
}

/** The `<strong>` that leads a checklist item, whether the list is tight (no `<p>`) or loose. */
function leadOf(item: Element): { parent: Element; index: number; label: string } | undefined {
  const elements = item.children.filter((c): c is Element => c.type === 'element');
  const first = elements[0];
  if (!first) return undefined;
  const parent = first.tagName === 'p' ? first : item;
  const index = parent.children.findIndex((c: ElementContent) => c.type === 'element' && c.tagName === 'strong');
  if (index === -1) return undefined;
  return { parent, index, label: toString(parent.children[index]!).trim() };
}

/** The rehype plugin; see the module comment. */
export function rehypeAnchorLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (HEADING.test(node.tagName)) {
        node.children.push(anchorControl(id, toString(node).trim()));
      } else if (isChecklistItem(node)) {
        const lead = leadOf(node);
        lead?.parent.children.splice(lead.index + 1, 0, anchorControl(id, lead.label));
        const former = node.properties['data-former-ids'] ?? node.properties.dataFormerIds;
        delete node.properties['data-former-ids'];
        delete node.properties.dataFormerIds;
        const spots = String(former ?? '').split(' ').filter(Boolean);
        node.children.unshift(...spots.map((formerId) => h('span', { id: formerId, className: ['former-id'] })));
      }
    });
  };
}
