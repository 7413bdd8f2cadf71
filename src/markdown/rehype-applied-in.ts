/**
 * rehype-applied-in: on the page whose checklist items worked examples apply (the stage pages),
 * each such item ends with a compact "Applied in" line linking to the exact step of each example.
 * This plugin guarantees:
 * - the list comes from the examples' own step links (content-graph.ts, stepsApplying), read at
 *   build time, so it cannot go stale; an item no example applies gets nothing;
 * - each link goes to `<example>/#<step-id>` with `base`; its text is the example's title, plus
 *   the step's heading when one example applies the item in more than one step;
 * - the line is kept out of the search index (it would make every item match example titles);
 *   print.css hides it, and the cheat sheet never has it (it does not render the stage files).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { withBase } from '../lib/urls.ts';
import { KINDS } from '../lib/page-kinds.ts';
import { isChecklistItem } from './rehype-anchor-links.ts';
import { readPage, stepsApplying, type AppliedStep, type GraphPage } from './content-graph.ts';
import { sourcePath } from './locate.ts';

export interface AppliedInOptions {
  /** Absolute path of the content folder; the pages that apply items are read from it. */
  contentDir: string;
  /** Astro's `base`. */
  base: string;
}

/** The links of one item's "Applied in" line: one per step, named as the module comment says. */
export function appliedInLinks(steps: AppliedStep[], base: string): Array<{ href: string; text: string }> {
  const count = new Map<string, number>();
  for (const step of steps) count.set(step.path, (count.get(step.path) ?? 0) + 1);
  return steps.map((step) => ({
    href: `${withBase(step.path, base)}#${step.stepId}`,
    text: (count.get(step.path) ?? 0) > 1 ? `${step.title} (${step.stepText})` : step.title,
  }));
}

/** The `<p class="applied-in">` line for these steps. */
function appliedInLine(steps: AppliedStep[], base: string): Element {
  const links = appliedInLinks(steps, base).flatMap((link, index): ElementContent[] => [
    ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
    h('a', { href: link.href }, link.text),
  ]);
  return h('p', { className: ['applied-in'], dataPagefindIgnore: '' }, [h('span', { className: ['applied-in-label', 'caps-label'] }, 'Applied in'), ' ', ...links]);
}

// The examples, parsed once and kept while their files are unchanged: every page of a build runs
// this plugin, and re-reading the whole content folder for each cost a parse of every file per page.
let examplesRead: { key: string; pages: GraphPage[] } | undefined;

/**
 * The pages whose steps apply items (the kinds marked `appliesItems` in src/lib/page-kinds.ts), as
 * content-graph reads them; a file's change (e.g. in `astro dev`) rereads them.
 */
function examplePages(contentDir: string): GraphPage[] {
  const files = KINDS.filter((kind) => kind.appliesItems).flatMap((kind) => {
    const dir = path.join(contentDir, kind.folder);
    return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort().map((name) => path.join(dir, name)) : [];
  });
  const key = [contentDir, ...files.map((file) => `${file}:${statSync(file).mtimeMs}`)].join('|');
  if (examplesRead?.key !== key) examplesRead = { key, pages: files.map((file) => readPage(file, contentDir)) };
  return examplesRead.pages;
}

/** The Sätteri hast plugin; see the module comment. Left out of the pipeline for a page none of whose items is applied. */
export function rehypeAppliedIn(options: AppliedInOptions): HastPluginEntry {
  return ({ fileURL }) => {
    const file = sourcePath(fileURL);
    if (!file?.startsWith(options.contentDir)) return null;
    const examples = examplePages(options.contentDir);
    if (examples.length === 0) return null;
    const applied = stepsApplying(readPage(file, options.contentDir), examples);
    if (applied.size === 0) return null;
    return defineHastPlugin({
      name: 'applied-in',
      element: {
        filter: ['li'],
        visit(node, ctx) {
          if (!isChecklistItem(node)) return;
          const steps = applied.get(String(node.properties.id));
          if (steps) ctx.appendChild(node, appliedInLine(steps, options.base));
        },
      },
    });
  };
}
