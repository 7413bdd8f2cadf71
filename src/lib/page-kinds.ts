/**
 * Every kind of page that comes from content, and what it means everywhere else: its collection and
 * URL folder, its sidebar group, its search kind, where it sits in the previous/next chain, and
 * whether it lists "Referenced from" or applies checklist items. Navigation, search records, routes
 * and the content checks read this table; adding a kind of page is a row here, a route and content.
 */
import { STRINGS } from './strings.ts';

/** A content collection that pages are made from (src/content.config.ts). */
export type PageCollection = 'home' | 'framework' | 'notes' | 'resources' | 'examples';

/** What a page is to search ranking: stored as the Pagefind filter `kind` on every record of the page. */
export type SearchKind = 'framework' | 'example' | 'note' | 'resource' | 'page';

/** A sidebar group's key (its element id is `sidebar-<key>`). */
export type SidebarGroupKey = keyof typeof STRINGS.sidebar;

/** One kind of page. */
export interface PageKind {
  collection: PageCollection;
  /** The folder under content/ (and of the URL); '' for the home page. */
  folder: string;
  search: SearchKind;
  /**
   * The group that lists these pages, and how it orders them; none for the home page. A collapsed
   * group shows only its label (a link to its index) except on its own pages: every page carries
   * the sidebar, and listing every note and resource on each cost over 400 bytes of its 20 KiB.
   */
  sidebar?: { group: SidebarGroupKey; order: 'stage' | 'title'; collapsed?: boolean };
  /**
   * The index page that lists every page of the kind, linked from the group's label: a plain list
   * of titles and descriptions (src/pages/[section]/index.astro), or a page of its own.
   */
  index?: { path: string; page: 'list' | 'own' };
  /** Where the kind sits in the previous/next chain: home → stages 1–5 → examples index → examples. */
  chain?: 'home' | 'stages' | 'examples';
  /** Ends with "Referenced from": the checklist items that link to the page. */
  referencedFrom: boolean;
  /** Its steps apply checklist items (a step's opening link), which stage pages list as "Applied in". */
  appliesItems: boolean;
  /** "On this page": every heading and item, or only the `## ` sections. */
  outline: 'all' | 'sections';
  /**
   * Which of its anchors get a share page of their own (src/lib/share-pages.ts), a URL that link
   * previews show as that anchor: its checklist items, or its `### ` steps. None if absent.
   */
  share?: 'items' | 'steps';
}

/** The table, in sidebar order. */
export const PAGE_KINDS: Readonly<Record<PageCollection, PageKind>> = {
  home: { collection: 'home', folder: '', search: 'page', chain: 'home', referencedFrom: false, appliesItems: false, outline: 'all' },
  framework: {
    collection: 'framework',
    folder: 'framework',
    search: 'framework',
    sidebar: { group: 'framework', order: 'stage' },
    chain: 'stages',
    referencedFrom: false,
    appliesItems: false,
    outline: 'all',
    share: 'items',
  },
  examples: {
    collection: 'examples',
    folder: 'examples',
    search: 'example',
    sidebar: { group: 'worked-examples', order: 'title' },
    index: { path: '/examples/', page: 'own' },
    chain: 'examples',
    referencedFrom: false,
    appliesItems: true,
    outline: 'sections',
    share: 'steps',
  },
  notes: {
    collection: 'notes',
    folder: 'notes',
    search: 'note',
    sidebar: { group: 'notes', order: 'title', collapsed: true },
    index: { path: '/notes/', page: 'list' },
    referencedFrom: true,
    appliesItems: false,
    outline: 'all',
    share: 'items',
  },
  resources: {
    collection: 'resources',
    folder: 'resources',
    search: 'resource',
    sidebar: { group: 'resources', order: 'title', collapsed: true },
    index: { path: '/resources/', page: 'list' },
    referencedFrom: true,
    appliesItems: false,
    outline: 'all',
  },
};

/** The kinds in sidebar order. */
// Marked pure so that browser bundles importing only SEARCH_RANK leave the table out.
export const KINDS: readonly PageKind[] = /* @__PURE__ */ Object.values(PAGE_KINDS);

/** The order of search kinds at equal match: items, example steps, notes, resources, other pages. */
export const SEARCH_RANK: Readonly<Record<SearchKind, number>> = { framework: 0, example: 1, note: 2, resource: 3, page: 4 };

/** The kind of a content file, from its path relative to content/ (`notes/x.mdx` → notes). */
export function kindOfFile(relativeFile: string): PageKind {
  const folder = relativeFile.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
  const kind = KINDS.find((k) => k.folder === folder);
  if (!kind) throw new Error(`content/${relativeFile}: no kind of page lives in content/${folder}/ (see src/lib/page-kinds.ts).`);
  return kind;
}

/**
 * The label of a page's place in the site, as search results and "Referenced from" show it:
 * "2 · High-level system architecture", "Note · Goodhart's law", or just the title.
 */
export function placeLabel(kind: SearchKind, title: string, stage?: number): string {
  if (kind === 'framework' && stage !== undefined) return `${stage} · ${title}`;
  if (kind === 'example' || kind === 'note' || kind === 'resource') return `${STRINGS.searchLabel[kind]} · ${title}`;
  return title;
}
