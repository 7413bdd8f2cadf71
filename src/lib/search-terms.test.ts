import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hrefWithHighlight, markParts, matchRanges, queryTerms, takeHighlight, termStem } from './search-terms.ts';

test('queryTerms lower-cases, splits on punctuation, dedupes and drops one-letter words', () => {
  assert.deepEqual(queryTerms('Status  quo'), ['status', 'quo']);
  assert.deepEqual(queryTerms("Goodhart's law, law"), ['goodhart', 'law']);
  assert.deepEqual(queryTerms('A/B test'), ['test']);
  assert.deepEqual(queryTerms('a'), ['a']);
  assert.deepEqual(queryTerms('  '), []);
});

test('termStem strips plural and verb endings only when four letters remain', () => {
  assert.equal(termStem('latencies'), 'latenc');
  assert.equal(termStem('leaks'), 'leak');
  assert.equal(termStem('labels'), 'label');
  assert.equal(termStem('bias'), 'bias');
  assert.equal(termStem('leakage'), 'leakage');
});

test('matchRanges covers whole words that start with a term, case-insensitively', () => {
  const text = 'Leakage: a leak in Latency-bound pipes; no leaks.';
  const words = matchRanges(text, ['leak', 'latency']).map(([start, end]) => text.slice(start, end));
  assert.deepEqual(words, ['Leakage', 'leak', 'Latency', 'leaks']);
  assert.deepEqual(matchRanges(text, []), []);
});

test('matchRanges does not match inside a word', () => {
  assert.deepEqual(matchRanges('overfitting and fitting', ['fit']), [[16, 23]]);
});

test("matchRanges keeps an apostrophe's tail with its word", () => {
  const text = "Goodhart's law";
  assert.deepEqual(matchRanges(text, ['goodhart']).map(([s, e]) => text.slice(s, e)), ["Goodhart's"]);
});

test('hrefWithHighlight puts the query before the hash, encoded', () => {
  assert.equal(hrefWithHighlight('/framework/modeling/#set-baselines', 'status quo'), '/framework/modeling/?highlight=status%20quo#set-baselines');
  assert.equal(hrefWithHighlight('/ml-framework/notes/x/', 'a&b'), '/ml-framework/notes/x/?highlight=a%26b');
  assert.equal(hrefWithHighlight('/x/?a=1#y', 'z'), '/x/?a=1&highlight=z#y');
  assert.equal(hrefWithHighlight('/x/#y', '  '), '/x/#y');
});

test('takeHighlight returns the terms and the URL without the parameter', () => {
  assert.deepEqual(takeHighlight('/ml-framework/framework/x/?highlight=status%20quo#item'), {
    terms: ['status', 'quo'],
    cleanUrl: '/ml-framework/framework/x/#item',
  });
  assert.deepEqual(takeHighlight('http://localhost:4400/x/?a=1&highlight=leak'), { terms: ['leak'], cleanUrl: '/x/?a=1' });
  assert.equal(takeHighlight('/x/#item'), undefined);
  assert.deepEqual(takeHighlight('/x/?highlight=%20'), { terms: [], cleanUrl: '/x/' });
});

test('markParts splits a title around its matching words', () => {
  assert.deepEqual(markParts('State the latency budget.', ['latency']), [
    { text: 'State the ', marked: false },
    { text: 'latency', marked: true },
    { text: ' budget.', marked: false },
  ]);
  assert.deepEqual(markParts('Latency', ['latency']), [{ text: 'Latency', marked: true }]);
  assert.deepEqual(markParts('No match', ['x']), [{ text: 'No match', marked: false }]);
});
