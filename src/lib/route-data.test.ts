import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_KINDS } from './page-kinds.ts';
import { routeData, type SiteNav } from './route-data.ts';

const stages = [1, 2].map((n) => ({ title: `Stage ${n}`, stage: n, path: `/framework/s${n}/`, file: `framework/${n}.mdx` }));
const nav: SiteNav = {
  siteTitle: 'Site',
  pages: { framework: stages, examples: [{ title: 'Ads', path: '/examples/ads/' }] },
  chain: [{ title: 'Site', path: '/' }, ...stages],
};
const env = { site: 'https://example.org', base: '/' };
const outline = [
  { kind: 'heading' as const, depth: 2, id: 'a', text: 'A' },
  { kind: 'heading' as const, depth: 3, id: 'b', text: 'B' },
  { kind: 'item' as const, depth: 0, id: 'c', text: 'C' },
];

test('a stage page: sidebar marked, previous/next, search labels and the full outline', () => {
  const route = routeData(nav, { title: 'Stage 2', description: 'd', path: '/framework/s2/', kind: PAGE_KINDS.framework, stage: 2, outline }, env);
  assert.deepEqual(route.sidebar[0]!.links.map((l) => l.current), [false, true]);
  assert.equal(route.prev?.path, '/framework/s1/');
  assert.equal(route.next, undefined);
  assert.deepEqual(route.search, { section: '2 · Stage 2', kind: 'framework' });
  assert.deepEqual(route.toc.map((n) => [n.id, n.children.map((c) => [c.id, c.children.map((d) => d.id)])]), [['a', [['b', ['c']]]]]);
  assert.equal(route.meta.canonical, 'https://example.org/framework/s2/');
  assert.equal(route.markdown, '/framework/s2.md');
  assert.equal(routeData(nav, { title: 'Stage 2', description: 'd', path: '/framework/s2/', kind: PAGE_KINDS.framework }, { ...env, base: '/sub/' }).markdown, '/sub/framework/s2.md');
  assert.equal(route.shareFolder, '/i/s2/', "the copy control copies its items' share URLs from here");
});

test("an example's outline keeps only its sections; a page with no kind searches as a page; 404 has no canonical", () => {
  const example = routeData(nav, { title: 'Ads', description: 'd', path: '/examples/ads/', kind: PAGE_KINDS.examples, outline }, env);
  assert.deepEqual(example.toc.map((n) => n.id), ['a']);
  assert.deepEqual(example.search, { section: 'Example · Ads', kind: 'example' });
  const notFound = routeData(nav, { title: 'Page not found', description: 'd' }, env);
  assert.deepEqual(notFound.search, { section: 'Page not found', kind: 'page' });
  assert.equal(notFound.meta.canonical, undefined);
  assert.equal(notFound.shareFolder, undefined);
  assert.equal(example.shareFolder, '/i/ads/');
  assert.equal(notFound.prev, undefined);
  // Only content pages have a Markdown twin: not the 404 page, nor an index or the cheat sheet.
  assert.equal(notFound.markdown, undefined);
  assert.equal(routeData(nav, { title: 'Notes', description: 'd', path: '/notes/' }, env).markdown, undefined);
});
