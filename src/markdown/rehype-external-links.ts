/**
 * rehype-external-links: a link that leaves the site says so, to the eye (an arrow) and to screen
 * readers ("external link"), and gets the `external` class that the print stylesheet uses to print
 * its URL. An insecure `http:` link fails the build with the file and line.
 */
import { h } from 'hastscript';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { locate, sourcePath } from './locate.ts';

/** The marker appended inside every external link; ExternalLink.astro renders the same markup. */
function externalMarker() {
  return [h('span', { className: ['external-icon'], ariaHidden: 'true' }, '↗'), h('span', { className: ['sr-only'] }, ' (external link)')];
}

/** The Sätteri hast plugin; see the module comment. */
export function rehypeExternalLinks(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'external-links',
    // Positions, for the file and line of an insecure link.
    options: { position: true },
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties.href;
        if (typeof href !== 'string') return;
        if (/^http:/i.test(href)) throw new Error(`${locate(sourcePath(ctx.fileURL), node)}: insecure link "${href}": use https://`);
        if (!/^https:\/\//i.test(href)) return;
        const className = Array.isArray(node.properties.className) ? node.properties.className : [];
        ctx.setProperty(node, 'className', [...className, 'external']);
        ctx.appendChild(node, externalMarker());
      },
    },
  });
}
