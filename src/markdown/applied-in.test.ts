/**
 * "Applied in": which example steps apply which checklist item (content-graph.ts) and the line the
 * rehype plugin adds to each item, on the fixture content in __fixtures__/applied-in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { frontmatterTitle, readContent, stepsApplying } from './content-graph.ts';
import { markdownProcessor } from './processor.ts';

const contentDir = path.join(import.meta.dirname, '__fixtures__/applied-in');
const stageFile = path.join(contentDir, 'framework/2-high-level-architecture.mdx');
const pages = readContent(contentDir);
const stage = pages.find((page) => page.file === stageFile)!;
const examples = pages.filter((page) => page.relative.startsWith('examples/'));

/** The stage fixture through the site's pipeline, frontmatter cut off as Astro does. */
async function renderStage(base = '/') {
  const source = readFileSync(stageFile, 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const renderer = await markdownProcessor({ contentDir, base }).createRenderer({});
  const { code } = await renderer.render(source, { fileURL: pathToFileURL(stageFile) });
  return code;
}

/** The HTML of the checklist item with this id, up to the next item. */
const itemHtml = (html: string, id: string) => /<li[^>]*id="([^"]+)"[\s\S]*?(?=<li[^>]*class="checklist-item"|$)/g[Symbol.matchAll](html).find((m) => m[1] === id)?.[0] ?? '';

test('a step applies the items its first paragraph and its list items open with a link to, in content order', () => {
  const applied = stepsApplying(stage, examples);
  const steps = (id: string) => (applied.get(id) ?? []).map((step) => `${step.path}#${step.stepId}`);
  assert.deepEqual(steps('put-numbers-on-the-scale'), [
    '/examples/alpha/#estimate-the-traffic',
    // Through a list item of the funnel step.
    '/examples/alpha/#use-a-funnel',
    '/examples/alpha/#estimate-the-storage',
    '/examples/beta/#size-the-system',
  ]);
  // A link to the item's former id counts for the item.
  assert.deepEqual(steps('funnel'), ['/examples/alpha/#use-a-funnel']);
  // Linked only from a "Skipped" paragraph, the middle of a step and the middle of a list item: applied nowhere.
  assert.equal(applied.has('is-ml-needed-at-all'), false);
});

test('steps carry the example title, their heading and their stage section', () => {
  const alpha = examples.find((page) => page.path === '/examples/alpha/')!;
  assert.equal(alpha.title, 'Alpha: the first problem');
  assert.deepEqual(alpha.steps.map((step) => [step.section?.id, step.id]), [
    ['2-high-level-architecture', 'estimate-the-traffic'],
    ['2-high-level-architecture', 'use-a-funnel'],
    ['2-high-level-architecture', 'estimate-the-storage'],
    ['2-high-level-architecture', 'a-step-that-opens-with-words'],
    ['what-an-interviewer-may-probe', 'what-if-traffic-doubles'],
  ]);
  assert.equal(alpha.steps[3]!.link, undefined);
  assert.deepEqual(alpha.steps[1]!.listLinks.map((link) => link.url), ['../framework/2-high-level-architecture.mdx#put-numbers-on-the-scale']);
});

test('frontmatterTitle reads plain, double- and single-quoted titles', () => {
  assert.equal(frontmatterTitle('---\ntitle: Search ranking\n---\n'), 'Search ranking');
  assert.equal(frontmatterTitle('---\ntitle: "Fraud: \\"cards\\""\n---\n'), 'Fraud: "cards"');
  assert.equal(frontmatterTitle("---\ntitle: 'It''s here'\n---\n"), "It's here");
  assert.equal(frontmatterTitle('no frontmatter\ntitle: x\n'), undefined);
});

test('each applied item ends with an "Applied in" line linking to the exact steps, with base', async () => {
  const html = await renderStage('/ml-framework/');
  const scale = itemHtml(html, 'put-numbers-on-the-scale');
  assert.match(scale, /<p class="applied-in" data-pagefind-ignore=""><span class="applied-in-label caps-label">Applied in<\/span>/);
  const links = [...scale.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(links, [
    // The same example twice: each link names its step.
    ['/ml-framework/examples/alpha/#estimate-the-traffic', 'Alpha: the first problem (Estimate the traffic)'],
    ['/ml-framework/examples/alpha/#use-a-funnel', 'Alpha: the first problem (Use a funnel)'],
    ['/ml-framework/examples/alpha/#estimate-the-storage', 'Alpha: the first problem (Estimate the storage)'],
    ['/ml-framework/examples/beta/#size-the-system', 'Beta problem'],
  ]);
});

test('an item no example applies gets no "Applied in" line', async () => {
  const html = await renderStage();
  assert.ok(itemHtml(html, 'is-ml-needed-at-all').length > 0);
  assert.doesNotMatch(itemHtml(html, 'is-ml-needed-at-all'), /applied-in/);
  // The renderer reads the fixture as Markdown, where the funnel item's id comment is text: its
  // id differs and its line is missing; the graph test above covers former ids.
  assert.equal(html.match(/class="applied-in"/g)?.length, 1);
});
