/**
 * Reads the content collections once per build and shapes them for the page shell. What each kind
 * of page means is in page-kinds.ts, the decisions in navigation.ts and route-data.ts; this module
 * only connects them to Astro's content layer.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readContent, type GraphPage } from '../markdown/content-graph.ts';
import { gitIn, lastCommitDates } from './last-updated.ts';
import { orderStages, readingChain, type NavPage, type PagesByKind, type StagePage } from '../lib/navigation.ts';
import { editUrl, repositoryFromEnv } from '../lib/repository.ts';
import { stageItems, type StageItems } from '../lib/stage-items.ts';
import { pathForContentFile } from '../lib/urls.ts';
import { KINDS, PAGE_KINDS, type PageCollection, type PageKind } from '../lib/page-kinds.ts';
import { routeData, type PageInput, type RouteData, type SiteNav } from '../lib/route-data.ts';
import { shareSources } from './share-sources.ts';
import { sharePages, type SharePage } from '../lib/share-pages.ts';

/** Any page that comes from a content file. */
export type ContentEntry = CollectionEntry<PageCollection>;

/** The site path (without base) of a content entry, from its file name. */
export function pathOf(entry: ContentEntry): string {
  if (!entry.filePath) throw new Error(`Content entry "${entry.id}" has no file path.`);
  return pathForContentFile(entry.filePath.replace(/^content\//, ''));
}

/** The kind of a content entry. */
export function kindOf(entry: ContentEntry): PageKind {
  return PAGE_KINDS[entry.collection];
}

type Entries = { [C in PageCollection]: Array<CollectionEntry<C>> };
let read: Promise<{ entries: Entries; nav: SiteNav; stages: StagePage[] }> | undefined;

/** Every content entry by kind, with the navigation built from them; read once per build. */
export function siteData() {
  // Kept for the whole build; `astro dev` reads again each time, so an edited file shows at once.
  if (!import.meta.env.PROD) read = undefined;
  read ??= (async () => {
    const lists = await Promise.all(KINDS.map((kind) => getCollection(kind.collection)));
    const entries = Object.fromEntries(KINDS.map((kind, i) => [kind.collection, lists[i]])) as Entries;
    const stages: StagePage[] = orderStages(
      entries.framework.map((entry) => ({ title: entry.data.title, stage: entry.data.stage, path: pathOf(entry), file: entry.filePath ?? entry.id })),
    );
    const toNav = (entry: ContentEntry): NavPage => ({ title: entry.data.title, path: pathOf(entry) });
    const pages: PagesByKind = Object.fromEntries(KINDS.map((kind) => [kind.collection, kind.collection === 'framework' ? stages : entries[kind.collection].map(toNav)]));
    const homePage = entries.home[0];
    if (!homePage) throw new Error('content/index.mdx is missing: the home page has no content.');
    return { entries, stages, nav: { siteTitle: homePage.data.title, pages, chain: readingChain(pages) } };
  })();
  return read;
}

/** Every content entry, in the table's order: what `[...slug].astro` renders. */
export async function contentEntries(): Promise<ContentEntry[]> {
  const { entries } = await siteData();
  return KINDS.flatMap((kind) => entries[kind.collection] as ContentEntry[]);
}

/** The route data of one page (route-data.ts), for the page shell. */
export async function pageRouteData(page: PageInput, site: URL | undefined): Promise<RouteData> {
  const { nav } = await siteData();
  if (!site) throw new Error('astro.config.mjs sets no `site`: canonical links and link previews need it.');
  return routeData(nav, page, { site: site.href, base: import.meta.env.BASE_URL });
}

/** The content folder read as data (anchors and item links of every page); see content-graph.ts. */
export function contentPages(): GraphPage[] {
  return readContent(path.resolve('content'));
}

/** Every share page (src/lib/share-pages.ts), from the content folder read as data. */
export function allSharePages(): SharePage[] {
  return sharePages(shareSources(contentPages()));
}

/** The five stages in order, each with its checklist items: what the cheat sheet and practice mode list. */
export async function stagesWithItems(): Promise<StageItems[]> {
  const { stages } = await siteData();
  const itemsByPath = new Map(contentPages().map((page) => [page.path, page.anchors.filter((anchor) => anchor.kind === 'item')]));
  return stageItems(stages, itemsByPath, import.meta.env.BASE_URL);
}

/**
 * The practice prompts, each with its closest example's entry. A prompt that names an example with
 * no file in content/examples/ fails the build, naming the prompt and the examples there are.
 */
export async function promptsWithExamples() {
  const { entries } = await siteData();
  const bySlug = new Map(entries.examples.map((example) => [example.id, example]));
  return (await getCollection('prompts')).map(({ id, data }) => {
    const example = bySlug.get(data.example);
    if (!example) throw new Error(`content/prompts.json: prompt "${id}" names example "${data.example}", which is not in content/examples/ (there are: ${[...bySlug.keys()].sort().join(', ')}).`);
    return { id, data, example };
  });
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
