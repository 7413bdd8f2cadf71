/**
 * After the build, writes every share page from the two template pages that `astro build`
 * rendered, and removes the templates (see src/build/share-page-files.ts). Registered after the
 * security headers, which trim the templates' CSP, and before the integrations that read the
 * built pages (Pagefind, the social cards' check, the offline copy), which then find the share
 * pages as Astro and the security headers would have left them, and no template.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContent } from '../../markdown/content-graph.ts';
import { shareSources } from '../share-sources.ts';
import { sharePageHtml, shareTemplate, TEMPLATE_FOLDER, TEMPLATE_PAGES } from '../share-page-files.ts';
import { SHARE_ROOT, sharePages, type SharePage } from '../../lib/share-pages.ts';
import { cacheKey } from '../build-cache.ts';
import { shareView, type ShareView } from '../../lib/share-view.ts';

/**
 * Every share page of the content folder with its view: the pages the route's getStaticPaths
 * lists, as this integration writes them (and the social cards' check reads their cards).
 */
export function shareViews(contentDir: string, { site, base }: { site: string; base: string }): Array<{ share: SharePage; view: ShareView }> {
  const pages = readContent(contentDir);
  const shares = sharePages(shareSources(pages));
  if (shares.length === 0) return [];
  const siteTitle = pages.find((page) => page.path === '/')?.title;
  if (!siteTitle) throw new Error('content/index.mdx has no title: share pages name the site with it.');
  if (!site) throw new Error('astro.config.mjs sets no `site`: share pages need it for their og:url.');
  return shares.map((share) => ({ share, view: shareView(share, { siteTitle, site, base }) }));
}

/** Writes the share pages from their template; see the module comment. */
export function sharePageFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  let contentDir = '';
  let shareDir = '';
  let lastDir = '';
  return {
    name: 'share-page-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site).href : '';
        // What the route reads as import.meta.env.BASE_URL.
        base = config.base;
        contentDir = fileURLToPath(new URL('content/', config.root));
        shareDir = fileURLToPath(new URL(`.${SHARE_ROOT}`, config.outDir));
        // One per output folder: `npm test` builds dist/ and dist-subpath/ with one cache folder.
        lastDir = path.join(fileURLToPath(config.cacheDir), 'share-pages-last', path.basename(fileURLToPath(config.outDir)));
      },
      // The last build's share pages are set aside, out of the way of the integrations that run
      // before this one's build:done, and brought back: kept as they are when they are the very
      // pages this build makes (a key of what was written, beside them), else overwritten, which
      // takes a third of the time of creating 510 files in new folders. (Astro does not empty `i/`
      // itself: it skips top-level entries named ".", "g", "i" or "t", as
      // astro/dist/core/build/static-build.js passes `new Set(".git")`, a set of letters.)
      'astro:build:start': async () => {
        await rm(lastDir, { recursive: true, force: true });
        await mkdir(path.dirname(lastDir), { recursive: true });
        await rename(shareDir, lastDir).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') await rm(shareDir, { recursive: true, force: true });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const views = shareViews(contentDir, { site, base });
        if (views.length === 0) return;
        const clash = views.map(({ share }) => share).find((share) => share.path.startsWith(TEMPLATE_FOLDER));
        if (clash) throw new Error(`The share page ${clash.path} is in ${TEMPLATE_FOLDER}, the folder of the share-page templates: rename its page or item.`);
        const fileOf = (sitePath: string) => path.join(out, sitePath, 'index.html');
        const [listed, bare] = await Promise.all([readFile(fileOf(TEMPLATE_PAGES.listed), 'utf8'), readFile(fileOf(TEMPLATE_PAGES.bare), 'utf8')]);
        const template = shareTemplate(listed, bare);
        const written = views.map(({ share, view }) => ({ file: fileOf(share.path), html: sharePageHtml(template, view) }));
        // What was written, to tell the next build whether the pages it set aside are already right.
        const key = cacheKey(written.flatMap(({ file, html }) => [path.relative(out, file), html]));
        const keyFile = `${lastDir}.key`;
        const lastKey = await readFile(keyFile, 'utf8').catch(() => undefined);
        // The templates are all `i/` holds now; the last build's share pages take its place.
        await rm(shareDir, { recursive: true });
        const restored = await rename(lastDir, shareDir).then(
          () => true,
          (error: NodeJS.ErrnoException) => {
            if (error.code !== 'ENOENT') throw error;
            return false;
          },
        );
        if (restored && lastKey === key) {
          logger.info(`${views.length} share pages, the same as the last build's.`);
          return;
        }
        // Gone until the pages are all written, so that a build stopped halfway is never taken as done.
        await rm(keyFile, { force: true });
        await Promise.all(
          written.map(async ({ file, html }) => {
            await mkdir(path.dirname(file), { recursive: true });
            await writeFile(file, html);
          }),
        );
        // A share page the content no longer makes goes. Share pages are `i/<page>/<id>/`: two
        // levels of folders to compare with what was written, not every file.
        const made = new Set(written.flatMap(({ file }) => [path.dirname(file), path.dirname(path.dirname(file))]));
        const stale: string[] = [];
        for (const page of await readdir(shareDir, { withFileTypes: true })) {
          const pageDir = path.join(shareDir, page.name);
          if (!made.has(pageDir) || !page.isDirectory()) stale.push(pageDir);
          else for (const id of await readdir(pageDir)) if (!made.has(path.join(pageDir, id))) stale.push(path.join(pageDir, id));
        }
        await Promise.all(stale.map((entry) => rm(entry, { recursive: true })));
        await writeFile(keyFile, key);
        logger.info(`${views.length} share pages written from their template${stale.length > 0 ? `; ${stale.length} no longer made, removed (${stale.map((entry) => path.relative(out, entry)).join(', ')})` : ''}.`);
      },
    },
  };
}
