import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareMeta } from './page-meta.ts';
import { PAGE_KINDS } from './page-kinds.ts';
import { sharePages } from './share-pages.ts';
import { shareView } from './share-view.ts';

test("a share page's view: its meta, and its target with base, every value unescaped", () => {
  const [share] = sharePages([
    { path: '/framework/modeling/', title: 'Modeling', kind: PAGE_KINDS.framework, stage: 4, anchors: [{ id: 'a-b', formerIds: [], text: 'Cost & "latency"', details: ['One <two>', 'Three'] }] },
  ]);
  const context = { siteTitle: 'Site', site: 'https://example.org', base: '/ml-framework/' };
  const view = shareView(share!, context);
  const meta = shareMeta(share!, context);
  assert.equal(view.title, meta.title);
  assert.deepEqual(view.tags, meta.tags);
  assert.equal(view.target, '/ml-framework/framework/modeling/#a-b');
  assert.equal(view.text, 'Cost & "latency"');
  assert.deepEqual(view.details, ['One <two>', 'Three']);
  assert.equal(view.description, 'One <two>');
  assert.equal(view.place, 'Stage 4: Modeling');
});
