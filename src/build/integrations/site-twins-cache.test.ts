import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { unlistedImports } from '../build-cache.ts';
import { keepTwins, madeTwins, takeTwins, twinsKey, twinsToKeep, twinsUse, type StoredTwins } from '../twin-cache.ts';
import { TWIN_CODE } from './site-twins-cache.ts';

test('TWIN_CODE names every module of the project that site-twins.ts imports, so a change to any makes the Markdown again', async () => {
  assert.deepEqual(await unlistedImports(TWIN_CODE), []);
});

const twins = (llmsTxt: string): StoredTwins => ({ pages: [{ path: '/', twin: { markdown: '# Home\n', items: [] } }], llmsTxt, llmsFullTxt: '', practice: { siteTitle: 'S', stages: [], examples: {}, prompts: {} } });

test('the Markdown of an earlier build is taken for the same code, site, data and content files, and made again when any differs', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'site-twins-cache-'));
  try {
    await mkdir(path.join(dir, 'notes'));
    await writeFile(path.join(dir, 'index.mdx'), '---\ntitle: Home\n---\n');
    await writeFile(path.join(dir, 'notes', 'a.mdx'), '## A\n');
    const inputs = { site: 'https://example.org/', base: '/', contentDir: dir, data: '[]' };

    keepTwins('code-1', []);
    const key = twinsKey(inputs)!;
    assert.equal(takeTwins(key), undefined);
    madeTwins(key, twins('made'));
    assert.deepEqual(twinsUse(), { taken: 0, made: 1 });
    const kept = twinsToKeep();
    assert.deepEqual(kept.map(([k]) => k), [key]);

    // The next build, with the same inputs, takes it.
    keepTwins('code-1', kept);
    assert.equal(twinsKey(inputs), key);
    assert.equal(takeTwins(key)?.llmsTxt, 'made');
    assert.deepEqual(twinsUse(), { taken: 1, made: 0 });

    // Other code, site, base or collection data, or a changed, added or renamed content file: another key.
    const keys = new Set([key]);
    keepTwins('code-2', kept);
    keys.add(twinsKey(inputs)!);
    keepTwins('code-1', kept);
    keys.add(twinsKey({ ...inputs, site: 'https://example.com/' })!);
    keys.add(twinsKey({ ...inputs, base: '/sub/' })!);
    keys.add(twinsKey({ ...inputs, data: '[1]' })!);
    await writeFile(path.join(dir, 'notes', 'a.mdx'), '## A, revised\n');
    keys.add(twinsKey(inputs)!);
    await writeFile(path.join(dir, 'notes', 'b.mdx'), '## B\n');
    keys.add(twinsKey(inputs)!);
    await rm(path.join(dir, 'notes', 'b.mdx'));
    await writeFile(path.join(dir, 'notes', 'c.mdx'), '## B\n');
    keys.add(twinsKey(inputs)!);
    assert.equal(keys.size, 8);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a build keeps its own Markdown first, then the earlier builds\' it did not use, four in all', () => {
  keepTwins('code', ['a', 'b', 'c', 'd'].map((key) => [key, twins(key)] as [string, StoredTwins]));
  takeTwins('c');
  madeTwins('e', twins('e'));
  assert.deepEqual(twinsToKeep().map(([key]) => key), ['c', 'e', 'a', 'b']);
});

test('outside a build (no keepTwins: astro dev, unit tests) there is no key, so nothing is taken or kept', () => {
  // The state is shared through globalThis, as the build's two copies of the module share it.
  const state = (globalThis as Record<symbol, { code?: string }>)[Symbol.for('ml-framework:site-twins')]!;
  const code = state.code;
  delete state.code;
  try {
    assert.equal(twinsKey({ site: 's', base: '/', contentDir: '/nonexistent', data: '' }), undefined);
  } finally {
    if (code !== undefined) state.code = code;
  }
});
