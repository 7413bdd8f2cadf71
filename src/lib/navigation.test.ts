import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderStages, prevNext, readingChain, sidebar, type StagePage } from './navigation.ts';

const stage = (n: number, file = `framework/${n}.mdx`): StagePage => ({
  stage: n,
  title: `Stage ${n}`,
  path: `/framework/s${n}/`,
  file,
});

test('orderStages sorts by stage number whatever the input order', () => {
  const ordered = orderStages([stage(3), stage(1), stage(5), stage(2), stage(4)]);
  assert.deepEqual(ordered.map((s) => s.stage), [1, 2, 3, 4, 5]);
});

test('orderStages names the file of a repeated stage number', () => {
  assert.throws(() => orderStages([stage(1), stage(2, 'a.mdx'), stage(2, 'b.mdx')]), /b\.mdx.*stage: 2.*also used by a\.mdx/);
});

test('orderStages rejects a gap in the numbering', () => {
  assert.throws(() => orderStages([stage(1), stage(3, 'three.mdx')]), /three\.mdx.*expected stage 2/);
});

test('sidebar lists stages in order with only the current one marked', () => {
  const groups = sidebar('/framework/s2/', { framework: [stage(2), stage(1), stage(3)], notes: [{ title: 'B', path: '/notes/b/' }, { title: 'A', path: '/notes/a/' }] });
  assert.deepEqual(groups.map((g) => [g.key, g.label, g.indexPath, g.ordered]), [
    ['framework', 'Framework', undefined, true],
    ['worked-examples', 'Worked examples', '/examples/', false],
    ['notes', 'Notes', '/notes/', false],
    ['resources', 'Resources', '/resources/', false],
  ]);
  assert.deepEqual(groups[0]!.links.map((l) => [l.number, l.current]), [[1, false], [2, true], [3, false]]);
  // Notes and resources show only their label off their own pages.
  assert.deepEqual(groups[2]!.links, []);
  const onNote = sidebar('/notes/a/', { framework: [stage(1)], notes: [{ title: 'B', path: '/notes/b/' }, { title: 'A', path: '/notes/a/' }] });
  assert.deepEqual(onNote[2]!.links.map((l) => [l.title, l.current]), [['A', true], ['B', false]]);
  assert.deepEqual(sidebar('/notes/', { notes: [{ title: 'A', path: '/notes/a/' }] })[2]!.links.map((l) => l.title), ['A']);
  // Whole, for llms.txt: every group lists its pages wherever it is asked from.
  assert.deepEqual(sidebar('', { notes: [{ title: 'A', path: '/notes/a/' }] }, { whole: true })[2]!.links.map((l) => l.title), ['A']);
});

test('prevNext walks the chain and stops at both ends', () => {
  const chain = [{ title: 'Home', path: '/' }, stage(1), stage(2)];
  assert.deepEqual(prevNext('/', chain), { prev: undefined, next: chain[1] });
  assert.deepEqual(prevNext('/framework/s1/', chain), { prev: chain[0], next: chain[2] });
  assert.deepEqual(prevNext('/framework/s2/', chain), { prev: chain[1], next: undefined });
  assert.deepEqual(prevNext('/notes/x/', chain), {});
});

test('the worked examples are their own sidebar group, by title, the current one marked', () => {
  const examples = [{ title: 'Search ranking', path: '/examples/search-ranking/' }, { title: 'Ad click prediction', path: '/examples/ad-click-prediction/' }];
  const group = sidebar('/examples/search-ranking/', { framework: [stage(1)], examples })[1]!;
  assert.equal(group.label, 'Worked examples');
  assert.deepEqual(group.links.map((l) => [l.title, l.current]), [['Ad click prediction', false], ['Search ranking', true]]);
});

test('the reading chain goes on from stage 5 to the examples index and each example by title', () => {
  const home = { title: 'Home', path: '/' };
  const examples = [{ title: 'B', path: '/examples/b/' }, { title: 'A', path: '/examples/a/' }];
  const notes = [{ title: 'N', path: '/notes/n/' }];
  const chain = readingChain({ home: [home], framework: [stage(2), stage(1)], examples, notes });
  assert.deepEqual(chain.map((p) => p.path), ['/', '/framework/s1/', '/framework/s2/', '/examples/', '/examples/a/', '/examples/b/']);
  assert.equal(chain[3]!.title, 'Worked examples');
  // Without examples, the chain ends at the last stage instead of at an empty index.
  assert.deepEqual(readingChain({ home: [home], framework: [stage(1)] }).map((p) => p.path), ['/', '/framework/s1/']);
});
