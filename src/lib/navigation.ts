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

/** A sidebar group ("Framework", "Worked examples", "Notes", "Resources") with its links. */
export interface SidebarGroup {
  label: string;
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

/** The sidebar groups, with `current` set on the link whose path is `currentPath`. */
export function sidebar(
  currentPath: string,
  stages: StagePage[],
  notes: NavPage[],
  resources: NavPage[],
  examples: NavPage[],
): SidebarGroup[] {
  const mark = (page: NavPage) => ({ title: page.title, path: page.path, current: page.path === currentPath });
  const byTitle = (a: NavPage, b: NavPage) => a.title.localeCompare(b.title);
  return [
    { label: 'Framework', links: orderStages(stages).map((s) => ({ ...mark(s), number: s.stage })) },
    { label: 'Worked examples', links: [...examples].sort(byTitle).map(mark) },
    { label: 'Notes', links: [...notes].sort(byTitle).map(mark) },
    { label: 'Resources', links: [...resources].sort(byTitle).map(mark) },
  ];
}

/**
 * The reading chain for previous/next: home, the stages in order, then the examples index and
 * each example by title. A reader who finishes stage 5 goes on to see the framework applied.
 */
export function readingChain(home: NavPage, stages: StagePage[], examplesIndex: NavPage, examples: NavPage[]): NavPage[] {
  const byTitle = (a: NavPage, b: NavPage) => a.title.localeCompare(b.title);
  return [home, ...orderStages(stages), ...(examples.length > 0 ? [examplesIndex, ...[...examples].sort(byTitle)] : [])];
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
