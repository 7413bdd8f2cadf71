import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentLanding, type PageTarget } from './fragment-landing.ts';

const TARGETS: PageTarget[] = [
  { id: 'metrics-and-the-ml-objective', title: 'Metrics and the ML objective' },
  { id: 'metrics', title: 'Propose the metrics you will use' },
  { id: 'propose-the-metrics-you-will-use', title: 'Propose the metrics you will use', itemId: 'metrics' },
  { id: 'name-guardrail-metrics', title: 'Name guardrail metrics' },
  { id: 'is-ml-needed-at-all', title: 'Is ML needed at all?' },
];

test('a fragment that differs only in case lands on the item, former ids included', () => {
  assert.deepEqual(fragmentLanding('Metrics', TARGETS), { kind: 'case', id: 'metrics' });
  assert.deepEqual(fragmentLanding('IS-ML-Needed-At-All', TARGETS), { kind: 'case', id: 'is-ml-needed-at-all' });
  assert.deepEqual(fragmentLanding('Propose-The-Metrics-You-Will-Use', TARGETS), { kind: 'case', id: 'propose-the-metrics-you-will-use' });
});

test('a mistyped fragment offers the closest items, nearest first, each once under its current id', () => {
  const landing = fragmentLanding('is-ml-neded-at-al', TARGETS);
  assert.equal(landing.kind, 'missing');
  assert.deepEqual(landing.kind === 'missing' && landing.suggestions[0], { id: 'is-ml-needed-at-all', title: 'Is ML needed at all?' });
  // A typo in the former id suggests the item by its current id, and only once.
  const former = fragmentLanding('Propose-the-metrics-you-wil-use', TARGETS);
  const ids = former.kind === 'missing' ? former.suggestions.map((s) => s.id) : [];
  assert.equal(ids[0], 'metrics');
  assert.equal(ids.length, 3);
  assert.equal(new Set(ids).size, 3);
});

test('a page without targets has nothing to suggest', () => {
  assert.deepEqual(fragmentLanding('anything', []), { kind: 'missing', suggestions: [] });
});
