import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageMeta } from './page-meta.ts';

const common = { siteTitle: 'Site', description: 'What the page says.', site: 'https://example.org', base: '/ml-framework/' };

test('a stage page gets a numbered title and absolute canonical and image URLs under base', () => {
  const meta = pageMeta({ ...common, title: 'Modeling', path: '/framework/modeling/', stage: 4 });
  assert.equal(meta.title, '4. Modeling · Site');
  assert.equal(meta.canonical, 'https://example.org/ml-framework/framework/modeling/');
  const tag = (key: string) => meta.tags.find(([, k]) => k === key)?.[2];
  assert.equal(tag('og:url'), meta.canonical);
  assert.equal(tag('twitter:url'), meta.canonical);
  assert.equal(tag('og:image'), 'https://example.org/ml-framework/og-image.png');
  assert.equal(tag('twitter:card'), 'summary_large_image');
  assert.equal(tag('og:description'), 'What the page says.');
});

test('the home page is titled with the site name alone', () => {
  assert.equal(pageMeta({ ...common, title: 'Site', path: '/' }).title, 'Site');
});

test('a page without a URL of its own (404) has no canonical or og:url', () => {
  const meta = pageMeta({ ...common, title: 'Page not found' });
  assert.equal(meta.canonical, undefined);
  assert.equal(meta.tags.some(([, key]) => key === 'og:url'), false);
});
