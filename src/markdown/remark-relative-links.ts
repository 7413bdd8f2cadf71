/**
 * remark-relative-links: authors link between content files the way the seed does, by file path
 * (`../notes/goodharts-law.mdx`, `./4-modeling.mdx#offline-metrics`). This plugin guarantees:
 * - every such link is rewritten to the target page's site URL, with `base` and the `#fragment` kept;
 * - a link to a content file that does not exist fails the build with the source file, line and link;
 * - so does a `#fragment` that is no heading, item or former item id of the target page, and the
 *   message lists the target's ids closest to it;
 * - links with a scheme, protocol-relative, root-absolute or fragment-only links are left alone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Definition, Link } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition, type MdastVisitorContext } from 'satteri';
import { closest } from '../lib/closest.ts';
import { pathForContentFile, withBase } from '../lib/urls.ts';
import { isRelativeContentLink, readPage } from './content-graph.ts';
import { locate, sourcePath } from './locate.ts';

export interface RelativeLinkOptions {
  /** Absolute path of the content folder; targets outside it are rejected. */
  contentDir: string;
  /** Astro's `base`. */
  base: string;
}

/** Resolves one relative content link from `sourceFile` to a site URL, or throws a message naming what is wrong. */
export function resolveContentLink(url: string, sourceFile: string, options: RelativeLinkOptions): string {
  const hashAt = url.indexOf('#');
  const filePart = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const target = path.resolve(path.dirname(sourceFile), decodeURIComponent(filePart));
  const relativeTarget = path.relative(options.contentDir, target);
  if (relativeTarget.startsWith('..') || path.isAbsolute(relativeTarget)) {
    throw new Error(`links outside the content folder (to ${target})`);
  }
  if (!existsSync(target)) {
    throw new Error(`no such file: content/${relativeTarget.split(path.sep).join('/')}`);
  }
  if (fragment.length > 1) {
    const id = decodeURIComponent(fragment.slice(1));
    const { ids, relative } = readPage(target, options.contentDir);
    if (!ids.has(id)) {
      const near = closest(id, ids).map((candidate) => `#${candidate}`);
      throw new Error(`content/${relative} has no anchor "#${id}"${near.length ? `; closest: ${near.join(', ')}` : ''}`);
    }
  }
  return withBase(pathForContentFile(relativeTarget), options.base) + fragment;
}

/** The Sätteri mdast plugin; see the module comment. */
export function remarkRelativeLinks(options: RelativeLinkOptions): MdastPluginDefinition {
  const rewrite = (node: Readonly<Link | Definition>, ctx: MdastVisitorContext) => {
    if (!isRelativeContentLink(node.url)) return;
    const file = sourcePath(ctx.fileURL);
    try {
      if (!file) throw new Error('the document has no file to resolve it from');
      ctx.setProperty(node, 'url', resolveContentLink(node.url, file, options));
    } catch (error) {
      throw new Error(`${locate(file, node)}: broken link "${node.url}": ${(error as Error).message}`);
    }
  };
  return defineMdastPlugin({
    name: 'relative-links',
    // Positions, for the file and line of a broken link.
    options: { position: true },
    link: rewrite,
    definition: rewrite,
  });
}
