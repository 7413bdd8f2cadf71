/**
 * Where every id of the site lives, for the notice shown when a link's fragment is not on the page
 * it opened (an id of stage 3 opened on stage 5): the build writes it as /anchor-index.json, and
 * the notice's code fetches it only then. Pure: shaped here, fetched in the fragment notice.
 */

/** The file: each page once, then each id with the pages (by index) and titles it lands on. */
export interface AnchorIndex {
  pages: Array<{ path: string; label: string }>;
  /** id → [page index, title of the heading or item it lands on] for each page that has it. */
  ids: Record<string, Array<[number, string]>>;
}

/** A page's anchors as the content graph reads them. */
export interface IndexedPage {
  path: string;
  label: string;
  anchors: ReadonlyArray<{ id: string; formerIds: readonly string[]; text: string }>;
}

/** The index of the pages' ids and former ids. */
export function anchorIndex(pages: readonly IndexedPage[]): AnchorIndex {
  const ids: AnchorIndex['ids'] = {};
  pages.forEach((page, index) => {
    for (const anchor of page.anchors) {
      for (const id of [anchor.id, ...anchor.formerIds]) (ids[id] ??= []).push([index, anchor.text]);
    }
  });
  return { pages: pages.map(({ path, label }) => ({ path, label })), ids };
}

/** The places other than `currentPath` where `wanted` (or the same id in another case) lands. */
export function elsewhere(index: AnchorIndex, wanted: string, currentPath: string): Array<{ path: string; id: string; label: string; title: string }> {
  const folded = wanted.toLowerCase();
  const id = wanted in index.ids ? wanted : Object.keys(index.ids).find((key) => key.toLowerCase() === folded);
  if (id === undefined) return [];
  return index.ids[id]!.flatMap(([page, title]) => {
    const { path, label } = index.pages[page]!;
    return path === currentPath ? [] : [{ path, id, label, title }];
  });
}

/** A fragment as the notice quotes it: at most `max` characters, an ellipsis after a longer one. */
export function quoted(fragment: string, max = 60): string {
  return fragment.length > max ? `${fragment.slice(0, max)}…` : fragment;
}
