/**
 * The "On this page" outline: headings, with the checklist items that follow each heading nested
 * under it. Items before the first heading stand at the top level.
 */

/** One heading or checklist item in document order, as the Markdown plugin records it. */
export interface TocEntry {
  kind: 'heading' | 'item';
  /** Heading depth (2, 3); 0 for items. */
  depth: number;
  id: string;
  text: string;
}

/** A node of the rendered outline. */
export interface TocNode {
  id: string;
  text: string;
  kind: TocEntry['kind'];
  children: TocNode[];
}

/** Nests the flat entry list: h3 under the h2 before it, items under the heading before them. */
export function buildToc(entries: TocEntry[]): TocNode[] {
  const root: TocNode[] = [];
  let h2: TocNode | undefined;
  let h3: TocNode | undefined;
  for (const entry of entries) {
    const node: TocNode = { id: entry.id, text: entry.text, kind: entry.kind, children: [] };
    if (entry.kind === 'heading' && entry.depth <= 2) {
      root.push(node);
      h2 = node;
      h3 = undefined;
    } else if (entry.kind === 'heading') {
      (h2?.children ?? root).push(node);
      h3 = node;
    } else {
      const parent = h3 ?? h2;
      (parent ? parent.children : root).push(node);
    }
  }
  return root;
}
