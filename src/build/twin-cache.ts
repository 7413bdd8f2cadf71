/**
 * The site's Markdown (site-twins.ts: every twin, llms.txt, llms-full.txt and the practice data)
 * kept from one build to the next in Astro's cache folder (build-cache.ts). Making it parses every
 * MDX file again, writes it back as Markdown and reads the result once more (twinProblems): about
 * a second of a build in which nothing it reads has changed. Its key holds everything it reads:
 * the code (TWIN_CODE, through src/build/integrations/site-twins-cache.ts), the site and base, the
 * content collections' data and every file of the content folder (a twin's links are checked
 * against the files they point to). A change to any of them makes it again.
 *
 * No Astro import here: the integration (loaded with astro.config.mjs) and the pages' bundle each
 * load their own copy of this module, and share what they know through one object on globalThis,
 * as content-graph.ts does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AssistantPractice } from '../features/assistant-prompt/assistant-prompt.ts';
import { cacheKey } from './build-cache.ts';

/** What the build writes of the site's Markdown: the twins without their trees, and the whole-site files. */
export interface StoredTwins {
  pages: Array<{ path: string; twin: { markdown: string; items: Array<{ id: string; markdown: string }> } }>;
  llmsTxt: string;
  llmsFullTxt: string;
  practice: AssistantPractice;
}

/**
 * What this process knows, shared by every copy of this module: the key of the code (set by
 * keepTwins; none outside a build, which then keeps nothing), what earlier builds kept, and what
 * this one made or took, by key.
 */
interface TwinCache {
  code?: string;
  earlier: Map<string, StoredTwins>;
  used: Map<string, StoredTwins>;
}
const cache: TwinCache = ((globalThis as Record<symbol, unknown>)[Symbol.for('ml-framework:site-twins')] ??= { earlier: new Map(), used: new Map() }) as TwinCache;

/** Starts a build whose code has key `code`, with what earlier builds kept (as twinsToKeep returned it). */
export function keepTwins(code: string, earlier: Iterable<[string, StoredTwins]>): void {
  cache.code = code;
  cache.earlier = new Map(earlier);
  cache.used = new Map();
}

/** Every file of the content folder, as relative path and bytes, in a stable order: what twins' links are checked against. */
function contentFiles(contentDir: string): Array<string | Uint8Array> {
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return files.flatMap((file) => [file, readFileSync(path.join(contentDir, file))]);
}

/**
 * The key of the site's Markdown for these inputs, or undefined when no build keeps it (no
 * keepTwins: `astro dev`, unit tests). `data` is what the content collections hold, as JSON.
 */
export function twinsKey(inputs: { site: string; base: string; contentDir: string; data: string }): string | undefined {
  if (cache.code === undefined) return undefined;
  return cacheKey([cache.code, inputs.site, inputs.base, inputs.data, ...contentFiles(inputs.contentDir)]);
}

/** What an earlier build made for `key` (marked as used, so it is kept again), or undefined. */
export function takeTwins(key: string): StoredTwins | undefined {
  const found = cache.earlier.get(key);
  if (found) cache.used.set(key, found);
  return found;
}

/** Records what this build made for `key`, for the next build. */
export function madeTwins(key: string, twins: StoredTwins): void {
  cache.used.set(key, twins);
}

/** How many sets of Markdown the cache keeps: a build and its sub-path build each have their own. */
const KEEP = 4;

/** What to keep for the next build: this build's first, then the earlier ones it did not use, up to KEEP. */
export function twinsToKeep(): Array<[string, StoredTwins]> {
  const others = [...cache.earlier].filter(([key]) => !cache.used.has(key));
  return [...cache.used, ...others].slice(0, KEEP);
}

/** Whether this build took its Markdown from the cache, made it, or made none (for the build's log). */
export function twinsUse(): { taken: number; made: number } {
  const taken = [...cache.used.keys()].filter((key) => cache.earlier.has(key)).length;
  return { taken, made: cache.used.size - taken };
}
