// @ts-check
// The site's configuration: a table of contents of what the build uses. Logic lives in src/.
// JavaScript, not TypeScript: Astro loads a .mjs config with Node's own import() (which strips the
// types of the .ts modules it imports), but starts a Vite server to load a .ts one, a quarter of a
// second of every build and of every `astro dev` start.
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/build/integrations/headers.ts';
import { pagefind } from './src/build/integrations/pagefind.ts';
import { publishedAnchors } from './src/build/integrations/published-anchors.ts';
import { themeScript } from './src/build/integrations/theme-script.ts';
import { offlineCopy } from './src/build/integrations/offline-copy.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/build/security-policy.ts';
import { siteFromEnv } from './src/lib/site-env.ts';
import { scriptUrl } from './src/build/integrations/script-url.ts';
import { bootFileName } from './src/build/integrations/boot-file-name.ts';
import { storageKeyDefines } from './src/lib/storage-keys.ts';
import { siteUrlCheck } from './src/build/integrations/site-url-warning.ts';
import { socialCards } from './src/build/integrations/social-cards.ts';
import { isShareUrl } from './src/lib/share-pages.ts';
import { contentGraphCache } from './src/build/integrations/content-graph-cache.ts';
import { siteTwinsCache } from './src/build/integrations/site-twins-cache.ts';
import { sharePageFiles } from './src/build/integrations/share-page-files.ts';

const { site, base } = siteFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Three pages at a time: a page's render is quick, its file write and CSP hash wait on the thread
  // pool; overlapped, the 546 pages (510 of them share pages) took 1.3 s instead of 1.7 s. Since
  // then the share pages are written from a template after the build (src/build/share-page-files.ts).
  build: { format: 'directory', concurrency: 3 },
  markdown: {
    // No code blocks need highlighting, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: markdownProcessor({ contentDir: fileURLToPath(new URL('./content/', import.meta.url)), base }),
  },
  // offlineCopy() last: it keeps what the others wrote (Pagefind's index) and stamps the final pages.
  integrations: [
    siteUrlCheck(),
    mdx(),
    // Share pages (src/lib/share-pages.ts) are a way into a stage page, not pages of their own.
    sitemap({ filter: (page) => !isShareUrl(page, base) }),
    themeScript(),
    contentGraphCache(),
    siteTwinsCache(),
    publishedAnchors(),
    // Before the share pages are written: it trims the CSP of the two pages they are written from,
    // so it rewrites the 38 pages Astro rendered, not also the 510 share pages (src/build/share-page-files.ts).
    securityHeaders(),
    // Before every other integration that reads the built pages: it writes the share pages.
    sharePageFiles(),
    pagefind(),
    socialCards(),
    offlineCopy(),
  ],
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } } },
  devToolbar: { enabled: false },
  vite: { plugins: [scriptUrl(), bootFileName()], define: storageKeyDefines() },
});
