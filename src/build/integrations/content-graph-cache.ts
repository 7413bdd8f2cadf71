/**
 * Keeps the content graph (src/markdown/content-graph.ts) from one build to the next in Astro's
 * cache folder (see src/build/build-cache.ts): a content file whose text, and the code that reads
 * it (GRAPH_CODE), are those of the last build is not parsed again. The published-anchors check,
 * the Markdown plugins and the pages then read the graph as if it had been parsed.
 */
import type { AstroIntegration } from 'astro';
import { keptBetweenBuilds } from './kept-between-builds.ts';
import { keepPages, pagesRead, type StoredPage } from '../../markdown/content-graph.ts';

/**
 * The code that makes a page of the graph: content-graph.ts and every module of the project it
 * imports (a unit test checks that none is missing).
 */
export const GRAPH_CODE = [
  new URL('../../markdown/content-graph.ts', import.meta.url),
  new URL('../../markdown/anchors.ts', import.meta.url),
  new URL('../../lib/urls.ts', import.meta.url),
  new URL('../build-cache.ts', import.meta.url),
];

/** Takes the pages of the last build at the start, and keeps this build's at the end; see the module comment. */
export function contentGraphCache(): AstroIntegration {
  return keptBetweenBuilds<[string, StoredPage]>({
    name: 'content-graph-cache',
    file: 'content-graph.json',
    // Each page's key holds the code's, so pages read by other code are never taken.
    code: GRAPH_CODE,
    start: keepPages,
    // Only this build's pages: a file deleted or changed since leaves nothing behind.
    end: pagesRead,
  });
}
