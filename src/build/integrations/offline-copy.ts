/**
 * The offline copy: after the build (and after Pagefind has written its index), lists the files
 * in the output folder that a reader's browser keeps, stamps every page with the build's version,
 * and writes `<outDir>/sw.js`, the service worker (src/features/offline/service-worker.ts) with that list.
 * Built from the output folder itself, so a new page or asset is never missed, and versioned by
 * the content of those files, so any change makes a new copy and an unchanged build does not.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_PLACEHOLDER, cachePrefix, isOfflineFile, offlineUrl, offlineVersion, stampBuild } from '../offline-copy.ts';
import { withBase } from '../../lib/urls.ts';
import { isSharePath } from '../../lib/share-pages.ts';
import { cacheKey, writeCacheFile } from '../build-cache.ts';
import { builtFiles } from '../static-site.ts';

const WORKER_SOURCE = new URL('../../features/offline/service-worker.ts', import.meta.url);

/**
 * Writes the offline copy's worker into `outDir` for a site at `base`; returns its version and URLs.
 * Safe to run again on its own output. With `cacheDir`, the worker's compiled code is kept there
 * between builds (see workerCode).
 */
export async function writeOfflineCopy(outDir: string, base: string, cacheDir?: string): Promise<{ version: string; urls: string[] }> {
  // Share pages have no build stamp: they run no script and leave for their item at once.
  const stamped = (file: string) => file.endsWith('.html') && !isSharePath(`/${file}`);
  // Only what is kept or stamped is read: not the 510 share pages, nor the social cards.
  const files = builtFiles(outDir).filter((file) => isOfflineFile(file) || stamped(file));
  const pages = new Map<string, string>();
  const entries: Array<{ url: string; sha256: string }> = [];
  // Read all at once, then taken in order.
  const contents = await Promise.all(files.map((file) => readFile(path.join(outDir, file))));
  for (const [i, file] of files.entries()) {
    let content: Buffer | string = contents[i]!;
    if (stamped(file)) {
      content = stampBuild(content.toString('utf8'), BUILD_PLACEHOLDER);
      pages.set(file, content);
    }
    if (isOfflineFile(file)) entries.push({ url: offlineUrl(file, base), sha256: createHash('sha256').update(content).digest('hex') });
  }
  const source = await readFile(WORKER_SOURCE, 'utf8');
  // The worker's own code counts too: a new worker is a new version, even for the same files.
  const version = offlineVersion([...entries, { url: `${base}sw.js`, sha256: createHash('sha256').update(source).digest('hex') }]);
  await Promise.all([...pages].map(([file, html]) => writeFile(path.join(outDir, file), stampBuild(html, version))));
  const urls = entries.map((entry) => entry.url);
  await writeFile(path.join(outDir, 'sw.js'), workerScript(await workerCode(source, cacheDir), { version, base, urls }));
  return { version, urls };
}

const TRANSPILE_OPTIONS = { target: 'ES2022', removeComments: true } as const;

/**
 * The worker's source compiled to JavaScript by TypeScript. Loading the TypeScript compiler is most
 * of a second of every build, so the result is kept in `cacheDir` (Astro's cache folder), named by a
 * hash of the source, the options and TypeScript's version: the compiler loads only when one changed.
 */
async function workerCode(source: string, cacheDir: string | undefined): Promise<string> {
  const require = createRequire(import.meta.url);
  const typescriptVersion = (require('typescript/package.json') as { version: string }).version;
  const key = cacheKey([source, JSON.stringify(TRANSPILE_OPTIONS), typescriptVersion]);
  const cached = cacheDir && path.join(cacheDir, 'offline-copy', `service-worker.${key}.js`);
  if (cached) {
    const code = await readFile(cached, 'utf8').catch(() => undefined);
    if (code !== undefined) return code;
  }
  const ts = require('typescript') as typeof import('typescript');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget[TRANSPILE_OPTIONS.target], removeComments: TRANSPILE_OPTIONS.removeComments } });
  if (cached) await writeCacheFile(cached, outputText);
  return outputText;
}

/** The worker's compiled code as the script `sw.js`, after the constants it declares. */
function workerScript(code: string, { version, base, urls }: { version: string; base: string; urls: string[] }): string {
  const constants = [
    `// Generated after the build by src/build/integrations/offline-copy.ts from src/features/offline/service-worker.ts.`,
    `const OFFLINE_VERSION = ${JSON.stringify(version)};`,
    `const OFFLINE_BASE = ${JSON.stringify(base)};`,
    `const OFFLINE_CACHE_PREFIX = ${JSON.stringify(cachePrefix(base))};`,
    `const OFFLINE_URLS = ${JSON.stringify(urls)};`,
  ];
  return `${constants.join('\n')}\n${code}`;
}

/** Writes the offline copy after each build; see the module comment. */
export function offlineCopy(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase('/', config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { version, urls } = await writeOfflineCopy(fileURLToPath(dir), base, cacheDir);
        logger.info(`Offline copy ${version}: sw.js keeps ${urls.length} files.`);
      },
    },
  };
}
