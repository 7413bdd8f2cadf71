/** The comparison of "Check your answer" (answer-check.ts) on fixture answer keys. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_ATTEMPTS,
  attemptOf,
  compareAnswer,
  parseAttempts,
  parseRehearsal,
  serializeAttempts,
  summarize,
  tickKey,
  type ExampleKey,
  type KeyStage,
} from './answer-check.ts';

const stages: KeyStage[] = [
  { stage: 1, title: 'Clarify', href: '/framework/clarify/', items: [{ id: 'goals', text: 'Goals?' }, { id: 'scale', text: 'Scale?' }, { id: 'data', text: 'Data?' }] },
  { stage: 2, title: 'Architecture', href: '/framework/arch/', items: [{ id: 'metrics', text: 'Metrics' }, { id: 'funnel', text: 'Funnel' }, { id: 'device', text: 'Cloud or device' }] },
  // Same id as a stage 1 item: ticks are per stage.
  { stage: 3, title: 'Data', href: '/framework/data/', items: [{ id: 'scale', text: 'Data scale' }, { id: 'labels', text: 'Labels' }] },
];
const example: ExampleKey = {
  title: 'Fixture',
  applied: [
    { stage: 1, id: 'scale', step: 'users-at-once', stepText: 'Users at once' },
    { stage: 1, id: 'goals', step: 'goals-step', stepText: 'Goals step' },
    { stage: 2, id: 'metrics', step: 'metrics-step', stepText: 'Metrics step' },
    { stage: 2, id: 'funnel', step: 'funnel-step', stepText: 'Funnel step' },
    { stage: 3, id: 'labels', step: 'labels-step', stepText: 'Labels step' },
  ],
  skipped: [
    { stage: 2, id: 'device', reason: 'cloud or device — on servers.' },
    { stage: 2, id: 'device', reason: 'a second reason is ignored' },
  ],
};

test('covered, missed and extra per stage, in the stage order of items', () => {
  const result = compareAnswer(stages, example, [tickKey(1, 'goals'), tickKey(1, 'data'), tickKey(2, 'device'), tickKey(2, 'funnel'), tickKey(3, 'scale')]);
  const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);
  assert.deepEqual(result.stages.map((s) => [s.stage, ids(s.covered), ids(s.missed), ids(s.extra)]), [
    [1, ['goals'], ['scale'], ['data']],
    [2, ['funnel'], ['metrics'], ['device']],
    [3, [], ['labels'], ['scale']],
  ]);
  assert.deepEqual(result.stages[0]!.missed[0], { id: 'scale', text: 'Scale?', step: 'users-at-once', stepText: 'Users at once' });
  // The example's first reason for a skipped item; none for an item it does not mention.
  assert.equal(result.stages[1]!.extra[0]!.reason, 'cloud or device — on servers.');
  assert.equal('reason' in result.stages[0]!.extra[0]!, false);
  assert.deepEqual([result.applied, result.covered, result.extra], [5, 2, 3]);
});

test('the summary names the totals and the stage with the most misses', () => {
  const none = compareAnswer(stages, example, []);
  assert.equal(summarize(none), 'You covered 0 of the 5 items this answer applies; stage 1 is where you lost most (2 missed).');
  const stage2 = compareAnswer(stages, example, [tickKey(1, 'goals'), tickKey(1, 'scale'), tickKey(3, 'labels')]);
  assert.equal(summarize(stage2), 'You covered 3 of the 5 items this answer applies; stage 2 is where you lost most (2 missed).');
  const all = compareAnswer(stages, example, example.applied.map((item) => tickKey(item.stage, item.id)));
  assert.equal(summarize(all), 'You covered 5 of the 5 items this answer applies: none missed.');
  assert.match(summarize(compareAnswer(stages, { title: 'x', applied: [], skipped: [] }, [])), /applies no checklist items/);
});

test('an applied item the stage list lacks still counts', () => {
  const result = compareAnswer(stages, { title: 'x', applied: [{ stage: 2, id: 'gone', step: 's', stepText: 'S' }], skipped: [] }, []);
  assert.deepEqual(result.stages[1]!.missed.map((item) => item.id), ['gone']);
  assert.equal(result.applied, 1);
});

test('an attempt keeps the counts per stage, and stored attempts are read defensively', () => {
  const comparison = compareAnswer(stages, example, [tickKey(1, 'goals'), tickKey(2, 'device')]);
  const attempt = attemptOf('fixture', 'Fixture', new Date('2026-01-02T03:04:05Z'), comparison);
  assert.deepEqual(attempt.stages, [
    { stage: 1, covered: 1, applied: 2, extra: 0 },
    { stage: 2, covered: 0, applied: 2, extra: 1 },
    { stage: 3, covered: 0, applied: 1, extra: 0 },
  ]);
  assert.deepEqual(parseAttempts(serializeAttempts([attempt])), [attempt]);
  for (const raw of [null, '', 'nope', '[]', '{"v":2,"attempts":[]}', '{"v":1}']) assert.deepEqual(parseAttempts(raw), []);
  const bad = { ...attempt, stages: [{ stage: 1, covered: 3, applied: 2, extra: 0 }] };
  assert.deepEqual(parseAttempts(JSON.stringify({ v: 1, attempts: [bad, attempt, { ...attempt, date: 'never' }] })), [attempt]);
  const many = Array.from({ length: MAX_ATTEMPTS + 3 }, (_, i) => ({ ...attempt, id: String(i) }));
  const kept = parseAttempts(serializeAttempts(many));
  assert.equal(kept.length, MAX_ATTEMPTS);
  assert.equal(kept[0]!.id, '3');
});

test('a stored rehearsal is read defensively', () => {
  assert.deepEqual(parseRehearsal('{"v":1,"example":"a","started":5,"ticked":["1:goals","bad key",3,"2:x"]}'), { v: 1, example: 'a', started: 5, ticked: ['1:goals', '2:x'] });
  for (const raw of [null, '{', '{"v":1,"example":"a","ticked":[]}', '{"v":1,"example":"a","started":1}']) assert.equal(parseRehearsal(raw), undefined);
});

test('with nothing ticked, every applied item is missed, in every stage', () => {
  const everything: ExampleKey = {
    title: 'All',
    applied: stages.flatMap((stage) => stage.items.map((item) => ({ stage: stage.stage, id: item.id, step: `step-${item.id}`, stepText: item.text }))),
    skipped: [],
  };
  const result = compareAnswer(stages, everything, []);
  assert.deepEqual(
    result.stages.map((s) => s.missed.map((item) => item.step)),
    stages.map((stage) => stage.items.map((item) => `step-${item.id}`)),
  );
  assert.deepEqual([result.applied, result.covered, result.extra], [8, 0, 0]);
});
