// The site's configuration: a table of contents of what the build uses. Logic lives in src/.
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';
import { themeScript } from './src/integrations/theme-script.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { siteFromEnv } from './src/lib/site-env.ts';

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
  integrations: [mdx(), themeScript(), pagefind()],
  security: {
    csp: {
      // Search: Pagefind compiles WebAssembly; worker-src lets its optional worker (/pagefind/) run too.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["worker-src 'self'"],
    },
  },
  devToolbar: { enabled: false },
});
