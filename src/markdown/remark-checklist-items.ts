/**
 * remark-checklist-items: a checklist item is a list item whose text starts with bold text.
 * This plugin guarantees:
 * - each item gets `id` = the slug of its bold text and the class `checklist-item`;
 * - `data-pagefind-title` carries the bold text, so search returns the item as its own result;
 * - an id that repeats another item's or a heading's id on the page fails the build with file and line;
 * - the page's outline (headings with their items nested) is published as `toc` in the
 *   remark frontmatter, for the "On this page" list.
 */
import type { Heading, ListItem, Root } from 'mdast';
// Brings the `hProperties` field of mdast node data into scope.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import GithubSlugger, { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { TocEntry } from '../lib/toc.ts';
import { locate } from './locate.ts';

/** The bold lead of a list item, or undefined when the item does not start with bold text. */
export function boldLead(item: ListItem): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  if (lead?.type !== 'strong') return undefined;
  return toString(lead).trim() || undefined;
}

/** The remark plugin; see the module comment. */
export function remarkChecklistItems() {
  return (tree: Root, file: VFile) => {
    // Headings use a counting slugger, exactly as rehype-slug does, so both agree on heading ids.
    const headingSlugger = new GithubSlugger();
    const seen = new Map<string, string>();
    const toc: TocEntry[] = [];
    const claim = (id: string, where: string, what: string) => {
      const earlier = seen.get(id);
      if (earlier) {
        throw new Error(`${where}: duplicate id "${id}" for ${what}; ${earlier} already uses it. Reword the item or give it an explicit id.`);
      }
      seen.set(id, `${what} at ${where}`);
    };

    visit(tree, ['heading', 'listItem'], (node) => {
      if (node.type === 'heading') {
        const heading = node as Heading;
        const text = toString(heading).trim();
        const id = headingSlugger.slug(text);
        claim(id, locate(file, heading), `heading "${text}"`);
        if (heading.depth >= 2 && heading.depth <= 3) toc.push({ kind: 'heading', depth: heading.depth, id, text });
        return;
      }
      const item = node as ListItem;
      const text = boldLead(item);
      if (!text) return;
      const id = slug(text);
      claim(id, locate(file, item), `checklist item "${text}"`);
      item.data = {
        ...item.data,
        hProperties: { ...item.data?.hProperties, id, className: ['checklist-item'], 'data-pagefind-title': text },
      };
      toc.push({ kind: 'item', depth: 0, id, text });
    });

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.toc = toc;
  };
}
