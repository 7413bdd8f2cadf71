import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeLost, lostAnchors, unpublishedAnchors, type AnchorRegistry, type CurrentPage } from '../../lib/anchor-registry.ts';
import { readContent } from '../../markdown/content-graph.ts';

/** The committed registry of published anchors, relative to the project root. */
export const REGISTRY_FILE = 'content/published-anchors.json';

/** Every content page's current ids and former ids, keyed by site path. */
export function currentAnchors(contentDir: string): Record<string, CurrentPage> {
  return Object.fromEntries(
    readContent(contentDir).map((page) => [
      page.path,
      {
        file: `content/${page.relative}`,
        ids: page.anchors.map((anchor) => anchor.id),
        formerIds: page.anchors.flatMap((anchor) => anchor.formerIds),
      },
    ]),
  );
}

/** Reads the committed registry; a missing file is an empty registry. */
export function readRegistry(root: string): AnchorRegistry {
  try {
    return JSON.parse(readFileSync(path.join(root, REGISTRY_FILE), 'utf8')) as AnchorRegistry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${REGISTRY_FILE} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Anchors never break silently: before building, every published anchor must still exist (or be
 * declared as a former id); after building, `dist/anchors.json` lists every page's ids.
 */
export function publishedAnchors(): AstroIntegration {
  let root = '';
  return {
    name: 'published-anchors',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const current = currentAnchors(path.join(root, 'content'));
        const registry = readRegistry(root);
        const lost = lostAnchors(registry, current);
        if (lost.length > 0) throw new Error(describeLost(lost, REGISTRY_FILE));
        const fresh = unpublishedAnchors(registry, current);
        if (fresh.length > 0) {
          logger.warn(`${fresh.length} new anchor(s) are not in ${REGISTRY_FILE} yet; run \`npm run anchors:publish\` and commit it.`);
        }
      },
      'astro:build:done': ({ dir }) => {
        const current = currentAnchors(path.join(root, 'content'));
        const list = Object.fromEntries(Object.entries(current).map(([pagePath, page]) => [pagePath, page.ids]));
        writeFileSync(new URL('anchors.json', dir), `${JSON.stringify(list, null, 2)}\n`);
      },
    },
  };
}
