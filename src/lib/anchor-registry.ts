/**
 * The published anchors: every page's heading and item ids that have been published, kept in a
 * committed file so that an edit can never silently break a link someone already shared.
 */

/** Site path → ids published on that page. */
export type AnchorRegistry = Record<string, string[]>;

/** What a page offers today: the file it comes from, its ids, and the former ids that still land. */
export interface CurrentPage {
  file: string;
  ids: string[];
  formerIds: string[];
}

/** A published id that no longer lands anywhere. */
export interface LostAnchor {
  path: string;
  id: string;
  /** The content file of the page, when the page still exists. */
  file?: string;
}

/** Published ids that are neither a current id nor a declared former id of their page. */
export function lostAnchors(published: AnchorRegistry, current: Record<string, CurrentPage>): LostAnchor[] {
  const lost: LostAnchor[] = [];
  for (const [path, ids] of Object.entries(published)) {
    const page = current[path];
    const landing = new Set([...(page?.ids ?? []), ...(page?.formerIds ?? [])]);
    for (const id of ids) {
      if (!landing.has(id)) lost.push(page ? { path, id, file: page.file } : { path, id });
    }
  }
  return lost;
}

/** Current ids that the registry does not record yet. */
export function unpublishedAnchors(published: AnchorRegistry, current: Record<string, CurrentPage>): Array<{ path: string; id: string }> {
  return Object.entries(current).flatMap(([path, page]) => {
    const known = new Set(published[path] ?? []);
    return page.ids.filter((id) => !known.has(id)).map((id) => ({ path, id }));
  });
}

/** The registry after publishing the current ids: nothing published is ever dropped. Sorted for stable diffs. */
export function publish(published: AnchorRegistry, current: Record<string, CurrentPage>): AnchorRegistry {
  const paths = [...new Set([...Object.keys(published), ...Object.keys(current)])].sort();
  return Object.fromEntries(
    paths.map((path) => [path, [...new Set([...(published[path] ?? []), ...(current[path]?.ids ?? [])])].sort()]),
  );
}

/** A message for lost anchors that says, per anchor, how to fix it. */
export function describeLost(lost: LostAnchor[], registryFile: string): string {
  const lines = lost.map(({ path, id, file }) =>
    file
      ? `  - "#${id}" on ${path} (${file}): if the item or heading was renamed, add {/* was #${id} */} to it.`
      : `  - "#${id}" on ${path}: the page itself is gone.`,
  );
  return [
    `${lost.length} published anchor(s) no longer exist, so links that people already shared would break:`,
    ...lines,
    `If removing one is intended, delete it from ${registryFile}.`,
  ].join('\n');
}
