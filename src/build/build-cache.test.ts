import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { cacheKey, keepFolder, restoreFolder, writeCacheFile } from './build-cache.ts';

test('cacheKey depends on every part and on where the parts divide', () => {
  assert.equal(cacheKey(['a', 'b']), cacheKey(['a', 'b']));
  assert.notEqual(cacheKey(['a', 'b']), cacheKey(['a', 'c']));
  assert.notEqual(cacheKey(['ab', 'c']), cacheKey(['a', 'bc']));
  assert.equal(cacheKey(['a', new TextEncoder().encode('b')]), cacheKey(['a', 'b']));
});

test('a kept folder comes back whole with its meta, a missing one not at all, and only the entries used last are kept', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'build-cache-'));
  try {
    const cacheDir = path.join(dir, 'cache');
    const source = path.join(dir, 'bundle');
    await mkdir(path.join(source, 'index'), { recursive: true });
    await writeFile(path.join(source, 'index', 'a.pf_index'), 'chunk');
    await writeFile(path.join(source, 'pagefind.js'), 'export {}');
    await keepFolder(cacheDir, 'area', 'one', source, { pages: 3 }, 2);

    const target = path.join(dir, 'dist', 'bundle');
    assert.equal(await restoreFolder(cacheDir, 'area', 'other', target), undefined);
    assert.deepEqual(await restoreFolder(cacheDir, 'area', 'one', target), { pages: 3 });
    assert.equal(await readFile(path.join(target, 'index', 'a.pf_index'), 'utf8'), 'chunk');
    assert.equal(await readFile(path.join(target, 'pagefind.js'), 'utf8'), 'export {}');

    // Entry "one" used longest ago: two more entries leave room for two only.
    await utimes(path.join(cacheDir, 'area', 'one'), new Date(1000), new Date(1000));
    await keepFolder(cacheDir, 'area', 'two', source, {}, 2);
    await keepFolder(cacheDir, 'area', 'three', source, {}, 2);
    assert.deepEqual((await readdir(path.join(cacheDir, 'area'))).sort(), ['three', 'two']);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('writeCacheFile creates the folder and leaves no file aside', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'build-cache-'));
  try {
    const file = path.join(dir, 'a', 'b', 'worker.js');
    await writeCacheFile(file, 'code');
    assert.equal(await readFile(file, 'utf8'), 'code');
    assert.deepEqual(await readdir(path.dirname(file)), ['worker.js']);
  } finally {
    await rm(dir, { recursive: true });
  }
});
