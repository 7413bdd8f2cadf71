import assert from 'node:assert/strict';
import { test } from 'node:test';
import { laterDay } from './later-day.ts';

const NOON = new Date(2026, 11, 7, 12).getTime();
const HOUR = 36e5;

test('a visit on the same calendar day is not a later day, one after midnight is', () => {
  assert.equal(laterDay(String(NOON), NOON + 11 * HOUR), false);
  assert.equal(laterDay(String(NOON), NOON + 12 * HOUR + 1), true);
});

test('the day number stored before (days since 1970, local time) still counts', () => {
  const day = Math.floor((NOON - new Date(NOON).getTimezoneOffset() * 6e4) / 864e5);
  assert.equal(laterDay(String(day), NOON), false);
  assert.equal(laterDay(String(day - 1), NOON), true);
});

test('nothing stored, or something unreadable, waits for the reader', () => {
  assert.equal(laterDay(null, NOON), false);
  assert.equal(laterDay('', NOON), false);
  assert.equal(laterDay('soon', NOON), false);
});
