/**
 * What one share page (src/lib/share-pages.ts) shows, every value as plain text before escaping:
 * SharePage.astro renders it, and the build writes the same values into the rendered share-page
 * template (src/build/share-page-files.ts), so a share page is the same whichever way it was made.
 */
import { shareMeta, type PageMeta } from './page-meta.ts';
import type { SharePage } from './share-pages.ts';
import { withBase } from './urls.ts';

/** A share page's variable parts; the rest of the page is the same on every share page. */
export interface ShareView {
  /** The `<title>`. */
  title: string;
  /** Its sharing tags (page-meta.ts): every share page has the same attributes and keys, in the same order. */
  tags: PageMeta['tags'];
  /** The `description` meta. */
  description: string;
  /** Where the page sends the browser, with base: the meta refresh's URL and the link's href. */
  target: string;
  place: string;
  /** The `<h1>`: the item's bold text or the step's heading. */
  text: string;
  /** The list under the heading; no list when empty. */
  details: string[];
  /** The words of the link on to the target. */
  openLabel: string;
}

/** The view of one share page of the site at `site` and `base`. */
export function shareView(share: SharePage, { siteTitle, site, base }: { siteTitle: string; site: string; base: string }): ShareView {
  const meta = shareMeta(share, { siteTitle, site, base });
  return {
    title: meta.title,
    tags: meta.tags,
    description: share.description,
    target: withBase(share.target, base),
    place: share.place,
    text: share.text,
    details: share.details,
    openLabel: share.openLabel,
  };
}
