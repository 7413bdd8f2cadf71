import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, isClear, knownTerm, maxDistance, replaceWord, suggestWords } from './search-suggest.ts';
import { searchTerms } from './search-terms.ts';

// Most frequent first, as the build writes it.
const vocabulary = { words: ['model', 'latency', 'data', 'label', 'labels', 'latent', 'leakage', 'drift', 'later', 'date', 'driftless', 'baseline'] };

test('editDistance counts insertions, deletions, substitutions and swaps, and stops past its limit', () => {
  assert.equal(editDistance('latncy', 'latency'), 1);
  assert.equal(editDistance('lbael', 'label'), 1);
  assert.equal(editDistance('leakgae', 'leakage'), 1);
  assert.equal(editDistance('basline', 'baseline'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('a', 'abcdef', 2), 3);
});

test('short words are corrected by one edit, words of six letters or more by two', () => {
  assert.equal(maxDistance(5), 1);
  assert.equal(maxDistance(6), 2);
  assert.deepEqual(suggestWords('drfit', vocabulary).map((s) => s.word), ['drift']);
  assert.deepEqual(suggestWords('dxxft', vocabulary), []);
  assert.deepEqual(suggestWords('laetncy', vocabulary).map((s) => s.word), ['latency']);
  assert.deepEqual(suggestWords('baslnie', vocabulary).map((s) => s.word), ['baseline']);
});

test('suggestions come nearest first, then most frequent first, and never the plural of what was typed', () => {
  assert.deepEqual(suggestWords('latenty', vocabulary).map((s) => [s.word, s.distance]), [['latency', 1], ['latent', 1]]);
  assert.deepEqual(suggestWords('datx', vocabulary).map((s) => s.word), ['data', 'date']);
  assert.deepEqual(suggestWords('labls', vocabulary).map((s) => s.word), ['labels']);
  assert.ok(!suggestWords('label', vocabulary).some((s) => s.word === 'labels'));
});

test('one suggestion is clear when it alone is nearest, at one edit, or the only one at two', () => {
  assert.equal(isClear([{ word: 'latency', distance: 1 }, { word: 'latent', distance: 2 }]), true);
  assert.equal(isClear([{ word: 'label', distance: 1 }, { word: 'later', distance: 1 }]), false);
  assert.equal(isClear([{ word: 'baseline', distance: 2 }]), true);
  assert.equal(isClear([{ word: 'latent', distance: 2 }, { word: 'later', distance: 2 }]), false);
  assert.equal(isClear([]), false);
});

test('knownTerm: a word of the site, its plural, or the prefix being typed is no typo', () => {
  assert.equal(knownTerm(searchTerms('drifts')[0]!, vocabulary), true);
  assert.equal(knownTerm(searchTerms('basel')[0]!, vocabulary), true);
  assert.equal(knownTerm(searchTerms('basel ')[0]!, vocabulary), false);
  assert.equal(knownTerm(searchTerms('postgres')[0]!, vocabulary), false);
});

test('replaceWord swaps one word of the query and keeps the others as typed', () => {
  assert.equal(replaceWord('p99 latncy  budget', 'latncy', 'latency'), 'p99 latency budget');
  assert.equal(replaceWord('Latncy', 'latncy', 'latency'), 'latency');
});
