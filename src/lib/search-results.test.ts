import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts, pageSection, searchSection, shapeResults, subResultHits, titleMatch, type PagefindResultData, type PagefindSubResult } from './search-results.ts';

const sub = (title: string, id: string | undefined, scores: number[], element = 'li', weight = 1): PagefindSubResult => ({
  title,
  url: id ? `/framework/x/#${id}` : '/framework/x/',
  excerpt: `${title} excerpt`,
  anchor: id ? { element, id } : undefined,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score: balanced_score * weight ** 2, weight })),
});

const page = (section: string, title: string, subs: PagefindSubResult[]): PagefindResultData => ({
  url: '/framework/x/',
  excerpt: 'page excerpt',
  meta: { section, title },
  sub_results: subs,
});

test('searchSection names the stage, or says note, resource or example', () => {
  assert.equal(searchSection({ title: 'High-level system architecture', path: '/framework/high-level-architecture/', stage: 2 }), '2 · High-level system architecture');
  assert.equal(searchSection({ title: "Goodhart's law", path: '/notes/goodharts-law/' }), "Note · Goodhart's law");
  assert.equal(searchSection({ title: 'Rules of ML', path: '/resources/rules-of-machine-learning/' }), 'Resource · Rules of ML');
  assert.equal(searchSection({ title: 'Ad click prediction', path: '/examples/ad-click-prediction/' }), 'Example · Ad click prediction');
  assert.equal(searchSection({ title: 'Notes', path: '/notes/' }), 'Notes');
  assert.equal(searchSection({ title: 'Worked examples', path: '/examples/' }), 'Worked examples');
  assert.equal(searchSection({ title: 'ML System Design Interview Framework', path: '/' }), 'ML System Design Interview Framework');
});

test('pageSection does not repeat the page title', () => {
  assert.equal(pageSection('Note · Data leakage', 'Data leakage'), 'Note');
  assert.equal(pageSection('2 · High-level system architecture', 'High-level system architecture'), 'Stage 2');
  assert.equal(pageSection('Notes', 'Notes'), '');
});

test('subResultHits counts a word in a heading like a word in the text', () => {
  assert.equal(subResultHits(sub('Baselines and model choice', 'baselines', [512], 'h2', 6)), 512);
  assert.equal(subResultHits(sub('Set baselines to beat.', 'set', [512, 512, 293])), 1317);
});

test('titleMatch is the share of searched words the title names', () => {
  assert.equal(titleMatch('Is ML needed at all?', ['is', 'ml', 'needed', 'at', 'all']), 1);
  assert.equal(titleMatch('State the latency budget.', ['latency', 'gpu']), 0.5);
  assert.equal(titleMatch('Put numbers on the scale.', ['latency']), 0);
  assert.equal(titleMatch('Anything', []), 0);
});

test('shapeResults returns items, best first within a page, labelled with the stage', () => {
  const hits = shapeResults(
    [{ score: 5, data: page('5 · Model serving', 'Model serving', [sub('Model serving', undefined, [1]), sub('Cache features.', 'cache', [2]), sub('State the latency budget.', 'budget', [4])]) }],
    'latency',
  );
  assert.deepEqual(
    hits.map((h) => [h.title, h.kind, h.section]),
    [
      ['State the latency budget.', 'item', '5 · Model serving'],
      ['Cache features.', 'item', '5 · Model serving'],
      ['Model serving', 'page', 'Stage 5'],
    ],
  );
  // The page's best item, whose title names the query: twice the page's score.
  assert.equal(hits[0]!.score, 10);
});

test("shapeResults puts a page's best item at the page's rank and interleaves weaker items", () => {
  const hits = shapeResults(
    [
      { score: 10, data: page('1 · A', 'A', [sub('a1', 'a1', [10]), sub('a2', 'a2', [1])]) },
      { score: 8, data: page('2 · B', 'B', [sub('b1', 'b1', [3])]) },
    ],
    'zzz',
  );
  assert.deepEqual(hits.map((h) => h.title), ['a1', 'b1', 'a2']);
});

test('shapeResults caps hits per page and in all, and tells headings from items', () => {
  const many = Array.from({ length: 8 }, (_, i) => sub(`h${i}`, `h${i}`, [8 - i], 'h2'));
  const hits = shapeResults([{ score: 1, data: page('3 · C', 'C', many) }], 'q', { perPage: 3 });
  assert.equal(hits.length, 3);
  assert.equal(hits[0]!.kind, 'heading');
  assert.equal(shapeResults([{ score: 1, data: page('3 · C', 'C', many) }], 'q', { limit: 2, perPage: 8 }).length, 2);
});

test('shapeResults falls back to the page when Pagefind gives no sub-results', () => {
  const hits = shapeResults([{ score: 1, data: page('Notes', 'Notes', []) }], 'q');
  assert.deepEqual(hits.map((h) => [h.title, h.url, h.kind, h.section]), [['Notes', '/framework/x/', 'page', '']]);
});

test('excerptParts decodes entities and keeps marks, without HTML', () => {
  assert.deepEqual(excerptParts('a &lt;b&gt; &amp; <mark>leak</mark> c'), [
    { text: 'a <b> & ', marked: false },
    { text: 'leak', marked: true },
    { text: ' c', marked: false },
  ]);
});

test('excerptParts leaves the punctuation around a marked word unmarked', () => {
  assert.deepEqual(excerptParts('modeling (<mark>baselines,</mark> model) and <mark>leakage.</mark>'), [
    { text: 'modeling (', marked: false },
    { text: 'baselines', marked: true },
    { text: ', model) and ', marked: false },
    { text: 'leakage', marked: true },
    { text: '.', marked: false },
  ]);
});

test('excerptParts drops a repeated title, whole or its end', () => {
  const text = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join('');
  assert.equal(text(excerptParts('State the <mark>latency</mark> budget. Give a percentile', 'State the latency budget.')), 'Give a percentile');
  assert.equal(
    text(excerptParts('… are we building everything from scratch? e.g. Is there a <mark>status</mark>', 'Is there any portion, or are we building everything from scratch?')),
    'e.g. Is there a status',
  );
  assert.equal(text(excerptParts('Data <mark>leakage.</mark> Data <mark>leakage</mark> is', 'Data leakage')), 'Data leakage is');
  // Not a repetition: the title's end must start at a word.
  assert.equal(text(excerptParts('ing more words here', 'Something more words here')), 'ing more words here');
  assert.equal(text(excerptParts('Unrelated text', 'Title')), 'Unrelated text');
});

test('an item outranks the section heading above it', () => {
  const hits = shapeResults(
    [{ score: 6, data: page('4 · Modeling', 'Modeling', [sub('Baselines and model choice', 'baselines-and-model-choice', [512], 'h2', 6), sub('Set baselines to beat.', 'set-baselines-to-beat', [512, 512, 512])]) }],
    'baselines',
  );
  assert.deepEqual(hits.map((h) => [h.title, h.kind]), [['Set baselines to beat.', 'item'], ['Baselines and model choice', 'heading']]);
});

test('an item whose title is the query outranks the items of a page Pagefind ranked higher', () => {
  const query = 'Is ML needed at all?';
  const hits = shapeResults(
    [
      { score: 7.7, data: page('3 · Data', 'Data', [sub('Where do the labels come from?', 'labels', [2]), sub('Is the data biased?', 'biased', [1.5])]) },
      { score: 6.5, data: page('2 · Architecture', 'Architecture', [sub('Translate the goal.', 'goal', [3]), sub('Is ML needed at all?', 'is-ml-needed-at-all', [2.5])]) },
    ],
    query,
  );
  assert.equal(hits[0]!.title, query);
});
