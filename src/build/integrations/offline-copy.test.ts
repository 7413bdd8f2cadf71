import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Script } from 'node:vm';
import { BUILD_PLACEHOLDER } from '../offline-copy.ts';
import { writeOfflineCopy } from './offline-copy.ts';

const page = (text: string) => `<!doctype html><html lang="en" data-build="${BUILD_PLACEHOLDER}"><body><p>${text}</p></body></html>`;

async function site() {
  const dir = await mkdtemp(path.join(tmpdir(), 'offline-copy-'));
  await mkdir(path.join(dir, 'framework', 'modeling'), { recursive: true });
  await mkdir(path.join(dir, 'pagefind'));
  await writeFile(path.join(dir, 'index.html'), page('home'));
  await writeFile(path.join(dir, 'framework', 'modeling', 'index.html'), page('modeling'));
  await writeFile(path.join(dir, 'pagefind', 'pagefind.js'), 'export {}');
  await writeFile(path.join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
  await writeFile(path.join(dir, '404.html'), page('not found'));
  return dir;
}

test('the worker lists every page and file of the build under the base, stamps each page with the version, and compiles', async () => {
  const dir = await site();
  const { version, urls } = await writeOfflineCopy(dir, '/ml-framework/');
  assert.deepEqual(urls, ['/ml-framework/framework/modeling/', '/ml-framework/', '/ml-framework/pagefind/pagefind.js']);
  for (const file of ['index.html', 'framework/modeling/index.html', '404.html']) {
    assert.match(await readFile(path.join(dir, file), 'utf8'), new RegExp(`<html lang="en" data-build="${version}">`), file);
  }
  const worker = await readFile(path.join(dir, 'sw.js'), 'utf8');
  assert.ok(worker.includes(`const OFFLINE_VERSION = "${version}";`));
  assert.ok(worker.includes('const OFFLINE_BASE = "/ml-framework/";'));
  assert.ok(worker.includes(`const OFFLINE_URLS = ${JSON.stringify(urls)};`));
  assert.doesNotMatch(worker, /\binterface\b|declare const/, 'types are compiled away');
  assert.doesNotThrow(() => new Script(worker, { filename: 'sw.js' }), 'a classic script that parses');
});

test('the same build gives the same version when run again on its own output; a changed page gives a new one', async () => {
  const dir = await site();
  const first = await writeOfflineCopy(dir, '/');
  assert.equal((await writeOfflineCopy(dir, '/')).version, first.version);
  const file = path.join(dir, 'framework', 'modeling', 'index.html');
  await writeFile(file, (await readFile(file, 'utf8')).replace('modeling', 'modeling, revised'));
  const second = await writeOfflineCopy(dir, '/');
  assert.notEqual(second.version, first.version);
  assert.match(await readFile(path.join(dir, 'index.html'), 'utf8'), new RegExp(`data-build="${second.version}"`), 'every page carries the new version, changed or not');
});
