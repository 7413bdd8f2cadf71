/**
 * Site search: after `astro build`, Pagefind indexes the built HTML and writes its bundle to
 * `<outDir>/pagefind/`. Only what sits inside `data-pagefind-body` (the article) is indexed;
 * every checklist item carries an `id` and `data-pagefind-title`, so it is a sub-result of its own.
 * This integration guarantees:
 * - a Pagefind error, or an index with no pages, fails the build with a message saying what to fix;
 * - `astro dev` serves the last build's bundle at `<base>pagefind/`, and says so when there is none;
 * - `pagefind/vocabulary.json` lists the indexed words, most frequent first, for the typo
 *   suggester, which loads it only when a query has a word that matched nothing.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { fileFor, TYPES } from '../lib/static-site.ts';
import { fragmentContent, vocabularyOf } from '../lib/vocabulary.ts';
import { withBase } from '../lib/urls.ts';

/** The part of Pagefind's Node API the build uses; a parameter so tests can stand in for it. */
export interface PagefindNodeApi {
  createIndex(config?: PagefindServiceConfig): Promise<{
    errors: string[];
    index?: {
      addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
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

/** Indexes the built site in `siteDir` and writes the bundle to `siteDir/pagefind`; throws with a clear message on any problem. */
export async function indexSite(siteDir: string, api: PagefindNodeApi = pagefindApi): Promise<{ pageCount: number; outputPath: string }> {
  const fail = (message: string | undefined) => {
    if (message) throw new Error(message);
  };
  try {
    // The heading and item link controls ("#") are no words of the page.
    const created = await api.createIndex({ forceLanguage: 'en', excludeSelectors: ['copy-link'] });
    fail(indexingProblem('start', created, siteDir));
    if (!created.index) throw new Error(`Pagefind failed to start (${siteDir}): it returned no index.`);
    const added = await created.index.addDirectory({ path: siteDir });
    fail(indexingProblem('index the built pages', added, siteDir));
    const written = await created.index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    fail(indexingProblem('write its files', written, siteDir));
    return { pageCount: added.page_count, outputPath: written.outputPath };
  } finally {
    await api.close();
  }
}

/** The file the typo suggester loads, inside the Pagefind bundle. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Writes `vocabulary.json` into the bundle from the text Pagefind indexed (its fragments); returns its size in bytes and word count. */
export async function writeVocabulary(bundleDir: string): Promise<{ bytes: number; words: number }> {
  const dir = path.join(bundleDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  const texts = await Promise.all(names.map(async (name) => fragmentContent(await readFile(path.join(dir, name)), path.join(dir, name))));
  const words = vocabularyOf(texts);
  const json = JSON.stringify({ words });
  await writeFile(path.join(bundleDir, VOCABULARY_FILE), json);
  return { bytes: Buffer.byteLength(json), words: words.length };
}

/** Indexes the site after each build, and serves the last build's index in `astro dev`. */
export function pagefind(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = withBase('/', config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { pageCount, outputPath } = await indexSite(siteDir);
        logger.info(`Search index written to ${path.relative(process.cwd(), outputPath) || outputPath} (${pageCount} HTML files read).`);
        const vocabulary = await writeVocabulary(outputPath);
        logger.info(`Typo suggester's ${VOCABULARY_FILE}: ${vocabulary.words} words, ${vocabulary.bytes} bytes.`);
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
