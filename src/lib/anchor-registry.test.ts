import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLost, lostAnchors, publish, unpublishedAnchors, type CurrentPage } from './anchor-registry.ts';

const current: Record<string, CurrentPage> = {
  '/framework/modeling/': { file: 'content/framework/4-modeling.mdx', ids: ['evaluation', 'calibration'], formerIds: ['calibrate-scores'] },
};

test('a published id that is still there, or declared as a former id, is not lost', () => {
  assert.deepEqual(lostAnchors({ '/framework/modeling/': ['evaluation', 'calibrate-scores'] }, current), []);
});

test('a published id that disappeared is lost, with its page file', () => {
  assert.deepEqual(lostAnchors({ '/framework/modeling/': ['baselines'] }, current), [
    { path: '/framework/modeling/', id: 'baselines', file: 'content/framework/4-modeling.mdx' },
  ]);
});

test('ids of a page that disappeared are lost', () => {
  assert.deepEqual(lostAnchors({ '/notes/gone/': ['origin'] }, current), [{ path: '/notes/gone/', id: 'origin' }]);
});

test('publish keeps every published id and adds the new ones, sorted', () => {
  assert.deepEqual(publish({ '/framework/modeling/': ['old'], '/x/': ['y'] }, current), {
    '/framework/modeling/': ['calibration', 'evaluation', 'old'],
    '/x/': ['y'],
  });
});

test('unpublishedAnchors lists current ids missing from the registry', () => {
  assert.deepEqual(unpublishedAnchors({ '/framework/modeling/': ['evaluation'] }, current), [{ path: '/framework/modeling/', id: 'calibration' }]);
});

test('the message says how to keep an old link working', () => {
  const message = describeLost([{ path: '/framework/modeling/', id: 'baselines', file: 'content/framework/4-modeling.mdx' }], 'content/published-anchors.json');
  assert.match(message, /"#baselines" on \/framework\/modeling\/ \(content\/framework\/4-modeling\.mdx\): if the item or heading was renamed, add \{\/\* was #baselines \*\/\} to it/);
  assert.match(message, /delete it from content\/published-anchors\.json/);
});
