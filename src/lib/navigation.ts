import { KINDS, type PageCollection, type PageKind, type SidebarGroupKey } from './page-kinds.ts';
import { STRINGS } from './strings.ts';

/**
 * Navigation decided from content data: the ordered stage list, the sidebar tree and the
 * previous/next chain (home → 1 → … → 5 → worked examples). Components only render what these return.
 */

/** A page as navigation sees it. */
export interface NavPage {
  title: string;
  /** Site path without base, e.g. `/framework/modeling/`. */
  path: string;
}

/** A framework stage page. */
export interface StagePage extends NavPage {
  stage: number;
  /** Where the stage came from, for error messages. */
  file: string;
}

/** The pages of each kind, as navigation sees them (stages carry their number). */
export type PagesByKind = Partial<Record<PageCollection, NavPage[]>> & { framework?: StagePage[] };

/** A sidebar group with its links; `key` is for code and ids, `label` for the reader. */
export interface SidebarGroup {
  key: SidebarGroupKey;
  label: string;
  /** The index page its label links to, if the kind has one. */
  indexPath?: string | undefined;
  /** Stages are an ordered list; the other groups are not. */
  ordered: boolean;
  links: Array<NavPage & { number?: number; current: boolean }>;
}

/**
 * Sorts stages by number and checks that they run 1, 2, … without gaps or repeats,
 * so that a wrong `stage:` in frontmatter fails the build instead of reordering the site.
 */
export function orderStages(stages: StagePage[]): StagePage[] {
  const sorted = [...stages].sort((a, b) => a.stage - b.stage);
  sorted.forEach((page, index) => {
    if (page.stage !== index + 1) {
      const clash = sorted.find((other) => other !== page && other.stage === page.stage);
      const why = clash ? `also used by ${clash.file}` : `expected stage ${index + 1}`;
      throw new Error(`${page.file}: frontmatter "stage: ${page.stage}" is wrong (${why}).`);
    }
  });
  return sorted;
}

const byTitle = (a: NavPage, b: NavPage) => a.title.localeCompare(b.title);

/** A kind's pages in its order: stages by number, the rest by title. */
function ordered(kind: PageKind, pages: PagesByKind): Array<NavPage & { stage?: number }> {
  if (kind.collection === 'framework') return orderStages(pages.framework ?? []);
  return [...(pages[kind.collection] ?? [])].sort(byTitle);
}

/**
 * The sidebar groups, one per kind that has one (src/lib/page-kinds.ts), `current` set on the link
 * whose path is `currentPath`. A collapsed kind (notes, resources) lists its pages only on its own
 * pages, unless `whole` asks for every group in full (llms.txt lists them all).
 */
export function sidebar(currentPath: string, pages: PagesByKind, { whole = false } = {}): SidebarGroup[] {
  return KINDS.flatMap((kind) => {
    if (!kind.sidebar) return [];
    const own = currentPath === kind.index?.path || currentPath.startsWith(`/${kind.folder}/`);
    if (kind.sidebar.collapsed && !own && !whole) return [{ key: kind.sidebar.group, label: STRINGS.sidebar[kind.sidebar.group], indexPath: kind.index?.path, ordered: false, links: [] }];
    const links = ordered(kind, pages).map((page) => ({
      title: page.title,
      path: page.path,
      current: page.path === currentPath,
      ...(page.stage !== undefined ? { number: page.stage } : {}),
    }));
    const { group } = kind.sidebar;
    return [{ key: group, label: STRINGS.sidebar[group], indexPath: kind.index?.path, ordered: kind.sidebar.order === 'stage', links }];
  });
}

/**
 * The reading chain for previous/next, from the kinds that have a place in it: home, the stages in
 * order, then the examples index and each example by title. A reader who finishes stage 5 goes on
 * to see the framework applied. A kind with an index page but no pages adds neither.
 */
export function readingChain(pages: PagesByKind): NavPage[] {
  return KINDS.filter((kind) => kind.chain).flatMap((kind) => {
    const list = ordered(kind, pages);
    const index = kind.index && list.length > 0 ? [{ title: indexTitle(kind), path: kind.index.path }] : [];
    return [...index, ...list];
  });
}

/** The title of a kind's index page. */
export function indexTitle(kind: PageKind): string {
  const key = kind.collection as keyof typeof STRINGS.index;
  return STRINGS.index[key]?.title ?? kind.collection;
}

/** The previous and next pages of `currentPath` in the reading chain; undefined at either end or off the chain. */
export function prevNext(
  currentPath: string,
  chain: NavPage[],
): { prev?: NavPage | undefined; next?: NavPage | undefined } {
  const index = chain.findIndex((page) => page.path === currentPath);
  if (index === -1) return {};
  return { prev: chain[index - 1], next: chain[index + 1] };
}
