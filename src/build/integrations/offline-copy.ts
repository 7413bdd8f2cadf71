/**
 * The offline copy: after the build (and after Pagefind has written its index), lists the files
 * in the output folder that a reader's browser keeps, stamps every page with the build's version,
 * and writes `<outDir>/sw.js`, the service worker (src/features/offline/service-worker.ts) with that list.
 * Built from the output folder itself, so a new page or asset is never missed, and versioned by
 * the content of those files, so any change makes a new copy and an unchanged build does not.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { BUILD_PLACEHOLDER, cachePrefix, isOfflineFile, offlineUrl, offlineVersion, stampBuild } from '../offline-copy.ts';
import { withBase } from '../../lib/urls.ts';
import { isSharePath } from '../../lib/share-pages.ts';

const WORKER_SOURCE = new URL('../../features/offline/service-worker.ts', import.meta.url);

/** Writes the offline copy's worker into `outDir` for a site at `base`; returns its version and URLs. Safe to run again on its own output. */
export async function writeOfflineCopy(outDir: string, base: string): Promise<{ version: string; urls: string[] }> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const pages = new Map<string, string>();
  const entries: Array<{ url: string; sha256: string }> = [];
  for (const file of files) {
    let content: Buffer | string = await readFile(path.join(outDir, file));
    // Share pages have no build stamp: they run no script and leave for their item at once.
    if (file.endsWith('.html') && !isSharePath(`/${file}`)) {
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
  await writeFile(path.join(outDir, 'sw.js'), workerScript(source, { version, base, urls }));
  return { version, urls };
}

/** The worker's source as JavaScript, after the constants it declares. */
function workerScript(source: string, { version, base, urls }: { version: string; base: string; urls: string[] }): string {
  const constants = [
    `// Generated after the build by src/build/integrations/offline-copy.ts from src/features/offline/service-worker.ts.`,
    `const OFFLINE_VERSION = ${JSON.stringify(version)};`,
    `const OFFLINE_BASE = ${JSON.stringify(base)};`,
    `const OFFLINE_CACHE_PREFIX = ${JSON.stringify(cachePrefix(base))};`,
    `const OFFLINE_URLS = ${JSON.stringify(urls)};`,
  ];
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true } });
  return `${constants.join('\n')}\n${outputText}`;
}

/** Writes the offline copy after each build; see the module comment. */
export function offlineCopy(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase('/', config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { version, urls } = await writeOfflineCopy(fileURLToPath(dir), base);
        logger.info(`Offline copy ${version}: sw.js keeps ${urls.length} files.`);
      },
    },
  };
}
