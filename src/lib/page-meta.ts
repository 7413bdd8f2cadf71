/** The `<head>` metadata of a page: title, canonical URL and the sharing (Open Graph / Twitter) tags. */
import { cardAlt, CARD_SIZE, shareCard, type CardSpec } from './social-cards.ts';
import { trimText, type SharePage } from './share-pages.ts';
import { absoluteUrl } from './urls.ts';

export interface PageMetaInput {
  siteTitle: string;
  title: string;
  description: string;
  /** Site path without base; undefined for pages without a URL of their own (404). */
  path?: string | undefined;
  stage?: number | undefined;
  /** Its social card (social-cards.ts pageCard). */
  card: CardSpec;
  site: string;
  base: string;
}

export interface PageMeta {
  title: string;
  canonical?: string;
  /** `[attribute, key, content]` for each `<meta>`: `property` for Open Graph, `name` for Twitter. */
  tags: Array<['property' | 'name', string, string]>;
}

/** Every tag a link preview reads, for a page at `url` (none for a page without one). */
function sharingTags(siteTitle: string, type: string, title: string, description: string, url: string | undefined, image: string, alt: string): PageMeta['tags'] {
  return [
    ['property', 'og:type', type],
    ['property', 'og:site_name', siteTitle],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ...(url ? ([['property', 'og:url', url]] as PageMeta['tags']) : []),
    // No og:image:type: the URL names a PNG, and previews read the type from the response.
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(CARD_SIZE.width)],
    ['property', 'og:image:height', String(CARD_SIZE.height)],
    ['property', 'og:image:alt', alt],
    // X reads the title, description, URL and image from og:* when it finds no twitter:* of its
    // own; each duplicate cost every page bytes of its 20 KiB budget. The card type and the image's
    // alt text have no Open Graph source it reads.
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:image:alt', alt],
  ];
}

/** A title unique per page ("2. High-level … · Site"), and every tag that a link preview reads. */
export function pageMeta({ siteTitle, title, description, path, stage, card, site, base }: PageMetaInput): PageMeta {
  const fullTitle = path === '/' ? siteTitle : `${stage ? `${stage}. ` : ''}${title} · ${siteTitle}`;
  const canonical = path ? absoluteUrl(path, site, base) : undefined;
  const tags = sharingTags(siteTitle, path === '/' ? 'website' : 'article', fullTitle, description, canonical, absoluteUrl(card.path, site, base), cardAlt(card));
  return canonical ? { title: fullTitle, canonical, tags } : { title: fullTitle, tags };
}

/** html-validate's longest `<title>` (.htmlvalidate.mjs); a share page drops its place to stay within it. */
const TITLE_LENGTH = 110;

/**
 * How long `text` is in the built `<title>`, where html-validate measures it: Astro writes `&`,
 * `"`, `<` and `>` as entities (`&quot;` is six characters), so a title of quotes runs longer there.
 */
function htmlLength(text: string): number {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;
}

/**
 * A share page's metadata: the item, with its place, as title (the `<title>` without the place,
 * and cut, when too long); its own URL as og:url (a preview
 * names and links the share URL, not the stage page); its item's card. It has no canonical link:
 * the page says `noindex` instead (see SharePage.astro).
 */
export function shareMeta(share: SharePage, { siteTitle, site, base }: { siteTitle: string; site: string; base: string }): PageMeta {
  const withPlace = `${share.text} · ${share.place}`;
  const card = shareCard(share, siteTitle);
  return {
    title: htmlLength(withPlace) <= TITLE_LENGTH ? withPlace : trimText(share.text, TITLE_LENGTH - (htmlLength(share.text) - share.text.length)),
    tags: sharingTags(siteTitle, 'article', withPlace, share.description, absoluteUrl(share.path, site, base), absoluteUrl(card.path, site, base), cardAlt(card)),
  };
}
