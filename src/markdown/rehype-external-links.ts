/**
 * rehype-external-links: a link that leaves the site says so, to the eye (an arrow) and to screen
 * readers ("external link"), and gets the `external` class that the print stylesheet uses to print
 * its URL. An insecure `http:` link fails the build with the file and line.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { locate } from './locate.ts';

/** The marker appended inside every external link; ExternalLink.astro renders the same markup. */
function externalMarker() {
  return [h('span', { className: ['external-icon'], ariaHidden: 'true' }, '↗'), h('span', { className: ['sr-only'] }, ' (external link)')];
}

/** The rehype plugin; see the module comment. */
export function rehypeExternalLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (/^http:/i.test(href)) throw new Error(`${locate(file, node)}: insecure link "${href}": use https://`);
      if (!/^https:\/\//i.test(href)) return;
      const className = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...className, 'external'];
      node.children.push(...externalMarker());
    });
  };
}
