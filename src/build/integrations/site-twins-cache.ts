/**
 * Keeps the site's Markdown (src/build/site-twins.ts) from one build to the next in Astro's cache
 * folder (see src/build/twin-cache.ts): a build whose code, site, collections and content files are
 * those of an earlier build takes that build's twins, llms.txt, llms-full.txt and practice data
 * instead of making them again.
 */
import type { AstroIntegration } from 'astro';
import { keptBetweenBuilds } from './kept-between-builds.ts';
import { keepTwins, twinsToKeep, twinsUse, type StoredTwins } from '../twin-cache.ts';

/**
 * The code that makes the site's Markdown: site-twins.ts and every module of the project it
 * imports (a unit test checks that none is missing).
 */
export const TWIN_CODE = [
  '../site-twins.ts',
  '../applied-items.ts',
  '../build-cache.ts',
  '../last-updated.ts',
  '../llms-txt.ts',
  '../markdown-twin.ts',
  '../share-sources.ts',
  '../site-data.ts',
  '../twin-cache.ts',
  '../../features/practice/practice-progress.ts',
  '../../lib/closest.ts',
  '../../lib/navigation.ts',
  '../../lib/page-kinds.ts',
  '../../lib/page-meta.ts',
  '../../lib/published-date.ts',
  '../../lib/repository.ts',
  '../../lib/route-data.ts',
  '../../lib/share-pages.ts',
  '../../lib/social-cards.ts',
  '../../lib/stage-items.ts',
  '../../lib/storage-keys.ts',
  '../../lib/strings.ts',
  '../../lib/toc.ts',
  '../../lib/urls.ts',
  '../../markdown/anchors.ts',
  '../../markdown/content-graph.ts',
  '../../markdown/locate.ts',
  '../../markdown/remark-relative-links.ts',
].map((file) => new URL(file, import.meta.url));

/** Takes the Markdown of earlier builds at the start, and keeps this build's at the end; see the module comment. */
export function siteTwinsCache(): AstroIntegration {
  return keptBetweenBuilds<[string, StoredTwins]>({
    name: 'site-twins-cache',
    file: 'site-twins.json',
    code: TWIN_CODE,
    start: keepTwins,
    end: (logger) => {
      const { taken, made } = twinsUse();
      if (taken + made > 0) logger.info(taken > 0 ? 'Markdown twins, llms.txt and practice data from the cache.' : 'Markdown twins, llms.txt and practice data made, and kept for the next build.');
      return twinsToKeep();
    },
  });
}
