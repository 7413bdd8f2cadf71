import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFromEnv, siteUrlWarning } from './site-env.ts';

test('siteFromEnv defaults to localhost at the root', () => {
  assert.deepEqual(siteFromEnv({}), { site: 'http://localhost:4321', base: '/' });
});

test('siteFromEnv normalises BASE_PATH to leading and trailing slashes', () => {
  assert.equal(siteFromEnv({ BASE_PATH: 'ml-framework' }).base, '/ml-framework/');
  assert.equal(siteFromEnv({ BASE_PATH: '/ml-framework' }).base, '/ml-framework/');
});

test('siteFromEnv rejects a SITE_URL that is not a URL', () => {
  assert.throws(() => siteFromEnv({ SITE_URL: 'example.org' }), /SITE_URL must be an absolute URL/);
});

test('siteUrlWarning names every place the localhost URL lands when SITE_URL is not set', () => {
  for (const env of [{}, { SITE_URL: '  ' }, { BASE_PATH: '/ml-framework/' }]) {
    const text = siteUrlWarning(env)?.join('\n') ?? '';
    for (const place of ['http://localhost:4321', 'canonical', 'og:url', 'og:image', 'sitemap', 'robots.txt', 'SITE_URL=https://']) {
      assert.ok(text.includes(place), `the warning for ${JSON.stringify(env)} mentions ${place}`);
    }
  }
});

test('siteUrlWarning is silent once SITE_URL is set', () => {
  assert.equal(siteUrlWarning({ SITE_URL: 'https://example.org' }), undefined);
  // Set explicitly, even to localhost (the sub-path test build does), the address is a choice.
  assert.equal(siteUrlWarning({ SITE_URL: 'http://localhost:4401' }), undefined);
});
