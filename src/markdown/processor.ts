/**
 * The Markdown/MDX pipeline of the site, shared by `astro.config.mjs` and the plugin tests so that
 * tests exercise exactly what the build runs.
 */
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { rehypeAnchorLinks } from './rehype-anchor-links.ts';
import { rehypeAppliedIn, type AppliedInOptions } from './rehype-applied-in.ts';
import { rehypeCopyMarkdown } from './rehype-copy-markdown.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkChecklistItems } from './remark-checklist-items.ts';
import { remarkRelativeLinks, type RelativeLinkOptions } from './remark-relative-links.ts';
import { remarkSystemDiagrams } from './remark-system-diagrams.ts';

/** The Sätteri processor with the site's plugins, for `markdown.processor`. */
export function markdownProcessor(options: RelativeLinkOptions & AppliedInOptions) {
  return satteri({
    features: {
      gfm: true,
      // Quotes stay as the author typed them (the seed is kept verbatim). An object, not `false`:
      // for MDX, Astro's `markdown.smartypants` (default true) overrides a boolean here.
      smartPunctuation: { quotes: false, dashes: false, ellipses: false },
    },
    mdastPlugins: [remarkSystemDiagrams(), remarkRelativeLinks(options), remarkChecklistItems()],
    hastPlugins: [
      // Astro adds its heading-ids plugin after ours; the anchor links need the ids before: the
      // same plugin first (github-slugger, as rehype-slug), and Astro's then keeps the ids it finds.
      satteriHeadingIdsPlugin(),
      rehypeAnchorLinks({ contentDir: options.contentDir }),
      rehypeCopyMarkdown(),
      rehypeAppliedIn(options),
      rehypeExternalLinks(),
    ],
  });
}
