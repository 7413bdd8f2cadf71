/**
 * The social cards (src/build/social-cards.ts): those the cache lacks drawn on a worker thread from
 * the start of the build, beside Astro's own work, then all copied from the cache into `<outDir>/cards/` once the pages
 * are written. Every page's og:image must be one of them, with the same words as its
 * og:image:alt; a page that names a card nobody drew fails the build, naming the page.
 */
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { allCards, CACHE_DIR, cardKey, designKey, missingCards, type Card } from '../social-cards.ts';
import { cardAlt } from '../../lib/social-cards.ts';
import { builtFiles } from '../static-site.ts';
import { isSharePath } from '../../lib/share-pages.ts';
import { shareViews } from './share-page-files.ts';

/** Draws what the cache lacks on a worker thread; resolves with the number drawn. */
function drawInWorker(cards: Card[], design: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../social-card-worker.ts', import.meta.url), { workerData: { cards, design } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`The social card worker stopped with code ${code}.`)));
  });
}

/** Unescapes the few entities Astro writes in attribute values. */
const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A page's og:image and og:image:alt (unescaped), by its file in the output folder. */
interface PageImage {
  file: string;
  image: string | undefined;
  alt: string;
}

/** The og:image and og:image:alt of each page Astro rendered, read from its file. */
async function renderedImages(outDir: string): Promise<PageImage[]> {
  // Share pages are written from their views after the build: see shareImages.
  const files = builtFiles(outDir).filter((file) => file.endsWith('.html') && !isSharePath(`/${file}`));
  // All read at once: one at a time, the reads waited on each other.
  const pages = await Promise.all(files.map((file) => readFile(path.join(outDir, file), 'utf8')));
  return files.map((file, i) => {
    const meta = (key: string) => /<meta property="([^"]+)" content="([^"]*)"/g[Symbol.matchAll](pages[i]!).find((m) => m[1] === key)?.[2];
    return { file, image: meta('og:image'), alt: unescape(meta('og:image:alt') ?? '') };
  });
}

/**
 * The og:image and og:image:alt of each share page, from the view its file is written from
 * (src/build/share-page-files.ts puts a view's sharing tags into the template, escaped, in order):
 * the same values as reading 510 files back.
 */
function shareImages(contentDir: string, site: string, base: string): PageImage[] {
  return shareViews(contentDir, { site, base }).map(({ share, view }) => {
    const tag = (key: string) => view.tags.find(([, name]) => name === key)?.[2];
    return { file: `${share.path.slice(1)}index.html`, image: tag('og:image'), alt: tag('og:image:alt') ?? '' };
  });
}

/** Each page's og:image and og:image:alt that do not match a drawn card, as messages. */
function unmatched(pages: PageImage[], base: string, cards: Map<string, Card>): string[] {
  const problems: string[] = [];
  for (const { file, image, alt } of pages) {
    if (!image) continue;
    const cardPath = `/${new URL(image).pathname.slice(base.length)}`;
    const card = cards.get(cardPath);
    if (!card) problems.push(`dist/${file}: its og:image ${cardPath} is no card that src/build/social-cards.ts (allCards) draws.`);
    else if (cardAlt(card) !== alt) problems.push(`dist/${file}: its card ${cardPath} reads "${cardAlt(card)}", but the page says "${alt}".`);
  }
  return problems;
}

/** Draws and writes the social cards; see the module comment. */
export function socialCards(): AstroIntegration {
  let base = '/';
  let site = '';
  let contentDir = '';
  let drawing: Promise<{ cards: Card[]; design: string; drawn: number }> | undefined;
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        // As the share pages are made (src/build/integrations/share-page-files.ts).
        base = config.base;
        site = config.site ? new URL(config.site).href : '';
        contentDir = fileURLToPath(new URL('content/', config.root));
      },
      'astro:build:start': () => {
        const started = (async () => {
          const cards = allCards();
          const design = designKey();
          // No worker when the cache has every card: starting one loads satori, sharp and the
          // TypeScript modules all over again, some two seconds of CPU for nothing, and on a
          // two-core machine that time came out of Astro's own work beside it.
          return { cards, design, drawn: missingCards(cards, design).length > 0 ? await drawInWorker(cards, design) : 0 };
        })();
        // Handled in astro:build:done; until then a failure must not count as unhandled.
        started.catch(() => {});
        drawing = started;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) throw new Error('The social cards were not started: astro:build:start did not run.');
        const { cards, design, drawn } = await drawing;
        const outDir = fileURLToPath(dir);
        const byPath = new Map(cards.map((card) => [card.path, card]));
        const pages = [...(await renderedImages(outDir)), ...shareImages(contentDir, site, base)];
        const problems = unmatched(pages, base.endsWith('/') ? base : `${base}/`, byPath);
        if (problems.length > 0) throw new Error(`Social cards:\n  ${problems.join('\n  ')}`);
        let bytes = 0;
        for (const card of byPath.values()) {
          const target = path.join(outDir, card.path);
          await mkdir(path.dirname(target), { recursive: true });
          const cached = path.join(CACHE_DIR, `${cardKey(card, design)}.png`);
          await copyFile(cached, target);
          bytes += (await stat(cached)).size;
        }
        logger.info(`${byPath.size} social cards in cards/, ${(bytes / 1024 / 1024).toFixed(1)} MiB (${drawn} drawn, ${byPath.size - drawn} from the cache).`);
      },
    },
  };
}
