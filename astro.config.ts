// The site's configuration: a table of contents of what the build uses. Logic lives in src/.
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { publishedAnchors } from './src/integrations/published-anchors.ts';
import { themeScript } from './src/integrations/theme-script.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { siteFromEnv } from './src/lib/site-env.ts';
import { scriptUrl } from './src/integrations/script-url.ts';

const { site, base } = siteFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // No code blocks need highlighting, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: markdownProcessor({ contentDir: fileURLToPath(new URL('./content/', import.meta.url)), base }),
  },
  integrations: [mdx(), themeScript(), publishedAnchors()],
  security: { csp: true },
  devToolbar: { enabled: false },
  vite: { plugins: [scriptUrl()] },
});
