// The link targets of a page, decided from its Markdown tree: headings and checklist items.
// Shared by the remark plugin that renders them and by the checks that read other pages
// (fragment links, published anchors, backlinks), so both always agree on every id.
//
// A checklist item is a list item whose first paragraph starts with bold text. Its id is the
// slug of that bold text, unless the item carries an explicit id in an MDX comment:
//   - **Propose the metrics you will use** {/* #metrics */}
//   - **Reworded item** {/* #new-id was #old-id, #older-id */}   (or only `was #old-id`)
// A former id keeps old links working: it lands on the renamed item.
//
// Nothing inside a <SystemDiagram> is an anchor: its boxes are list items, and one that starts with
// bold text must not become a checklist item (an id, a search result, a count on the cheat sheet).
//
// An item can also declare the other names a reader may search it by, in a comment of its own:
//   - **What personal data is involved?** {/* aka GDPR, PII, privacy */}
// Search indexes them for the item; the page never shows them.
import type { Heading, ListItem, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-mdx-expression';
import GithubSlugger, { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';

/** The MDX component that draws a system diagram (src/components/SystemDiagram.astro). */
export const SYSTEM_DIAGRAM = 'SystemDiagram';

/** True for a `<SystemDiagram>` element in an MDX tree. */
export function isSystemDiagram(node: Node): boolean {
  return node.type === 'mdxJsxFlowElement' && (node as Node & { name?: string | null }).name === SYSTEM_DIAGRAM;
}

/** A heading or checklist item with its id. */
export interface Anchor {
  kind: 'heading' | 'item';
  id: string;
  /** Ids this anchor was published under before; links to them land here. */
  formerIds: string[];
  text: string;
  /** Other names search finds the item by (`{/* aka … *\/}`); empty for headings. */
  aliases: string[];
  /** Heading depth; 0 for items. */
  depth: number;
  node: Heading | ListItem;
}

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ANCHOR_COMMENT = new RegExp(`^(?:#(${ID}))?\\s*(?:was\\s+(#${ID}(?:\\s*,\\s*#${ID})*))?$`);

/** The bold lead of a list item, or undefined when the item does not start with bold text. */
export function boldLead(item: ListItem): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  if (lead?.type !== 'strong') return undefined;
  return toString(lead).trim() || undefined;
}

/**
 * Reads an item's id comment (see the module comment). Returns undefined when there is none; throws
 * (with `where`) when a comment looks like an id declaration but does not parse.
 */
export function declaredIds(item: ListItem): { id?: string; formerIds: string[] } | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? idsIn(first.children) : undefined;
}

/** The id comment among some inline content (an item's first paragraph, a heading); see declaredIds. */
function idsIn(children: readonly PhrasingContent[]): { id?: string; formerIds: string[] } | undefined {
  for (const child of children) {
    if (child.type !== 'mdxTextExpression') continue;
    const comment = idComment(child.value);
    if (comment === undefined) continue;
    const match = ANCHOR_COMMENT.exec(comment);
    if (!match || (!match[1] && !match[2])) {
      throw new Error(
        `bad id comment "{/*${comment}*/}": write {/* #new-id */}, {/* #new-id was #old-id */} or {/* was #old-id */} with lowercase letters, digits and hyphens`,
      );
    }
    const formerIds = match[2] ? match[2].split(',').map((id) => id.trim().slice(1)) : [];
    return match[1] ? { id: match[1], formerIds } : { formerIds };
  }
  return undefined;
}

// One alias: letters or digits, with spaces, hyphens, slashes, dots, apostrophes, & or + between them.
const ALIAS = /^[\p{L}\p{N}](?:[\p{L}\p{N} \-/.'’&+]*[\p{L}\p{N}.+])?$/u;

/** The text after `aka` of an MDX expression that is an alias comment (`/* aka GDPR, PII *\/`), or undefined for any other expression. */
export function aliasComment(expression: string): string | undefined {
  const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(expression)?.[1]?.trim();
  const match = comment === undefined ? null : /^aka\b:?([\s\S]*)$/i.exec(comment);
  return match ? match[1]!.trim() : undefined;
}

/**
 * Reads an item's alias comment. Returns [] when there is none; throws when one is malformed
 * (empty, an empty name between commas, or characters no reader would type).
 */
export function declaredAliases(item: ListItem): string[] {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return [];
  const aliases: string[] = [];
  for (const child of first.children) {
    if (child.type !== 'mdxTextExpression') continue;
    const list = aliasComment(child.value);
    if (list === undefined) continue;
    const names = list.split(',').map((name) => name.trim().replace(/\s+/g, ' '));
    const bad = names.find((name) => !ALIAS.test(name));
    if (bad !== undefined) {
      throw new Error(
        `bad alias comment "{/*${child.value.replace(/^\s*\/\*|\*\/\s*$/g, '')}*/}": ${bad ? `"${bad}" is not a name a reader would type` : 'a name is empty'}; write {/* aka GDPR, personal data */}, names separated by commas`,
      );
    }
    aliases.push(...names);
  }
  return [...new Set(aliases)];
}

/** Whether inline content is an id comment (`{/* #id *\/}`, `{/* was #old *\/}`). */
export function isIdComment(node: PhrasingContent): boolean {
  return node.type === 'mdxTextExpression' && idComment(node.value) !== undefined;
}

/** The text of an MDX expression that is an id comment (`/* #id … *\/`), or undefined for any other expression. */
export function idComment(expression: string): string | undefined {
  const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(expression)?.[1]?.trim();
  return comment !== undefined && /^(#|was\b)/.test(comment) ? comment : undefined;
}

/**
 * All anchors of a page in document order. Throws, naming the place via `where`, when two of them
 * (ids or former ids) collide or an id comment is malformed.
 */
export function collectAnchors(tree: Root, where: (node: Node) => string): Anchor[] {
  // Headings use a counting slugger (github-slugger), exactly as the heading-ids plugin of processor.ts does, so both agree on heading ids.
  const headingSlugger = new GithubSlugger();
  const claimed = new Map<string, string>();
  const anchors: Anchor[] = [];
  const claim = (id: string, node: Node, what: string) => {
    const earlier = claimed.get(id);
    if (earlier) {
      throw new Error(`${where(node)}: duplicate id "${id}" for ${what}; ${earlier} already uses it. Reword it or give the item an explicit id: {/* #other-id */}.`);
    }
    claimed.set(id, `${what} at ${where(node)}`);
  };

  visitParents(tree, ['heading', 'listItem'], (node, ancestors) => {
    if (ancestors.some(isSystemDiagram)) return;
    if (node.type === 'heading') {
      const heading = node as Heading;
      // A heading keeps its slug as its id; `{/* was #old-id */}` after its text keeps old links landing.
      let declared;
      try {
        declared = idsIn(heading.children);
      } catch (error) {
        throw new Error(`${where(heading)}: ${(error as Error).message}`);
      }
      if (declared?.id) throw new Error(`${where(heading)}: a heading's id is the slug of its text; only {/* was #old-id */} may follow it.`);
      const text = heading.children.filter((child) => !isIdComment(child)).map((child) => toString(child)).join('').trim();
      const id = headingSlugger.slug(text);
      const formerIds = declared?.formerIds ?? [];
      claim(id, heading, `heading "${text}"`);
      for (const former of formerIds) claim(former, heading, `former id of heading "${text}"`);
      anchors.push({ kind: 'heading', id, formerIds, aliases: [], text, depth: heading.depth, node: heading });
      return;
    }
    const item = node as ListItem;
    const text = boldLead(item);
    if (!text) return;
    let declared;
    let aliases: string[];
    try {
      declared = declaredIds(item);
      aliases = declaredAliases(item);
    } catch (error) {
      throw new Error(`${where(item)}: ${(error as Error).message}`);
    }
    const id = declared?.id ?? slug(text);
    const formerIds = declared?.formerIds ?? [];
    claim(id, item, `checklist item "${text}"`);
    for (const former of formerIds) claim(former, item, `former id of checklist item "${text}"`);
    anchors.push({ kind: 'item', id, formerIds, aliases, text, depth: 0, node: item });
  });
  // An item with a short id (`{/* #metrics */}`) is also reached by the slug of its bold text, the
  // link a reader makes by hand from the title; after every declared id, so it never takes one.
  for (const anchor of anchors) {
    if (anchor.kind !== 'item') continue;
    const titleSlug = slug(anchor.text);
    if (titleSlug === anchor.id || claimed.has(titleSlug)) continue;
    claimed.set(titleSlug, `the title of checklist item "${anchor.text}"`);
    anchor.formerIds.push(titleSlug);
  }
  return anchors;
}
