/**
 * Share pages: one small page for each checklist item and each worked-example step, at a path of
 * its own, `/i/<page slug>/<id>/` (`/i/modeling/set-baselines-to-beat/`). A link preview fetches
 * a URL without its `#fragment` and runs no script, so an item's `#id` link previews as its whole
 * page; a share page's HTML names the item itself (title, description, card), shows it, and sends
 * the browser on to `<page>#<id>` at once. Which anchors of a kind get one is the kind's `share`
 * (page-kinds.ts). A former id (`was #old-id`) gets one too, landing on the renamed item, so a
 * share link never breaks when its item is reworded.
 *
 * The shape: short (one letter, the page's last URL segment, the id), stable (ids are published
 * and kept, content/published-anchors.json), and unique: two pages with share pages may not end in
 * the same segment (the build fails naming both).
 */
import { STRINGS } from './strings.ts';
import type { PageCollection, PageKind } from './page-kinds.ts';

/** The folder every share page lives under (site path, without base). */
export const SHARE_ROOT = '/i/';

/** A page's share folder: `/framework/modeling/` → `/i/modeling/`. */
export function shareFolder(pagePath: string): string {
  const slug = pagePath.split('/').filter(Boolean).at(-1);
  if (!slug) throw new Error(`The home page has no share pages (asked for "${pagePath}").`);
  return `${SHARE_ROOT}${slug}/`;
}

/** The share page of one anchor of a page: `/i/modeling/set-baselines-to-beat/`. */
export function sharePath(pagePath: string, id: string): string {
  return `${shareFolder(pagePath)}${id}/`;
}

/** Whether a site path (without base) is a share page: these stay out of the sitemap and search. */
export function isSharePath(path: string): boolean {
  return path.startsWith(SHARE_ROOT);
}

/** Whether an absolute URL of the site at `base` is a share page (for the sitemap's filter). */
export function isShareUrl(url: string, base: string): boolean {
  const path = new URL(url).pathname;
  return path.startsWith(base) && isSharePath(`/${path.slice(base.length)}`);
}

/** A page that has share pages, with the anchors that get one (its items or its steps). */
export interface ShareSource {
  path: string;
  title: string;
  kind: PageKind;
  stage?: number | undefined;
  anchors: Array<{ id: string; formerIds: string[]; text: string; details: string[] }>;
}

/** One share page. */
export interface SharePage {
  /** Its own path: `/i/modeling/set-baselines-to-beat/`. */
  path: string;
  /** Where it sends the browser: the page and the anchor's current id. */
  target: string;
  /** The item's bold text or the step's heading. */
  text: string;
  /** The item's sub-bullets or the step's first paragraph, as plain text. */
  details: string[];
  /** What previews quote: the first of the details, trimmed. */
  description: string;
  /** The page it belongs to, as previews name it: "Stage 4: Modeling". */
  place: string;
  /** The words of its link to the target: "Open in the checklist". */
  openLabel: string;
  /** The share path of the anchor's current id: the same as `path` but for a former id. */
  current: string;
  /** The page the anchor is on. */
  page: { path: string; title: string; kind: PageKind; stage?: number | undefined };
}

/** Where an anchor lives, as a preview names it: "Stage 4: Modeling", "Worked example: Search ranking". */
export function sharePlace(collection: PageCollection, title: string, stage?: number): string {
  if (collection === 'framework' && stage !== undefined) return `${STRINGS.share.place.framework} ${stage}: ${title}`;
  const label = STRINGS.share.place[collection as keyof typeof STRINGS.share.place];
  return label ? `${label}: ${title}` : title;
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/** What a preview quotes of an anchor (og:description): its first detail, at most this long. */
export const DESCRIPTION_LENGTH = 200;

/**
 * Every share page of the given pages, in order: each anchor's, then its former ids'. Throws when
 * two pages would share a folder (their last URL segments are the same).
 */
export function sharePages(sources: ShareSource[]): SharePage[] {
  const owners = new Map<string, string>();
  const pages: SharePage[] = [];
  for (const source of sources) {
    if (!source.kind.share) continue;
    const folder = shareFolder(source.path);
    const owner = owners.get(folder);
    if (owner) throw new Error(`${owner} and ${source.path} would share the share-page folder ${folder}: rename one of the two files.`);
    owners.set(folder, source.path);
    const place = sharePlace(source.kind.collection, source.title, source.stage);
    const openLabel = STRINGS.share.open[source.kind.collection as keyof typeof STRINGS.share.open] ?? STRINGS.share.open.framework;
    for (const anchor of source.anchors) {
      const current = sharePath(source.path, anchor.id);
      const common = {
        target: `${source.path}#${anchor.id}`,
        text: anchor.text,
        details: anchor.details,
        description: trimText(anchor.details[0] ?? place, DESCRIPTION_LENGTH),
        place,
        openLabel,
        current,
        page: { path: source.path, title: source.title, kind: source.kind, stage: source.stage },
      };
      pages.push({ path: current, ...common });
      for (const formerId of anchor.formerIds) pages.push({ path: sharePath(source.path, formerId), ...common });
    }
  }
  return pages;
}
