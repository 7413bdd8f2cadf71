/** The `<head>` metadata of a page: title, canonical URL and the sharing (Open Graph / Twitter) tags. */
import { absoluteUrl } from './urls.ts';

/** The sharing image in `public/`, 1200 × 630. */
export const SHARE_IMAGE = { path: '/og-image.png', width: 1200, height: 630, alt: 'ML System Design Interview Framework: five stages as checklists' };

export interface PageMetaInput {
  siteTitle: string;
  title: string;
  description: string;
  /** Site path without base; undefined for pages without a URL of their own (404). */
  path?: string | undefined;
  stage?: number | undefined;
  site: string;
  base: string;
}

export interface PageMeta {
  title: string;
  canonical?: string;
  /** `[attribute, key, content]` for each `<meta>`: `property` for Open Graph, `name` for Twitter. */
  tags: Array<['property' | 'name', string, string]>;
}

/** A title unique per page ("2. High-level … · Site"), and every tag that a link preview reads. */
export function pageMeta({ siteTitle, title, description, path, stage, site, base }: PageMetaInput): PageMeta {
  const fullTitle = path === '/' ? siteTitle : `${stage ? `${stage}. ` : ''}${title} · ${siteTitle}`;
  const image = absoluteUrl(SHARE_IMAGE.path, site, base);
  const canonical = path ? absoluteUrl(path, site, base) : undefined;
  const tags: PageMeta['tags'] = [
    ['property', 'og:type', path === '/' ? 'website' : 'article'],
    ['property', 'og:site_name', siteTitle],
    ['property', 'og:title', fullTitle],
    ['property', 'og:description', description],
    ...(canonical ? ([['property', 'og:url', canonical]] as PageMeta['tags']) : []),
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(SHARE_IMAGE.width)],
    ['property', 'og:image:height', String(SHARE_IMAGE.height)],
    ['property', 'og:image:alt', SHARE_IMAGE.alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', fullTitle],
    ['name', 'twitter:description', description],
    ...(canonical ? ([['name', 'twitter:url', canonical]] as PageMeta['tags']) : []),
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', SHARE_IMAGE.alt],
  ];
  return canonical ? { title: fullTitle, canonical, tags } : { title: fullTitle, tags };
}
