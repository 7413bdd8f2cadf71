import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts, KIND_RANK, matchedExcerpt, matchQuality, pageSection, shapeResults, subResultHits, titleMatch, type RankedRecord } from './search-results.ts';
import { ALIASES_ANCHOR } from './search-index.ts';
import { searchTerms } from './search-terms.ts';

/**
 * A page as Pagefind returns it for `query`: its items' text in one content string, and each
 * item's locations where Pagefind would report a match, as it does, on every word that starts
 * with a query word (so "ab" reports "about"), or where `junk` says (Pagefind's fallback to a
 * shorter fragment, "be" for "bert").
 */
function page(score: number, section: string, items: Array<{ title: string; id?: string; text?: string; element?: string }>, query: string, junk: string[] = []): RankedRecord {
  const typed = query.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  const words: string[] = [];
  const subResults = items.map(({ title, id, text = '', element = 'li' }) => {
    const start = words.length;
    words.push(...`${title} ${text}`.trim().split(/\s+/));
    const weighted_locations = words
      .map((word, location) => ({ word: word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''), location }))
      .filter(({ word, location }) => location >= start && (typed.some((t) => word.startsWith(t)) || junk.includes(word)))
      .map(({ location }) => ({ balanced_score: 1, weight: 1, location }));
    return { title, url: `/x/${id ? `#${id}` : ''}`, excerpt: `${title} ${text}`, anchor: id ? { element, id, location: start } : undefined, weighted_locations };
  });
  const title = section.split(' · ').at(-1)!;
  // The kind filter the build stores beside the label (src/lib/page-kinds.ts).
  const kind = /^\d+ · /.test(section) ? 'framework' : (/^(Example|Note|Resource) · /.exec(section)?.[1]?.toLowerCase() ?? 'page');
  return { score, data: { url: '/x/', content: words.join(' '), excerpt: '', meta: { title }, filters: { section: [section], kind: [kind] }, sub_results: subResults } };
}

const titles = (pages: RankedRecord[], query: string) => shapeResults(pages, query).hits.map((h) => h.title);

test('the kind filter ranks items, then example steps, notes, resources, other pages', () => {
  assert.ok(KIND_RANK.framework < KIND_RANK.example && KIND_RANK.example < KIND_RANK.note && KIND_RANK.note < KIND_RANK.resource && KIND_RANK.resource < KIND_RANK.page);
});

test('pageSection does not repeat the page title', () => {
  assert.equal(pageSection('Note · Data leakage', 'Data leakage'), 'Note');
  assert.equal(pageSection('2 · High-level system architecture', 'High-level system architecture'), 'Stage 2');
  assert.equal(pageSection('Notes', 'Notes'), '');
});

test('subResultHits counts a word in a heading like a word in the text', () => {
  const sub = { title: 'Baselines', url: '/x/', excerpt: '', weighted_locations: [{ balanced_score: 36 * 512, weight: 6, location: 0 }] };
  assert.equal(subResultHits(sub), 512);
});

test('matchQuality: a whole word counts 1, the prefix being typed 0.5, a two-letter word half', () => {
  assert.equal(matchQuality(['latency'], searchTerms('latency')), 1);
  assert.equal(matchQuality(['latency'], searchTerms('laten')), 0.5);
  assert.equal(matchQuality(['auction'], searchTerms('auc ')), 0);
  assert.equal(matchQuality(['precision', 'at'], searchTerms('precision at k')), 1.5);
});

test('titleMatch is the share of searched words the title names', () => {
  assert.equal(titleMatch('Is ML needed at all?', searchTerms('is ml needed at all')), 1);
  assert.equal(titleMatch('State the latency budget.', searchTerms('latency gpu')), 0.5);
  assert.equal(titleMatch('Put numbers on the scale.', searchTerms('latency')), 0);
});

test('a whole word ranks above a longer word that starts with it: "SHAP" before "shape"', () => {
  const pages = [
    page(9, '2 · Architecture', [{ title: 'Decide the shape early.', id: 'shape', text: 'the shape of the output' }], 'shap'),
    page(3, '4 · Modeling', [{ title: 'Explain the model.', id: 'explain', text: 'Feature importance (SHAP) shows it.' }], 'shap'),
  ];
  assert.deepEqual(titles(pages, 'shap'), ['Explain the model.', 'Decide the shape early.']);
  // Once the word is finished, "shape" is no match at all.
  assert.deepEqual(titles(pages, 'shap '), ['Explain the model.']);
});

test('no junk: sub-results that only hold a shorter fragment or a longer word are dropped', () => {
  const pages = [page(5, '1 · Clarify', [{ title: 'Will it be personalized?', id: 'p', text: 'It can be.' }], 'bert', ['be'])];
  const { hits, unmatched } = shapeResults(pages, 'bert');
  assert.deepEqual(hits, []);
  assert.deepEqual(unmatched.map((t) => t.typed), ['bert']);
  assert.deepEqual(titles([page(5, '5 · Serving', [{ title: 'About the rollout', id: 'a', text: 'by and by' }], 'ab')], 'ab'), []);
});

test('"ab test" finds the A/B item, not the words that start with "ab"', () => {
  const pages = [
    page(5.4, "Note · Goodhart's law", [{ title: 'What to do about it', id: 'todo', text: 'test about abuse' }], 'ab test'),
    page(5.4, '5 · Model serving', [{ title: 'Design the A/B test.', id: 'ab', text: 'Randomize by user.' }], 'ab test'),
  ];
  assert.deepEqual(titles(pages, 'ab test'), ['Design the A/B test.', 'What to do about it']);
});

test('at equal match, framework items and example steps rank above notes, then resources', () => {
  const pages = [
    page(13, 'Resource · Designing ML Systems', [{ title: 'Designing ML Systems', text: 'covers leakage in depth' }], 'leakage'),
    page(8, 'Note · Training-serving skew', [{ title: 'Tables that change.', id: 't', text: 'a kind of leakage.' }], 'leakage'),
    page(1.2, '3 · Data and features', [{ title: 'Split the data so nothing leaks.', id: 'split', text: 'Time splits stop leakage.' }], 'leakage'),
    page(1, 'Example · Feed ranking', [{ title: 'Split by time.', id: 'step', text: 'No leakage here.' }], 'leakage'),
  ];
  assert.deepEqual(titles(pages, 'leakage'), ['Split the data so nothing leaks.', 'Split by time.', 'Tables that change.', 'Designing ML Systems']);
});

test('a note still comes first for its own title', () => {
  const pages = [
    page(2, '3 · Data and features', [{ title: 'Split the data.', id: 'split', text: 'see data leakage' }], 'data leakage'),
    page(13, 'Note · Data leakage', [{ title: 'Data leakage', text: 'Data leakage is when…' }], 'data leakage'),
  ];
  assert.deepEqual(titles(pages, 'data leakage'), ['Data leakage', 'Split the data.']);
});

test('an item matching every word ranks above one matching some, whatever Pagefind scored', () => {
  const pages = [
    page(9, '5 · Serving', [{ title: 'Monitor latency.', id: 'm', text: 'Watch it.' }], 'latency budget'),
    page(2, '5 · Serving', [{ title: 'State the latency budget.', id: 's', text: 'p99.' }], 'latency budget'),
  ];
  assert.deepEqual(titles(pages, 'latency budget'), ['State the latency budget.', 'Monitor latency.']);
});

test('at equal match, the item naming the word more often ranks first, its parts of joined words counted: "AUC"', () => {
  // Pagefind reports the parts of joined words, and scores one whole "AUC" above "ROC-AUC" and "PR-AUC".
  const pages = [
    page(5.1, '5 · Model serving', [{ title: 'Gate every model before it ships.', id: 'gate', text: 'AUC above a floor.' }], 'AUC'),
    page(4.9, '4 · Modeling', [{ title: 'Pick offline metrics.', id: 'metrics', text: 'ROC-AUC, and PR-AUC when positives are rare.' }], 'AUC', ['rocauc', 'prauc']),
  ];
  assert.deepEqual(titles(pages, 'AUC'), ['Pick offline metrics.', 'Gate every model before it ships.']);
});

test('the query words side by side ("online experiment", an alias) beat a page title naming one of them', () => {
  const pages = [
    page(9, 'Note · Offline vs online metrics', [{ title: 'Offline vs online metrics', text: 'an experiment online' }], 'online experiment'),
    page(2, '5 · Model serving', [{ title: 'Design the A/B test.', id: 'ab', text: 'AB test, online experiment' }], 'online experiment'),
  ];
  assert.deepEqual(titles(pages, 'online experiment'), ['Design the A/B test.', 'Offline vs online metrics']);
});

test("a heading or a point inside a note that names the word ranks after the items that hold it", () => {
  const pages = [
    page(9, 'Note · Offline vs online metrics', [{ title: 'A chain of proxies', id: 'chain', element: 'h2', text: 'proxies all the way' }], 'proxies'),
    page(8, "Note · Goodhart's law", [{ title: 'Proxies break.', id: 'break', text: 'as proxies do' }], 'proxies'),
    page(2, '2 · High-level system architecture', [{ title: 'Propose the metrics.', id: 'metrics', text: 'metrics are proxies' }], 'proxies'),
  ];
  assert.deepEqual(titles(pages, 'proxies'), ['Propose the metrics.', 'A chain of proxies', 'Proxies break.']);
});

test('every matching sub-result is returned (the count is the real count), labelled with its stage', () => {
  const items = Array.from({ length: 12 }, (_, i) => ({ title: `Item ${i} on drift`, id: `i${i}` }));
  const { hits } = shapeResults([page(1, '5 · Model serving', items, 'drift')], 'drift');
  assert.equal(hits.length, 12);
  assert.deepEqual([hits[0]!.section, hits[0]!.kind], ['5 · Model serving', 'item']);
});

test('a page without sub-results is one hit, judged by its title', () => {
  const notes = { score: 1, data: { url: '/notes/', content: 'Notes', excerpt: '', meta: { title: 'Notes' }, filters: { section: ['Notes'] }, sub_results: [] } };
  assert.deepEqual(shapeResults([notes], 'notes').hits.map((h) => [h.title, h.url, h.kind, h.section]), [['Notes', '/notes/', 'page', '']]);
  assert.deepEqual(shapeResults([notes], 'drift').hits, []);
});

test('excerptParts decodes entities and marks by the site rules, not by Pagefind marks', () => {
  assert.deepEqual(excerptParts('a &lt;b&gt; &amp; <mark>about</mark> the <mark>A/B</mark> test', '', searchTerms('ab')), [
    { text: 'a <b> & about the ', marked: false },
    { text: 'A/B', marked: true },
    { text: ' test', marked: false },
  ]);
});

test('excerptParts leaves the punctuation around a marked word unmarked', () => {
  assert.deepEqual(excerptParts('modeling (<mark>baselines,</mark> model) and <mark>leakage.</mark>', '', searchTerms('baselines leakage')), [
    { text: 'modeling (', marked: false },
    { text: 'baselines', marked: true },
    { text: ', model) and ', marked: false },
    { text: 'leakage', marked: true },
    { text: '.', marked: false },
  ]);
});

test('excerptParts drops a repeated title, whole or its end', () => {
  const text = (excerpt: string, title: string) => excerptParts(excerpt, title, searchTerms('latency status leakage')).map((p) => p.text).join('');
  assert.equal(text('State the <mark>latency</mark> budget. Give a percentile', 'State the latency budget.'), 'Give a percentile');
  assert.equal(text('… are we building everything from scratch? e.g. Is there a <mark>status</mark>', 'Is there any portion, or are we building everything from scratch?'), 'e.g. Is there a status');
  assert.equal(text('Data <mark>leakage.</mark> Data <mark>leakage</mark> is', 'Data leakage'), 'Data leakage is');
  // Not a repetition: the title's end must start at a word.
  assert.equal(text('ing more words here', 'Something more words here'), 'ing more words here');
});

test('matchedExcerpt shows the sentence that names the query, not the title it opens with', () => {
  const words = 'Design the A/B test. Randomize by user, not by request. Size the arms for statistical power and run a full week.'.split(' ');
  assert.equal(matchedExcerpt(words, 'Design the A/B test.', searchTerms('power')), '… Size the arms for statistical power and run a full week.');
  // Matched by the title (or by aliases, which the caller leaves out): the first sentence after the title.
  assert.equal(matchedExcerpt(words, 'Design the A/B test.', searchTerms('ab test')), 'Randomize by user, not by request. Size the arms for statistical power and run a full week.');
});

test('matchedExcerpt starts a few words before a match far into a long sentence, and escapes HTML', () => {
  const words = `${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')} calibration <matters> here.`.split(' ');
  assert.equal(matchedExcerpt(words, '', searchTerms('calibration')), '… w26 w27 w28 w29 calibration &lt;matters&gt; here.');
});

test('an item matched by its aliases gets an excerpt from its text, without the aliases', () => {
  const content = 'Design the A/B test. Randomize by user, not by request. AB test, A/B testing, online experiment.';
  const data = {
    url: '/s5/',
    content,
    excerpt: '',
    meta: {},
    filters: { section: ['5'], kind: ['framework'] },
    anchors: [
      { element: 'li', id: 'ab', location: 0, title: 'Design the A/B test.' },
      { element: 'span', id: ALIASES_ANCHOR, location: 10 },
    ],
    sub_results: [{ title: 'Design the A/B test.', url: '/s5/#ab', excerpt: 'AB test, A/B testing, <mark>online</mark>', anchor: { element: 'li', id: 'ab', location: 0 }, weighted_locations: [{ balanced_score: 1, location: 11 }] }],
  };
  const { hits } = shapeResults([{ score: 1, data }], 'online experiment');
  assert.equal(hits[0]?.excerpt, 'Randomize by user, not by request.');
});
