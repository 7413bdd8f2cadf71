import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFromEnv } from './site-env.ts';

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
