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
import type { Heading, ListItem, PhrasingContent, Root, Text } from 'mdast';
// Brings Astro's `astro` key of the Sätteri data bag (frontmatter, headings) into scope.
import type {} from '@astrojs/markdown-satteri';
// Brings the `hProperties` field of mdast node data into scope; Sätteri reads it as mdast-util-to-hast does.
import type {} from 'mdast-util-to-hast';
import { defineMdastPlugin, type MdastPluginDefinition, type MdastVisitorContext } from 'satteri';
import type { TocEntry } from '../lib/toc.ts';
import { aliasComment, collectAnchors, idComment, isIdComment } from './anchors.ts';
import { locate, sourcePath } from './locate.ts';

/** An edit of some inline content: the comments to take out, and the texts before them with their new value. */
interface CommentEdit {
  remove: PhrasingContent[];
  trim: Array<{ node: Text; value: string }>;
}

/**
 * Takes out the inline content for which `isComment` holds, and the white space at the end of the
 * text before each (the space between the bold text and the comment); the text itself stays, even
 * when nothing is left of it.
 */
function commentEdit(children: readonly PhrasingContent[], isComment: (child: PhrasingContent) => boolean): CommentEdit {
  const edit: CommentEdit = { remove: [], trim: [] };
  let before: Text | undefined;
  for (const child of children) {
    if (!isComment(child)) {
      before = child.type === 'text' ? child : undefined;
      continue;
    }
    edit.remove.push(child);
    if (before && !edit.trim.some((trim) => trim.node === before)) edit.trim.push({ node: before, value: before.value.trimEnd() });
  }
  return edit;
}

/** Applies a comment edit through the plugin context (the tree a plugin reads is not the one it changes). */
function applyEdit(edit: CommentEdit, ctx: MdastVisitorContext) {
  for (const { node, value } of edit.trim) if (value !== node.value) ctx.setProperty(node, 'value', value);
  for (const node of edit.remove) ctx.removeNode(node);
}

const isItemComment = (child: PhrasingContent) =>
  child.type === 'mdxTextExpression' && (idComment(child.value) !== undefined || aliasComment(child.value) !== undefined);

/**
 * Takes the item's id and alias comments (and the space before them) out of its first paragraph;
 * the aliases come back as one empty element at the item's end, for search only.
 */
function replaceComments(item: ListItem, aliases: readonly string[], ctx: MdastVisitorContext) {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return;
  applyEdit(commentEdit(paragraph.children, isItemComment), ctx);
  if (aliases.length === 0) return;
  // At the end of the item, after its sub-points, so an excerpt that starts after the title shows the item's words.
  // An empty emphasis renamed to a span: Sätteri ignores `hName` on a text node.
  ctx.appendChild(item, {
    type: 'emphasis',
    children: [],
    data: { hName: 'span', hProperties: { 'data-aliases': aliases.join(', '), 'data-pagefind-index-attrs': 'data-aliases' }, hChildren: [] },
  });
}

/** The Sätteri mdast plugin; see the module comment. */
export function remarkChecklistItems(): MdastPluginDefinition {
  return defineMdastPlugin({
    name: 'checklist-items',
    // Positions, for the file and line of a duplicate or malformed id.
    options: { position: true },
    before(tree, ctx) {
      const file = sourcePath(ctx.fileURL);
      const toc: TocEntry[] = [];
      for (const anchor of collectAnchors(tree as Root, (node) => locate(file, node))) {
        if (anchor.kind === 'heading') {
          if (anchor.depth === 2 || anchor.depth === 3) toc.push({ kind: 'heading', depth: anchor.depth, id: anchor.id, text: anchor.text });
          if (anchor.formerIds.length > 0) {
            // The comment goes, so the heading gets the same id (the slug of its text) anchors.ts decided.
            const heading = anchor.node as Heading;
            const kept = heading.children.filter((child) => !isIdComment(child));
            const last = kept.at(-1);
            applyEdit({ remove: heading.children.filter(isIdComment), trim: last?.type === 'text' ? [{ node: last, value: last.value.trimEnd() }] : [] }, ctx);
            ctx.setProperty(heading, 'data', { ...heading.data, hProperties: { ...heading.data?.hProperties, 'data-former-ids': anchor.formerIds.join(' ') } });
          }
          continue;
        }
        ctx.setProperty(anchor.node, 'data', {
          ...anchor.node.data,
          hProperties: {
            ...anchor.node.data?.hProperties,
            id: anchor.id,
            className: ['checklist-item'],
            'data-pagefind-title': anchor.text,
            ...(anchor.formerIds.length > 0 ? { 'data-former-ids': anchor.formerIds.join(' ') } : {}),
          },
        });
        toc.push({ kind: 'item', depth: 0, id: anchor.id, text: anchor.text });
        replaceComments(anchor.node as ListItem, anchor.aliases, ctx);
      }
      // Astro seeds `astro` for every page it compiles, with the page's frontmatter.
      if (ctx.data.astro) ctx.data.astro.frontmatter.toc = toc;
    },
  });
}
