/**
 * Site search: after `astro build`, Pagefind indexes the built HTML and writes its bundle to
 * `<outDir>/pagefind/`. Only what sits inside `data-pagefind-body` (the article) is indexed;
 * every checklist item carries an `id` and `data-pagefind-title`, so it is a sub-result of its own.
 * Each page goes to Pagefind cut into one record per sub-result (src/build/search-records.ts), so
 * that a result downloads its own text rather than its whole page's, and the word index is cut
 * into small chunks (src/build/pagefind-format.ts), so that a query downloads little of it.
 * This integration guarantees:
 * - a Pagefind error, or an index with no pages, fails the build with a message saying what to fix;
 * - so does an index not chunked as asked (Pagefind's chunk size setting is an unstable one);
 * - `astro dev` serves the last build's bundle at `<base>pagefind/`, and says so when there is none;
 * - `pagefind/vocabulary.json` lists the indexed words, most frequent first, for the typo
 *   suggester, which loads it only when a query has a word that matched nothing;
 * - `pagefind/index-chunks.json` lists where each chunk of the word index starts, so that the
 *   dialog loads every chunk a query word's matches are in (see `chunksFor` in search-index.ts);
 * - a build whose pages are the same as an earlier build's gets that build's bundle back from
 *   Astro's cache folder (src/build/build-cache.ts) instead of indexing them again: the bundle
 *   depends on nothing else than the pages and the code named in BUNDLE_CODE.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { INDEX_CHUNKS_FILE } from '../../features/search/search-index.ts';
import { EXCLUDED_ELEMENTS, pageUrl, searchRecords } from '../search-records.ts';
import { builtFiles, fileFor, TYPES } from '../static-site.ts';
import { CHUNK_SIZE_VARIABLE, chunkingProblem, fragmentContent, INDEX_CHUNK_LOCATIONS, indexChunkStarts, vocabularyOf } from '../pagefind-format.ts';
import { withBase } from '../../lib/urls.ts';
import { cacheKey, codeParts, keepFolder, restoreFolder } from '../build-cache.ts';

/** The part of Pagefind's Node API the build uses; a parameter so tests can stand in for it. */
export interface PagefindNodeApi {
  createIndex(config?: PagefindServiceConfig): Promise<{
    errors: string[];
    index?: {
      addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
      writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
    };
  }>;
  close(): Promise<unknown>;
}

/** The message for a failed Pagefind step, or undefined when the step went well. */
export function indexingProblem(step: string, response: { errors: string[]; page_count?: number }, siteDir: string): string | undefined {
  if (response.errors.length > 0) {
    return `Pagefind failed to ${step} (${siteDir}):\n  - ${response.errors.join('\n  - ')}`;
  }
  if (response.page_count === 0) {
    return `Pagefind indexed no pages in ${siteDir}. Search needs pages whose content sits inside an element with data-pagefind-body (the article in src/layouts/PageLayout.astro).`;
  }
  return undefined;
}

/** The built HTML files of the site in `siteDir`, relative to it and `/`-separated, in a stable order. */
function htmlFiles(siteDir: string): string[] {
  return builtFiles(siteDir).filter((file) => file.endsWith('.html'));
}

/**
 * Indexes the built site in `siteDir`, one record per search result (see the module comment),
 * and writes the bundle to `siteDir/pagefind`; throws with a clear message on any problem.
 */
export async function indexSite(siteDir: string, api: PagefindNodeApi = pagefindApi): Promise<{ pageCount: number; recordCount: number; outputPath: string }> {
  const fail = (message: string | undefined) => {
    if (message) throw new Error(message);
  };
  try {
    // Pagefind's binary reads the chunk size from its environment, which it copies when the Node
    // API starts it, on the first call.
    const previous = process.env[CHUNK_SIZE_VARIABLE];
    process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_LOCATIONS);
    // The heading and item link controls ("#") are no words of the page (see EXCLUDED_ELEMENTS).
    const creating = api.createIndex({ forceLanguage: 'en', excludeSelectors: [...EXCLUDED_ELEMENTS] }).finally(() => {
      if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
      else process.env[CHUNK_SIZE_VARIABLE] = previous;
    });
    // The binary starts while the pages are listed.
    const files = htmlFiles(siteDir);
    const created = await creating;
    fail(indexingProblem('start', created, siteDir));
    const index = created.index;
    if (!index) throw new Error(`Pagefind failed to start (${siteDir}): it returned no index.`);
    let pageCount = 0;
    let recordCount = 0;
    // Each page's records go to Pagefind without waiting for the page before: it indexes one page
    // while the next is cut into records. Each answer is kept (an error as a value, so that none is
    // left unhandled meanwhile) and checked in page order once all are in.
    const answers: Array<Promise<{ file: string; added: Array<{ errors: string[] }> } | { error: unknown }>> = [];
    for (const file of files) {
      const records = searchRecords(await readFile(path.join(siteDir, file), 'utf8'), pageUrl(file));
      pageCount += Number(records.length > 0);
      recordCount += records.length;
      answers.push(Promise.all(records.map((record) => index.addHTMLFile(record))).then((added) => ({ file, added }), (error: unknown) => ({ error })));
    }
    for (const answer of await Promise.all(answers)) {
      if ('error' in answer) throw answer.error;
      for (const added of answer.added) fail(indexingProblem(`index ${answer.file}`, added, siteDir));
    }
    fail(indexingProblem('index the built pages', { errors: [], page_count: pageCount }, siteDir));
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    fail(indexingProblem('write its files', written, siteDir));
    return { pageCount, recordCount, outputPath: written.outputPath };
  } finally {
    await api.close();
  }
}

/** Fails when the bundle's word index is not cut into chunks of INDEX_CHUNK_LOCATIONS (see src/build/pagefind-format.ts). */
export async function checkChunks(bundleDir: string, texts: readonly string[]): Promise<number> {
  const chunks = (await readdir(path.join(bundleDir, 'index'))).filter((name) => name.endsWith('.pf_index')).length;
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
  const problem = chunkingProblem({ chunks, words, chunkLocations: INDEX_CHUNK_LOCATIONS });
  if (problem) throw new Error(problem);
  return chunks;
}

/** The file the typo suggester loads, inside the Pagefind bundle. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** The text Pagefind indexed, one string per record, read from its fragments. */
export async function indexedTexts(bundleDir: string): Promise<string[]> {
  const dir = path.join(bundleDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  return Promise.all(names.map(async (name) => fragmentContent(await readFile(path.join(dir, name)), path.join(dir, name))));
}

/** Writes `vocabulary.json` into the bundle from the indexed texts; returns its size in bytes and word count. */
export async function writeVocabulary(bundleDir: string, texts: readonly string[]): Promise<{ bytes: number; words: number }> {
  const words = vocabularyOf(texts);
  const json = JSON.stringify({ words });
  await writeFile(path.join(bundleDir, VOCABULARY_FILE), json);
  return { bytes: Buffer.byteLength(json), words: words.length };
}

/**
 * Writes `index-chunks.json` into the bundle from Pagefind's metadata file; returns where the
 * chunks start. Fails unless the metadata lists as many chunks as the bundle has files.
 */
export async function writeChunkStarts(bundleDir: string, chunks: number): Promise<string[]> {
  const metas = (await readdir(bundleDir)).filter((name) => /^pagefind\..+\.pf_meta$/.test(name));
  if (metas.length !== 1) throw new Error(`Expected one Pagefind metadata file (pagefind.*.pf_meta) in ${bundleDir}, found ${metas.length}: the site indexes one language.`);
  const starts = indexChunkStarts(await readFile(path.join(bundleDir, metas[0]!)), metas[0]!);
  if (starts.length !== chunks) throw new Error(`Pagefind's metadata lists ${starts.length} index chunks, but it wrote ${chunks}: its format has changed (src/build/pagefind-format.ts).`);
  await writeFile(path.join(bundleDir, INDEX_CHUNKS_FILE), JSON.stringify(starts));
  return starts;
}

/**
 * The code the bundle depends on: this module and every module of the project it imports (a unit
 * test checks that none is missing), so that a change to any of them indexes the pages again.
 */
export const BUNDLE_CODE = [
  new URL('./pagefind.ts', import.meta.url),
  new URL('../search-records.ts', import.meta.url),
  new URL('../pagefind-format.ts', import.meta.url),
  new URL('../../features/search/search-index.ts', import.meta.url),
  new URL('../static-site.ts', import.meta.url),
  new URL('../../lib/urls.ts', import.meta.url),
  new URL('../build-cache.ts', import.meta.url),
];

/** What the build logs about a bundle, and keeps with it in the cache. */
interface BundleSummary {
  pageCount: number;
  recordCount: number;
  chunks: number;
  vocabulary: { bytes: number; words: number };
}

/** The cache key of the bundle for the built site in `siteDir`: its HTML files, names and contents, and BUNDLE_CODE. */
export async function bundleKey(siteDir: string, root: string): Promise<string> {
  const files = htmlFiles(siteDir);
  const pages = await Promise.all(files.map((file) => readFile(path.join(siteDir, file))));
  return cacheKey([...(await codeParts(root, BUNDLE_CODE)), ...files.flatMap((file, i) => [file, pages[i]!])]);
}

/** Indexes the site after each build, and serves the last build's index in `astro dev`. */
export function pagefind(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let root = '';
  let cacheDir = '';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = withBase('/', config.base);
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const outputPath = path.join(siteDir, 'pagefind');
        const shown = path.relative(process.cwd(), outputPath) || outputPath;
        const key = await bundleKey(siteDir, root);
        const log = ({ pageCount, recordCount, chunks, vocabulary }: BundleSummary, cached: boolean) => {
          const from = cached ? ' (the same pages as an earlier build: its bundle, from the cache)' : '';
          logger.info(`Search index written to ${shown}: ${pageCount} pages as ${recordCount} records, ${chunks} index chunks${from}.`);
          logger.info(`Typo suggester's ${VOCABULARY_FILE}: ${vocabulary.words} words, ${vocabulary.bytes} bytes.`);
        };
        const cached = await restoreFolder<BundleSummary>(cacheDir, 'pagefind', key, outputPath);
        if (cached) return log(cached, true);
        const { pageCount, recordCount } = await indexSite(siteDir);
        const texts = await indexedTexts(outputPath);
        const chunks = await checkChunks(outputPath, texts);
        await writeChunkStarts(outputPath, chunks);
        const vocabulary = await writeVocabulary(outputPath, texts);
        const summary: BundleSummary = { pageCount, recordCount, chunks, vocabulary };
        log(summary, false);
        await keepFolder(cacheDir, 'pagefind', key, outputPath, summary);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = path.join(outDir, 'pagefind');
        const prefix = `${base}pagefind/`;
        if (!existsSync(path.join(bundleDir, 'pagefind.js'))) {
          logger.warn(`Search in dev uses the index of the last build, and there is none in ${bundleDir}. Run \`npm run build\` once to search in dev.`);
        }
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(prefix)) return next();
          void fileFor(bundleDir, prefix, url.pathname).then((file) => {
            if (!file) {
              response.statusCode = 404;
              response.setHeader('content-type', 'text/plain; charset=utf-8');
              response.end('No search index: run `npm run build` once; `astro dev` serves the last build\'s index.');
              return;
            }
            response.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
            response.setHeader('cache-control', 'no-cache');
            createReadStream(file).pipe(response);
          });
        });
      },
    },
  };
}
