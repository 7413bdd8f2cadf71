import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileFor, matches, parseHeadersFile } from './static-site.ts';

test('a _headers file parses into patterns with their headers, in order, comments skipped', () => {
  const rules = parseHeadersFile('# site-wide\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src \'self\'; img-src data:\n\n/pagefind/*\n  Cache-Control: max-age=60\n');
  assert.deepEqual(rules, [
    { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff'], ['Content-Security-Policy', "default-src 'self'; img-src data:"]] },
    { pattern: '/pagefind/*', headers: [['Cache-Control', 'max-age=60']] },
  ]);
});

test('a pattern ending in * covers what starts with it; any other pattern only itself', () => {
  assert.equal(matches('/*', '/framework/modeling/'), true);
  assert.equal(matches('/pagefind/*', '/pagefind/pagefind.js'), true);
  assert.equal(matches('/pagefind/*', '/framework/'), false);
  assert.equal(matches('/404.html', '/404.html'), true);
  assert.equal(matches('/404.html', '/404.htm'), false);
});

test('a URL maps to its file or its directory index under the base, and never outside the root', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'static-site-'));
  await mkdir(path.join(root, 'framework', 'modeling'), { recursive: true });
  await writeFile(path.join(root, 'framework', 'modeling', 'index.html'), '<p>stage</p>');
  await writeFile(path.join(root, 'favicon.svg'), '<svg/>');
  await mkdir(path.join(root, 'empty'));

  assert.equal(await fileFor(root, '/', '/framework/modeling/'), path.join(root, 'framework', 'modeling', 'index.html'));
  assert.equal(await fileFor(root, '/', '/favicon.svg'), path.join(root, 'favicon.svg'));
  assert.equal(await fileFor(root, '/ml/', '/ml/favicon.svg'), path.join(root, 'favicon.svg'));
  assert.equal(await fileFor(root, '/ml/', '/favicon.svg'), undefined, 'outside the base');
  assert.equal(await fileFor(root, '/', '/empty/'), undefined, 'a directory without index.html');
  assert.equal(await fileFor(root, '/', '/missing.html'), undefined);
  assert.equal(await fileFor(root, '/', '/%2e%2e/%2e%2e/etc/passwd'), undefined, 'no way out of the root');
  await mkdir(`${root}-sibling`);
  await writeFile(path.join(`${root}-sibling`, 'secret.txt'), 'no');
  assert.equal(await fileFor(root, '/', `/%2e%2e/${path.basename(root)}-sibling/secret.txt`), undefined, 'nor into a sibling that shares its prefix');
});
