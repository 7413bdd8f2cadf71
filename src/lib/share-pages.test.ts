import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_KINDS } from './page-kinds.ts';
import { isShareUrl, sharePages, sharePath, trimText } from './share-pages.ts';

const item = (id: string, formerIds: string[] = []) => ({ id, formerIds, text: `Text of ${id}`, details: [`First detail of ${id}.`, 'Second.'] });

test('each anchor gets /i/<page slug>/<id>/, a former id one that lands on the current id', () => {
  const pages = sharePages([
    { path: '/framework/modeling/', title: 'Modeling', kind: PAGE_KINDS.framework, stage: 4, anchors: [item('a', ['old-a']), item('b')] },
    { path: '/examples/ads/', title: 'Ads', kind: PAGE_KINDS.examples, anchors: [item('step')] },
    { path: '/resources/book/', title: 'Book', kind: PAGE_KINDS.resources, anchors: [item('x')] },
  ]);
  assert.deepEqual(
    pages.map((p) => [p.path, p.target, p.current, p.place, p.openLabel]),
    [
      ['/i/modeling/a/', '/framework/modeling/#a', '/i/modeling/a/', 'Stage 4: Modeling', 'Open in the checklist'],
      ['/i/modeling/old-a/', '/framework/modeling/#a', '/i/modeling/a/', 'Stage 4: Modeling', 'Open in the checklist'],
      ['/i/modeling/b/', '/framework/modeling/#b', '/i/modeling/b/', 'Stage 4: Modeling', 'Open in the checklist'],
      ['/i/ads/step/', '/examples/ads/#step', '/i/ads/step/', 'Worked example: Ads', 'Open in the worked example'],
    ],
  );
  assert.equal(pages[0]!.description, 'First detail of a.');
});

test('two pages that end in the same segment fail, naming both', () => {
  assert.throws(
    () =>
      sharePages([
        { path: '/framework/ranking/', title: 'R', kind: PAGE_KINDS.framework, stage: 1, anchors: [] },
        { path: '/examples/ranking/', title: 'R', kind: PAGE_KINDS.examples, anchors: [] },
      ]),
    /\/framework\/ranking\/ and \/examples\/ranking\/ would share the share-page folder \/i\/ranking\//,
  );
});

test('a description is cut at a word, with an ellipsis', () => {
  assert.equal(trimText('short', 10), 'short');
  assert.equal(trimText('one two three four five', 14), 'one two three…');
});

test('share URLs are recognised under base, other pages are not', () => {
  assert.equal(sharePath('/framework/modeling/', 'x'), '/i/modeling/x/');
  assert.equal(isShareUrl('https://example.org/ml-framework/i/modeling/x/', '/ml-framework/'), true);
  assert.equal(isShareUrl('https://example.org/ml-framework/framework/modeling/', '/ml-framework/'), false);
});
