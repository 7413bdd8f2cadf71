import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { unlistedImports } from '../build-cache.ts';
import { keepPages, pagesRead, readPage } from '../../markdown/content-graph.ts';
import { GRAPH_CODE } from './content-graph-cache.ts';

test('GRAPH_CODE names every module of the project that content-graph.ts imports, so a change to any parses again', async () => {
  assert.deepEqual(await unlistedImports(GRAPH_CODE), []);
});

test('a page kept by an earlier build is taken when its file and the code are unchanged, and parsed again otherwise', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'content-graph-cache-'));
  try {
    const file = path.join(dir, 'note.mdx');
    await writeFile(file, '---\ntitle: Note\n---\n\n## Heading\n\n- **An item** with a [link](./other.mdx)\n');
    keepPages('code-1', []);
    const parsed = readPage(file, dir);
    assert.deepEqual(parsed.anchors.map((anchor) => anchor.id), ['heading', 'an-item']);
    const kept = pagesRead();
    assert.equal(kept.length, 1);

    // The next build: the same file and code take the kept page (marked here to tell it apart).
    const [[key, page]] = kept as [[string, (typeof kept)[number][1]]];
    keepPages('code-1', [[key, { ...page, title: 'Kept' }]]);
    const taken = readPage(file, dir);
    assert.equal(taken.title, 'Kept');
    assert.equal(taken.file, file);
    assert.deepEqual(taken.ids, parsed.ids);
    assert.deepEqual({ ...taken, title: 'Note' }, parsed);
    assert.deepEqual(pagesRead().map(([k]) => k), [key]);

    // Other code, or a changed file, parses again.
    keepPages('code-2', [[key, { ...page, title: 'Kept' }]]);
    assert.equal(readPage(file, dir).title, 'Note');
    keepPages('code-1', [[key, { ...page, title: 'Kept' }]]);
    await writeFile(file, '---\ntitle: Note, revised\n---\n\n## Heading\n');
    assert.equal(readPage(file, dir).title, 'Note, revised');
  } finally {
    await rm(dir, { recursive: true });
  }
});
