import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldPlural, hrefWithHighlight, looksLikeMarkup, markParts, matchRanges, matchWord, searchTerms, takeHighlight, wordStem } from './search-terms.ts';

/** The marked substrings of `text` for `query`. */
const marked = (text: string, query: string) => matchRanges(text, searchTerms(query)).map(([start, end]) => text.slice(start, end));

test('searchTerms lower-cases, drops punctuation inside a word, dedupes and drops one-letter words', () => {
  assert.deepEqual(searchTerms('Status  quo').map((t) => t.word), ['status', 'quo']);
  assert.deepEqual(searchTerms("Goodhart's law, law").map((t) => t.word), ['goodhart', 'law']);
  assert.deepEqual(searchTerms('A/B test').map((t) => t.typed), ['ab', 'test']);
  assert.deepEqual(searchTerms('precision at k').map((t) => t.typed), ['precision', 'at']);
  assert.deepEqual(searchTerms('a').map((t) => t.typed), ['a']);
  assert.deepEqual(searchTerms('  '), []);
});

test('only the last word, from three letters on and while it is being typed, matches as a prefix', () => {
  assert.deepEqual(searchTerms('latency bud').map((t) => t.prefix), [false, true]);
  assert.deepEqual(searchTerms('la').map((t) => t.prefix), [false]);
  assert.deepEqual(searchTerms('latency ').map((t) => t.prefix), [false]);
});

test('foldPlural folds the plurals the content uses, and leaves other words alone', () => {
  assert.equal(foldPlural('proxies'), 'proxy');
  assert.equal(foldPlural('metrics'), 'metric');
  assert.equal(foldPlural('classes'), 'class');
  assert.equal(foldPlural('bias'), 'bias');
  assert.equal(foldPlural('loss'), 'loss');
  assert.equal(foldPlural('goodharts'), 'goodhart');
  assert.equal(foldPlural('leakage'), 'leakage');
});

test('a whole word matches, a longer word does not, unless the last term is a prefix being typed', () => {
  assert.deepEqual(marked('AUC, ROC-AUC and the auction', 'auc '), ['AUC', 'AUC']);
  assert.deepEqual(marked('Feature importance (SHAP) and the shape of data', 'shap '), ['SHAP']);
  // Still typing: "shap" marks what the reader typed, the start of "shape" included.
  assert.deepEqual(marked('SHAP and the shape', 'shap'), ['SHAP', 'shap']);
  assert.deepEqual(marked('State the latency budget', 'laten'), ['laten']);
});

test('"A/B" never marks the one- and two-letter words "a", "and", "by" or "about"', () => {
  const text = 'A way to run a test, and by the way, about an A/B test: design the AB test.';
  assert.deepEqual(marked(text, 'A/B'), ['A/B', 'AB']);
  assert.deepEqual(marked(text, 'ab test'), ['test', 'A/B', 'test', 'AB', 'test']);
  assert.deepEqual(marked('a and an', 'a'), ['a']);
});

test('a two-letter last word matches only as a whole word', () => {
  assert.deepEqual(marked('precision at k, attention, late', 'precision at'), ['precision', 'at']);
});

test('plurals match their singular both ways, and the parts of a hyphenated word match', () => {
  assert.deepEqual(marked('measurable proxies, one proxy', 'proxy '), ['proxies', 'proxy']);
  assert.deepEqual(marked('a two-tower model', 'tower '), ['tower']);
  assert.deepEqual(marked('a two-tower model', 'two-tower'), ['two-tower']);
  assert.deepEqual(marked("Goodhart's law", 'goodhart'), ["Goodhart's"]);
});

test('matchWord tells a whole match from a prefix match', () => {
  const [term] = searchTerms('late');
  assert.equal(matchWord('late', term!)?.level, 'whole');
  assert.equal(matchWord('latency', term!)?.level, 'prefix');
  assert.equal(matchWord('relate', term!), undefined);
});

test('hrefWithHighlight puts the query before the hash, encoded', () => {
  assert.equal(hrefWithHighlight('/framework/modeling/#set-baselines', 'status quo'), '/framework/modeling/?highlight=status%20quo#set-baselines');
  assert.equal(hrefWithHighlight('/ml-framework/notes/x/', 'a&b'), '/ml-framework/notes/x/?highlight=a%26b');
  assert.equal(hrefWithHighlight('/x/?a=1#y', 'z'), '/x/?a=1&highlight=z#y');
  assert.equal(hrefWithHighlight('/x/#y', '  '), '/x/#y');
});

test('takeHighlight returns the terms and the URL without the parameter', () => {
  const found = takeHighlight('/ml-framework/framework/x/?highlight=status%20quo#item');
  assert.deepEqual(found?.terms.map((t) => t.word), ['status', 'quo']);
  assert.equal(found?.cleanUrl, '/ml-framework/framework/x/#item');
  assert.equal(takeHighlight('http://localhost:4400/x/?a=1&highlight=leak')?.cleanUrl, '/x/?a=1');
  assert.equal(takeHighlight('/x/#item'), undefined);
  assert.deepEqual(takeHighlight('/x/?highlight=%20'), { terms: [], cleanUrl: '/x/' });
});

test('markParts splits a title around its matching words', () => {
  assert.deepEqual(markParts('State the latency budget.', searchTerms('latency')), [
    { text: 'State the ', marked: false },
    { text: 'latency', marked: true },
    { text: ' budget.', marked: false },
  ]);
  assert.deepEqual(markParts('No match', searchTerms('x')), [{ text: 'No match', marked: false }]);
});

test('wordStem gives the forms of a word one stem, and keeps unrelated words apart', () => {
  const same = (...words: string[]) => assert.equal(new Set(words.map(wordStem)).size, 1, words.join(', '));
  const apart = (a: string, b: string) => assert.notEqual(wordStem(a), wordStem(b), `${a} / ${b}`);
  same('clarify', 'clarifying', 'clarified', 'clarifies', 'clarification', 'clarifications');
  same('calibrate', 'calibrated', 'calibrating', 'calibration', 'calibrations');
  same('split', 'splits', 'splitting');
  same('rank', 'ranks', 'ranked', 'ranking');
  same('apply', 'applied', 'applying', 'applies');
  same('use', 'used', 'using', 'uses');
  apart('classification', 'class');
  apart('series', 'serves');
  apart('clarification', 'classification');
  apart('ltr', 'ctr');
});

test('another form of a word matches, below the form typed', () => {
  assert.deepEqual(marked('Clarify the goal', 'clarifying '), ['Clarify']);
  assert.deepEqual(marked('Clarify the goal', 'clarification'), ['Clarify']);
  assert.equal(matchWord('calibrated', searchTerms('calibration ')[0]!)?.level, 'form');
  assert.equal(matchWord('calibration', searchTerms('calibration ')[0]!)?.level, 'whole');
  // No match on a shorter word's letters: "time serves" is not "time series".
  assert.deepEqual(marked('the model serves requests', 'series '), []);
  assert.deepEqual(marked('a class imbalance', 'classification '), []);
});

test('a query of markup or code is told apart from words with slashes, hyphens and apostrophes', () => {
  for (const query of ['<img src=x onerror=alert(1)>', 'a <b> tag', '{"query": 1}']) assert.equal(looksLikeMarkup(query), true, query);
  for (const query of ['train/serve skew', 'A/B test power', 'k-fold', "Goodhart's law", 'p99 latency']) assert.equal(looksLikeMarkup(query), false, query);
});
