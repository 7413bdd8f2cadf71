/**
 * The Markdown/MDX pipeline of the site, shared by `astro.config.mjs` and the plugin tests so that
 * tests exercise exactly what the build runs.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeAnchorLinks } from './rehype-anchor-links.ts';
import { rehypeAppliedIn, type AppliedInOptions } from './rehype-applied-in.ts';
import { rehypeCopyMarkdown } from './rehype-copy-markdown.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkChecklistItems } from './remark-checklist-items.ts';
import { remarkRelativeLinks, type RelativeLinkOptions } from './remark-relative-links.ts';
import { remarkSystemDiagrams } from './remark-system-diagrams.ts';

/** The unified processor with the site's plugins, for `markdown.processor`. */
export function markdownProcessor(options: RelativeLinkOptions & AppliedInOptions) {
  return unified({
    // remark-gfm is added by hand, and quotes stay as the author typed them (the seed is kept verbatim).
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkSystemDiagrams, [remarkRelativeLinks, options], remarkChecklistItems],
    rehypePlugins: [rehypeSlug, [rehypeAnchorLinks, { contentDir: options.contentDir }], rehypeCopyMarkdown, [rehypeAppliedIn, options], rehypeExternalLinks],
  });
}
