/**
 * Everything the page shell shows around a page's content, decided once per page: the sidebar,
 * previous/next, the "On this page" outline, the `<head>` metadata and the search labels.
 * Pure: PageLayout.astro renders what this returns.
 */
import { prevNext, sidebar, type NavPage, type PagesByKind, type SidebarGroup } from './navigation.ts';
import { pageMeta, type PageMeta } from './page-meta.ts';
import { buildToc, type TocEntry, type TocNode } from './toc.ts';
import { placeLabel, type PageKind, type SearchKind } from './page-kinds.ts';
import { shareFolder } from './share-pages.ts';
import { pageCard } from './social-cards.ts';
import { markdownPath, withBase } from './urls.ts';

/** The site as every page's shell needs it. */
export interface SiteNav {
  siteTitle: string;
  pages: PagesByKind;
  /** The previous/next chain (navigation.ts readingChain). */
  chain: NavPage[];
}

/** One page, as its route knows it. */
export interface PageInput {
  title: string;
  description: string;
  /** Site path without base; undefined for a page without a URL of its own (404). */
  path?: string | undefined;
  /** The kind of a content page; undefined for the other routes (indexes, cheat sheet, 404). */
  kind?: PageKind | undefined;
  stage?: number | undefined;
  /** Headings and items in document order, from the Markdown plugin. */
  outline?: TocEntry[] | undefined;
}

export interface RouteData {
  siteTitle: string;
  sidebar: SidebarGroup[];
  prev?: NavPage | undefined;
  next?: NavPage | undefined;
  toc: TocNode[];
  meta: PageMeta;
  /** The Pagefind filters every record of the page carries: its place label and its kind. */
  search: { section: string; kind: SearchKind };
  /** The URL (with base) of the page's Markdown twin: content pages have one, other routes none. */
  markdown?: string | undefined;
  /** Where the page's share pages live (with base), for the copy control; none if it has none. */
  shareFolder?: string | undefined;
}

/** The route data of one page; `site` is the absolute origin and `base` the deploy path. */
export function routeData(nav: SiteNav, page: PageInput, env: { site: string; base: string }): RouteData {
  const path = page.path;
  const kind = page.kind?.search ?? 'page';
  // An example's outline is its five stages and the probes: all of its forty-odd steps, twice on
  // every page (column and phone disclosure), would be too long to scan and cost over a kilobyte.
  const outline = page.kind?.outline === 'sections' ? (page.outline ?? []).filter((entry) => entry.depth === 2) : (page.outline ?? []);
  return {
    siteTitle: nav.siteTitle,
    sidebar: sidebar(path ?? '', nav.pages),
    ...(path ? prevNext(path, nav.chain) : {}),
    toc: buildToc(outline),
    meta: pageMeta({ siteTitle: nav.siteTitle, title: page.title, description: page.description, path, stage: page.stage, card: pageCard(page, nav.siteTitle), ...env }),
    search: { section: placeLabel(kind, page.title, page.stage), kind },
    markdown: page.kind && path ? withBase(markdownPath(path), env.base) : undefined,
    shareFolder: path && page.kind?.share ? withBase(shareFolder(path), env.base) : undefined,
  };
}
