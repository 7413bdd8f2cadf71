/**
 * The Markdown side of the site, made once per build: the twin of every content page
 * (markdown-twin.ts), `/llms.txt` and `/llms-full.txt` (llms-txt.ts), and what the "Practise with
 * an assistant" prompt needs. Titles, descriptions, facts and the order of pages come from the
 * content collections, as the web pages' do (site-data.ts); the content comes from the MDX files.
 * The routes that write them: src/pages/[...slug].md.ts, [...slug].items.json.ts, llms.txt.ts,
 * llms-full.txt.ts and assistant-practice.json.ts. A build whose inputs are those of an earlier
 * one takes that build's Markdown from the cache instead (twin-cache.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PhrasingContent } from 'mdast';
import { sidebar, type StagePage } from '../lib/navigation.ts';
import { PAGE_KINDS } from '../lib/page-kinds.ts';
import { publishedLabel } from '../lib/published-date.ts';
import { absoluteUrl, markdownPath } from '../lib/urls.ts';
import type { AssistantPractice } from '../features/assistant-prompt/assistant-prompt.ts';
import { appliedItems } from './applied-items.ts';
import { llmsFullTxt, llmsTxt, type LlmsLink } from './llms-txt.ts';
import { markdownTwin, type Twin, type TwinPage } from './markdown-twin.ts';
import { contentEntries, contentPages, pathOf, promptsWithExamples, siteData, type ContentEntry } from './site-data.ts';
import { madeTwins, takeTwins, twinsKey, type StoredTwins } from './twin-cache.ts';

/** A content page with its twin, as build() makes it. */
interface TwinnedPage {
  entry: ContentEntry;
  /** Site path of the page, without base. */
  path: string;
  twin: Twin;
}

/**
 * Everything Markdown the build writes: each page's twin by site path (without base), llms.txt,
 * llms-full.txt and the practice data. What the cache keeps, so no tree and no content entry.
 */
export type SiteTwins = StoredTwins;

const CONTENT_DIR = path.resolve('content');

/** Stage links as a twin's facts show them: "1. Clarify and gather requirements", linked, comma-separated. */
function stageLinks(numbers: readonly number[], stages: StagePage[], url: (path: string) => string): PhrasingContent[] {
  return stages
    .filter((stage) => numbers.includes(stage.stage))
    .flatMap((stage, index): PhrasingContent[] => [
      ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
      { type: 'link', url: url(stage.path), children: [{ type: 'text', value: `${stage.stage}. ${stage.title}` }] },
    ]);
}

/** What a page shows above its content, as twin facts. */
function factsOf(entry: ContentEntry, stages: StagePage[], url: (path: string) => string): TwinPage['facts'] {
  const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];
  if (entry.collection === 'examples') {
    return [
      { label: 'Problem', value: text(entry.data.problem) },
      { label: 'Shape', value: text(entry.data.shape) },
      { label: 'Stresses', value: stageLinks(entry.data.stresses, stages, url) },
    ];
  }
  if (entry.collection === 'resources') {
    return [
      { label: 'Author', value: text(entry.data.author) },
      { label: 'Published', value: text(publishedLabel(entry.data.published)) },
      { label: 'Helps with', value: stageLinks(entry.data.stages, stages, url) },
      { label: 'Link', value: [{ type: 'link', url: entry.data.url, children: text(entry.data.title) }] },
    ];
  }
  return undefined;
}

/** The twin's `#` heading: a stage carries its number, as on its web page. */
function headingOf(entry: ContentEntry): string {
  return entry.collection === 'framework' ? `Stage ${entry.data.stage}: ${entry.data.title}` : entry.data.title;
}

/** Makes every twin, llms.txt, llms-full.txt and the practice data for the site at `site` and `base`. */
async function build(site: string, base: string): Promise<SiteTwins> {
  const { nav, stages, entries } = await siteData();
  const url = (sitePath: string) => absoluteUrl(sitePath, site, base);
  const pages = (await contentEntries()).map((entry): TwinnedPage => {
    if (!entry.filePath) throw new Error(`Content entry "${entry.id}" has no file path.`);
    const file = path.resolve(entry.filePath);
    const pagePath = pathOf(entry);
    const page: TwinPage = {
      file,
      source: readFileSync(file, 'utf8'),
      path: pagePath,
      heading: headingOf(entry),
      description: entry.data.description,
      facts: factsOf(entry, stages, url),
    };
    return { entry, path: pagePath, twin: markdownTwin(page, { contentDir: CONTENT_DIR, site, base }) };
  });
  const byPath = new Map(pages.map((page) => [page.path, page]));

  // llms.txt's sections are the sidebar's groups, in its order; llms-full.txt has them but resources.
  const groups = sidebar('', nav.pages, { whole: true }).map((group) => ({
    ...group,
    pages: group.links.map((link) => byPath.get(link.path)).filter((page) => page !== undefined),
  }));
  const linkTo = (page: TwinnedPage): LlmsLink => ({ title: headingOf(page.entry), url: url(markdownPath(page.path)), description: page.entry.data.description });
  const home = byPath.get('/');
  if (!home) throw new Error('content/index.mdx is missing: llms.txt takes its summary from the home page.');
  const summary = home.entry.data.description;
  const resourcesGroup = PAGE_KINDS.resources.sidebar?.group;
  const llms = llmsTxt({
    title: nav.siteTitle,
    summary,
    details: [
      'Each stage is a checklist. An item is a bold question or imperative that the candidate raises in the interview, with sub-bullets (examples, why it matters) and italic hints where it feeds a later stage. Worked examples walk one interview problem through the five stages, each step opening with a link to the item it applies. Notes explain the ideas that items lean on; resources are the references behind the framework.',
      'Each link below is the Markdown version of a web page: the same address without ".md", ending in "/", is the page itself, and an item link ("…/#item-id") lands on that one item.',
    ],
    sections: groups.map((group) => ({ label: group.label, links: group.pages.map(linkTo) })),
    optional: [
      { title: 'Introduction', url: url(markdownPath('/')), description: 'How the framework came about and how to use it in an interview, with the outline of the five stages.' },
      { title: 'Everything in one file', url: url('/llms-full.txt'), description: 'The five stages, the worked examples and the notes, in reading order.' },
    ],
  });
  const full = llmsFullTxt(
    { title: nav.siteTitle, summary },
    'The five stages of the framework, then the worked examples, then the notes, each as the Markdown version of its web page (linked under its title).',
    groups.filter((group) => group.key !== resourcesGroup).flatMap((group) => group.pages.map((page) => page.twin.tree)),
  );

  // The prompt for an assistant: each example's problem and the items its steps apply, with their links.
  const graph = contentPages();
  const graphOf = (file: string) => {
    const page = graph.find((candidate) => candidate.file === path.resolve(file));
    if (!page) throw new Error(`${file} is not in the content graph.`);
    return page;
  };
  const stagePages = stages.map((stage) => ({ stage: stage.stage, page: graphOf(stage.file) }));
  const practice: AssistantPractice = {
    siteTitle: nav.siteTitle,
    stages: stages.map((stage) => ({ stage: stage.stage, title: stage.title })),
    examples: Object.fromEntries(
      entries.examples.map((example) => [
        example.id,
        {
          title: example.data.title,
          url: url(pathOf(example)),
          problem: example.data.problem,
          items: appliedItems(graphOf(example.filePath!), stagePages).map((item) => ({
            stage: item.stage,
            text: item.text,
            url: `${url(stages.find((stage) => stage.stage === item.stage)!.path)}#${item.id}`,
          })),
        },
      ]),
    ),
    prompts: Object.fromEntries((await promptsWithExamples()).map(({ id, data }) => [id, { problem: data.prompt, example: data.example }])),
  };
  return { pages: pages.map(({ path, twin }) => ({ path, twin: { markdown: twin.markdown, items: twin.items } })), llmsTxt: llms, llmsFullTxt: full, practice };
}

/**
 * The site's Markdown from the cache when an earlier build had the same inputs (twin-cache.ts),
 * made otherwise. The key reads what build() reads: the collections (titles, descriptions, facts,
 * order, prompts) and, through twinsKey, every file of the content folder.
 */
async function cachedBuild(site: string, base: string): Promise<SiteTwins> {
  const { entries } = await siteData();
  const prompts = await promptsWithExamples();
  const data = JSON.stringify([
    Object.values(entries).flatMap((list) => list.map(({ collection, id, filePath, data }) => [collection, id, filePath, data])),
    prompts.map(({ id, data }) => [id, data]),
  ]);
  const key = twinsKey({ site, base, contentDir: CONTENT_DIR, data });
  if (key === undefined) return build(site, base);
  const kept = takeTwins(key);
  if (kept) return kept;
  const made = await build(site, base);
  madeTwins(key, made);
  return made;
}

let built: { key: string; result: Promise<SiteTwins> } | undefined;

/** The site's Markdown, made once per build for the site at `site` (see the module comment). */
export function siteTwins(site: URL | undefined): Promise<SiteTwins> {
  if (!site) throw new Error('astro.config.mjs sets no `site`: the Markdown twins link to the site by absolute URLs.');
  const base = import.meta.env.BASE_URL;
  const key = `${site.href}|${base}`;
  // `astro dev` makes them again on each request, so an edited file shows at once.
  if (!import.meta.env.PROD) built = { key, result: build(site.href, base) };
  else if (built?.key !== key) built = { key, result: cachedBuild(site.href, base) };
  return built.result;
}
