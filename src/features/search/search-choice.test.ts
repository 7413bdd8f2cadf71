import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyWordResults, BEST_FRAMEWORK_RECORDS, BEST_RECORDS, chooseRecords, MORE_RECORDS, topicWords } from './search-choice.ts';

const results = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, score: count - i }));
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((result) => result.id);

test('a query reads Pagefind’s best records and the best framework records, and counts every match', () => {
  const all = results('r', 50);
  const framework = [...all.slice(5, 8), ...results('f', 20)];
  const { read, matched } = chooseRecords({ all, framework });
  assert.equal(matched, 50);
  assert.deepEqual(ids(read), [...ids(all.slice(0, BEST_RECORDS)), ...ids(framework.slice(3, BEST_FRAMEWORK_RECORDS))]);
});

test('a lone whole word reads only the records that hold it exactly: "ab" is not "about"', () => {
  const all = [{ id: 'about', score: 9 }, { id: 'ab-test', score: 5 }, { id: 'above', score: 4 }];
  const { read, matched } = chooseRecords({ all, framework: all, exact: [{ id: 'ab-test', score: 1 }] });
  assert.deepEqual([ids(read), matched], [['ab-test'], 1]);
});

test('for a query no record holds whole, each word’s best record comes first, then those holding most words', () => {
  const merged = anyWordResults([
    [{ id: 'personal-data', score: 3 }, { id: 'both', score: 2 }, { id: 'only-personal', score: 1 }],
    [{ id: 'protected-note', score: 4 }, { id: 'personal-data', score: 1 }],
    [{ id: 'system', score: 9 }, { id: 'both', score: 1 }, { id: 'personal-data', score: 0.5 }],
  ]);
  assert.deepEqual(ids(merged), ['personal-data', 'protected-note', 'system', 'both', 'only-personal']);
  // Each record keeps the result of the word it scored best for.
  assert.equal(merged.find((result) => result.id === 'personal-data')!.score, 3);
});

test('no word found: no records', () => {
  assert.deepEqual(anyWordResults([[], []]), []);
});

test('asked for more, a query reads up to MORE_RECORDS of its matches', () => {
  const many = Array.from({ length: MORE_RECORDS + 10 }, (_, i) => ({ id: `r${i}`, score: 100 - i }));
  assert.equal(chooseRecords({ all: many, framework: [] }).read.length, BEST_RECORDS);
  const more = chooseRecords({ all: many, framework: [] }, true);
  assert.equal(more.read.length, MORE_RECORDS);
  assert.equal(more.matched, MORE_RECORDS + 10);
});

test('a question is searched by its topic words, and a query of question words alone by all of them', () => {
  const words = (query: string) => topicWords(query.split(' ').map((word) => ({ word }))).map((t) => t.word);
  assert.deepEqual(words('how do i handle data leakage when the labels arrive late'), ['handle', 'data', 'leakage', 'labels', 'arrive', 'late']);
  assert.deepEqual(words('what is it'), ['what', 'is', 'it']);
});
