import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_PLAN,
  elapsedMs,
  formatBudget,
  formatClock,
  isStale,
  MAX_PROBLEM_LENGTH,
  parseMinutes,
  parseTimer,
  pickPrompt,
  pauseTimer,
  plan,
  position,
  resumeTimer,
  serializeTimer,
  sessionTitle,
  stageHint,
  startTimer,
} from './interview-timer.ts';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

test('the 45-minute plan is 5, 10, 10, 10, 7 minutes for the stages and 3 to wrap up', () => {
  const segments = plan(45);
  assert.deepEqual(segments.map((s) => s.stage), [1, 2, 3, 4, 5, null]);
  assert.deepEqual(segments.map((s) => (s.endMs - s.startMs) / MIN), [5, 10, 10, 10, 7, 3]);
  assert.equal(segments[0]!.startMs, 0);
  assert.equal(segments.at(-1)!.endMs, 45 * MIN);
  assert.equal(BASE_PLAN.reduce((sum, p) => sum + p.minutes, 0), 45);
});

test('another length scales every part and the segments stay contiguous', () => {
  const segments = plan(60);
  assert.deepEqual(segments.map((s) => (s.endMs - s.startMs) / 1000), [400, 800, 800, 800, 560, 240]);
  const odd = plan(37);
  for (let i = 1; i < odd.length; i++) assert.equal(odd[i]!.startMs, odd[i - 1]!.endMs);
  assert.equal(odd.at(-1)!.endMs, 37 * MIN);
});

test('elapsed time runs from the start and is never negative', () => {
  const state = startTimer(T0, 45);
  assert.equal(elapsedMs(state, T0), 0);
  assert.equal(elapsedMs(state, T0 + 90_000), 90_000);
  assert.equal(elapsedMs(state, T0 - 5_000), 0);
});

test('a pause holds the elapsed time, and resuming subtracts the pause', () => {
  let state = startTimer(T0, 45);
  state = pauseTimer(state, T0 + 3 * MIN);
  assert.equal(elapsedMs(state, T0 + 3 * MIN), 3 * MIN);
  assert.equal(elapsedMs(state, T0 + 30 * MIN), 3 * MIN);
  assert.equal(pauseTimer(state, T0 + 40 * MIN), state, 'pausing twice keeps the first pause');
  state = resumeTimer(state, T0 + 10 * MIN);
  assert.equal(state.pausedAt, null);
  assert.equal(state.pausedMs, 7 * MIN);
  assert.equal(elapsedMs(state, T0 + 12 * MIN), 5 * MIN);
  assert.equal(resumeTimer(state, T0 + 13 * MIN), state, 'resuming a running session changes nothing');
  state = resumeTimer(pauseTimer(state, T0 + 14 * MIN), T0 + 16 * MIN);
  assert.equal(state.pausedMs, 9 * MIN, 'pauses add up');
  assert.equal(elapsedMs(state, T0 + 20 * MIN), 11 * MIN);
});

test('position names the current segment, its remaining time and the spent budgets', () => {
  const segments = plan(45);
  assert.deepEqual(position(segments, 0), { index: 0, remainingMs: 5 * MIN, spent: 0, overMs: 0 });
  assert.deepEqual(position(segments, 5 * MIN - 1), { index: 0, remainingMs: 1, spent: 0, overMs: 0 });
  assert.deepEqual(position(segments, 5 * MIN), { index: 1, remainingMs: 10 * MIN, spent: 1, overMs: 0 });
  assert.deepEqual(position(segments, 36 * MIN), { index: 4, remainingMs: 6 * MIN, spent: 4, overMs: 0 });
  assert.deepEqual(position(segments, 43 * MIN), { index: 5, remainingMs: 2 * MIN, spent: 5, overMs: 0 });
  assert.deepEqual(position(segments, 47 * MIN), { index: 6, remainingMs: 0, spent: 6, overMs: 2 * MIN });
});

test('parseMinutes accepts whole minutes in range only', () => {
  assert.equal(parseMinutes('45'), 45);
  assert.equal(parseMinutes(' 60 '), 60);
  assert.equal(parseMinutes('10'), 10);
  assert.equal(parseMinutes('180'), 180);
  for (const bad of ['', '  ', '9', '181', '45.5', 'abc', '-45', '1e2']) assert.equal(parseMinutes(bad), undefined, bad);
});

test('serializeTimer and parseTimer round-trip a running and a paused session', () => {
  const running = startTimer(T0, 50);
  assert.deepEqual(parseTimer(serializeTimer(running)), running);
  const paused = { ...pauseTimer(running, T0 + MIN), notified: 2 };
  assert.deepEqual(parseTimer(serializeTimer(paused)), paused);
});

test('a session can carry the problem being rehearsed, and keeps it through storage, pause and resume', () => {
  const problem = 'Design the system that predicts the probability that a user clicks an ad.';
  const state = startTimer(T0, 45, `  ${problem}\n`);
  assert.equal(state.problem, problem);
  const paused = pauseTimer(state, T0 + MIN);
  assert.equal(parseTimer(serializeTimer(paused))?.problem, problem);
  assert.equal(resumeTimer(paused, T0 + 2 * MIN).problem, problem);
  // No statement, or only spaces: a plain session.
  assert.equal('problem' in startTimer(T0, 45), false);
  assert.equal('problem' in startTimer(T0, 45, '   '), false);
  assert.equal(startTimer(T0, 45, 'x'.repeat(MAX_PROBLEM_LENGTH + 10)).problem?.length, MAX_PROBLEM_LENGTH);
});

test('pickPrompt draws every prompt for some random number, and nothing from an empty bank', () => {
  const bank = ['a', 'b', 'c'];
  assert.deepEqual([0, 0.34, 0.67, 0.999999].map((r) => pickPrompt(bank, r)), ['a', 'b', 'c', 'c']);
  assert.equal(pickPrompt([], 0.5), undefined);
});

test('parseTimer rejects bad, old and inconsistent data', () => {
  const good = { v: 1, startedAt: T0, minutes: 45, pausedAt: null, pausedMs: 0, notified: 0 };
  const bad: unknown[] = [
    null,
    'not json',
    '[]',
    '"x"',
    { ...good, v: 2 },
    { ...good, v: undefined },
    { ...good, startedAt: 'yesterday' },
    { ...good, startedAt: 0 },
    { ...good, startedAt: -5 },
    { ...good, minutes: 5 },
    { ...good, minutes: 999 },
    { ...good, minutes: 45.5 },
    { ...good, pausedAt: T0 - 1 },
    { ...good, pausedAt: 'now' },
    { ...good, pausedAt: undefined },
    { ...good, pausedMs: -1 },
    { ...good, pausedMs: Number.NaN },
    { ...good, problem: 42 },
    { ...good, problem: '  ' },
    { ...good, problem: 'x'.repeat(MAX_PROBLEM_LENGTH + 1) },
  ];
  for (const value of bad) {
    const raw = typeof value === 'string' || value === null ? value : JSON.stringify(value);
    assert.equal(parseTimer(raw), undefined, String(raw));
  }
  assert.deepEqual(parseTimer(JSON.stringify(good)), good);
});

test('parseTimer repairs a missing or out-of-range announcement count', () => {
  const base = { v: 1, startedAt: T0, minutes: 45, pausedAt: null, pausedMs: 0 };
  assert.equal(parseTimer(JSON.stringify(base))?.notified, 0);
  assert.equal(parseTimer(JSON.stringify({ ...base, notified: 99 }))?.notified, BASE_PLAN.length);
  assert.equal(parseTimer(JSON.stringify({ ...base, notified: -3 }))?.notified, 0);
});

test('a session from long ago, or from the future, is stale', () => {
  const state = startTimer(T0, 45);
  assert.equal(isStale(state, T0 + 2 * 60 * MIN), false);
  assert.equal(isStale(state, T0 + 13 * 60 * MIN), true);
  assert.equal(isStale(state, T0 - 5 * MIN), true);
});

test('formatClock shows mm:ss, and hours from one hour on', () => {
  assert.equal(formatClock(0), '00:00');
  assert.equal(formatClock(999), '00:00');
  assert.equal(formatClock(65_000), '01:05');
  assert.equal(formatClock(45 * MIN), '45:00');
  assert.equal(formatClock(61 * MIN + 9_000), '1:01:09');
  assert.equal(formatClock(-3_000), '00:00');
});

test('formatClock rounds time left up, so elapsed and left add up to the budget', () => {
  assert.equal(formatClock(298_800, 'up'), '04:59');
  assert.equal(formatClock(1_200), '00:01');
  assert.equal(formatClock(300_000, 'up'), '05:00');
  assert.equal(formatClock(0, 'up'), '00:00');
});

test('formatBudget shows whole minutes plainly and the rest with seconds', () => {
  assert.equal(formatBudget(5 * MIN), '5 min');
  assert.equal(formatBudget(400_000), '6 min 40 s');
});

test('the stage hint follows the length typed, and names the accepted lengths when it is not one', () => {
  assert.equal(stageHint(2, 45), 'Suggested for this stage: 10 min of 45.');
  assert.equal(stageHint(2, 30), 'Suggested for this stage: 6 min 40 s of 30.');
  assert.equal(stageHint(1, 60), 'Suggested for this stage: 6 min 40 s of 60.');
  assert.equal(stageHint(4, parseMinutes('5')), 'Enter a length from 10 to 180 minutes.');
  assert.equal(stageHint(4, parseMinutes('')), 'Enter a length from 10 to 180 minutes.');
});

test('the tab title leads with the time left in the current part, says when paused or over, and keeps the page title', () => {
  const running = startTimer(T0, 45);
  assert.equal(sessionTitle(running, T0 + 90_000, 'Modeling'), '03:30 left, stage 1 · Modeling');
  assert.equal(sessionTitle(running, T0 + 43 * MIN, 'Modeling'), '02:00 left, wrap-up · Modeling');
  assert.equal(sessionTitle(running, T0 + 47 * MIN, 'Modeling'), '02:00 over · Modeling');
  const paused = pauseTimer(running, T0 + 6 * MIN);
  assert.equal(sessionTitle(paused, T0 + 20 * MIN, 'Modeling'), 'Paused: 09:00 left, stage 2 · Modeling');
});
