/**
 * After the build, writes every share page from the two template pages that `astro build`
 * rendered, and removes the templates (see src/build/share-page-files.ts). Registered before the
 * integrations that read the built pages (Pagefind, the security headers, the social cards' check,
 * the offline copy), which then find the share pages as Astro would have left them and no template.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContent } from '../../markdown/content-graph.ts';
import { shareSources } from '../share-sources.ts';
import { sharePageHtml, shareTemplate, TEMPLATE_FOLDER, TEMPLATE_PAGES } from '../share-page-files.ts';
import { sharePages } from '../../lib/share-pages.ts';
import { shareView } from '../../lib/share-view.ts';

/** Writes the share pages from their template; see the module comment. */
export function sharePageFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  let contentDir = '';
  return {
    name: 'share-page-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site).href : '';
        // What the route reads as import.meta.env.BASE_URL.
        base = config.base;
        contentDir = fileURLToPath(new URL('content/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The same share pages, from the same content graph, as the route's getStaticPaths.
        const pages = readContent(contentDir);
        const shares = sharePages(shareSources(pages));
        if (shares.length === 0) return;
        const siteTitle = pages.find((page) => page.path === '/')?.title;
        if (!siteTitle) throw new Error('content/index.mdx has no title: share pages name the site with it.');
        if (!site) throw new Error('astro.config.ts sets no `site`: share pages need it for their og:url.');
        const clash = shares.find((share) => share.path.startsWith(TEMPLATE_FOLDER));
        if (clash) throw new Error(`The share page ${clash.path} is in ${TEMPLATE_FOLDER}, the folder of the share-page templates: rename its page or item.`);
        const fileOf = (sitePath: string) => path.join(out, sitePath, 'index.html');
        const [listed, bare] = await Promise.all([readFile(fileOf(TEMPLATE_PAGES.listed), 'utf8'), readFile(fileOf(TEMPLATE_PAGES.bare), 'utf8')]);
        const template = shareTemplate(listed, bare);
        await rm(path.join(out, TEMPLATE_FOLDER), { recursive: true });
        await Promise.all(
          shares.map(async (share) => {
            const file = fileOf(share.path);
            await mkdir(path.dirname(file), { recursive: true });
            await writeFile(file, sharePageHtml(template, shareView(share, { siteTitle, site, base })));
          }),
        );
        logger.info(`${shares.length} share pages written from their template.`);
      },
    },
  };
}
