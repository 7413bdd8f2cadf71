/**
 * Reads the content collections once and shapes them for navigation. The decisions live in
 * navigation.ts and urls.ts; this module only connects them to Astro's content layer.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readContent, type GraphPage } from '../markdown/content-graph.ts';
import { gitIn, lastCommitDates } from './last-updated.ts';
import { orderStages, readingChain, type NavPage, type StagePage } from './navigation.ts';
import { editUrl, repositoryFromEnv } from './repository.ts';
import { stageItems, type StageItems } from './stage-items.ts';
import { pathForContentFile } from './urls.ts';

/** Any page that comes from a content file. */
export type ContentEntry =
  | CollectionEntry<'home'>
  | CollectionEntry<'framework'>
  | CollectionEntry<'notes'>
  | CollectionEntry<'resources'>
  | CollectionEntry<'examples'>;

/** The site path (without base) of a content entry, from its file name. */
export function pathOf(entry: ContentEntry): string {
  if (!entry.filePath) throw new Error(`Content entry "${entry.id}" has no file path.`);
  return pathForContentFile(entry.filePath.replace(/^content\//, ''));
}

/** The index page of the worked examples (src/pages/examples/index.astro). */
export const EXAMPLES_INDEX: NavPage = { title: 'Worked examples', path: '/examples/' };

/** Everything navigation needs, computed from the collections. */
export async function siteData() {
  const [home, framework, notes, resources, examples] = await Promise.all([
    getCollection('home'),
    getCollection('framework'),
    getCollection('notes'),
    getCollection('resources'),
    getCollection('examples'),
  ]);
  const stages: StagePage[] = orderStages(
    framework.map((entry) => ({
      title: entry.data.title,
      stage: entry.data.stage,
      path: pathOf(entry),
      file: entry.filePath ?? entry.id,
    })),
  );
  const toNav = (entry: ContentEntry): NavPage => ({ title: entry.data.title, path: pathOf(entry) });
  const homePage = home[0];
  if (!homePage) throw new Error('content/index.mdx is missing: the home page has no content.');
  return {
    entries: [...home, ...framework, ...notes, ...resources, ...examples] as ContentEntry[],
    stages,
    notes: notes.map(toNav),
    resources: resources.map(toNav),
    examples: examples.map(toNav),
    /** The reading order for previous/next: home, stages 1 to 5, then the worked examples. */
    chain: readingChain(toNav(homePage), stages, EXAMPLES_INDEX, examples.map(toNav)),
    resourceEntries: resources,
    noteEntries: notes,
    exampleEntries: examples,
  };
}

/** The content folder read as data (anchors and item links of every page); see content-graph.ts. */
export function contentPages(): GraphPage[] {
  return readContent(path.resolve('content'));
}

/** The five stages in order, each with its checklist items: what the cheat sheet and practice mode list. */
export async function stagesWithItems(): Promise<StageItems[]> {
  const { stages } = await siteData();
  const itemsByPath = new Map(contentPages().map((page) => [page.path, page.anchors.filter((anchor) => anchor.kind === 'item')]));
  return stageItems(stages, itemsByPath, import.meta.env.BASE_URL);
}

let commitDates: Map<string, string> | undefined;
const repository = repositoryFromEnv(process.env);

/**
 * What the article's footer says about a content file: when it last changed (from git, read once
 * per build for every file) and where to edit it (when REPOSITORY_URL is set). Either may be missing.
 */
export function pageHistory(entry: ContentEntry): { updated?: string | undefined; editUrl?: string | undefined } {
  if (!entry.filePath) return {};
  commitDates ??= lastCommitDates(gitIn(process.cwd()));
  return { updated: commitDates.get(entry.filePath), editUrl: repository && editUrl(repository, entry.filePath) };
}
