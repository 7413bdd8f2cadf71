import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PUBLISHED_PATTERN, publishedLabel } from './published-date.ts';

test('a year, a range, two disputed years and "unknown" are accepted', () => {
  for (const value of ['2022', '2019–2021', '2016 or 2017', 'unknown']) assert.match(value, PUBLISHED_PATTERN);
});

test('guesses and loose text are refused', () => {
  for (const value of ['c. 2021', '2021?', '2016-2017', 'Unknown', '', '21']) assert.doesNotMatch(value, PUBLISHED_PATTERN);
});

test('an unknown date reads as "Not known"; a known one as written', () => {
  assert.equal(publishedLabel('unknown'), 'Not known');
  assert.equal(publishedLabel('2016 or 2017'), '2016 or 2017');
});
