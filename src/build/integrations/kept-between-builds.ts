/**
 * keptBetweenBuilds(): the integration behind each cache of Astro's cache folder that holds what a
 * build made, as JSON, for the next build (content-graph-cache.ts, site-twins-cache.ts). At the
 * start it hands `start` the key of the code that makes it (codeParts: a change to that code
 * makes everything again) and what the last build kept (nothing when the file is missing or
 * unreadable); at the end it writes what `end` returns, when that differs from what it read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cacheKey, codeParts, writeCacheFile } from '../build-cache.ts';

/** What a cache file holds; nothing when it is missing or unreadable. */
function parsed<T>(text: string): T[] {
  try {
    return text ? (JSON.parse(text) as T[]) : [];
  } catch {
    return [];
  }
}

export function keptBetweenBuilds<T>(options: {
  name: string;
  /** The file's name inside Astro's cache folder. */
  file: string;
  /** The modules whose code makes what is kept. */
  code: readonly URL[];
  start: (code: string, earlier: T[]) => void;
  end: (logger: AstroIntegrationLogger) => unknown;
}): AstroIntegration {
  let file = '';
  let kept = '';
  return {
    name: options.name,
    hooks: {
      'astro:config:done': async ({ config }) => {
        file = path.join(fileURLToPath(config.cacheDir), options.file);
        const code = cacheKey(await codeParts(fileURLToPath(config.root), options.code));
        kept = await readFile(file, 'utf8').catch(() => '');
        options.start(code, parsed<T>(kept));
      },
      'astro:build:done': async ({ logger }) => {
        const text = JSON.stringify(options.end(logger));
        // Unchanged (the usual rebuild): not written again.
        if (text !== kept) await writeCacheFile(file, text);
      },
    },
  };
}
