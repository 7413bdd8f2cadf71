import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefindApi from 'pagefind';
import { CHUNK_SIZE_VARIABLE, INDEX_CHUNK_LOCATIONS } from '../pagefind-format.ts';
import { searchRecords } from '../search-records.ts';
import { unlistedImports } from '../build-cache.ts';
import { BUNDLE_CODE, bundleKey, checkChunks, indexedTexts, indexingProblem, indexSite, writeChunkStarts, type PagefindNodeApi } from './pagefind.ts';

/** A stand-in for Pagefind's Node API that answers each step as told and records what was asked. */
interface Answers {
  create?: string[];
  add?: string[];
  write?: string[];
  noIndex?: boolean;
}

function fakeApi(answers: Answers) {
  const calls: string[] = [];
  const api: PagefindNodeApi = {
    async createIndex() {
      calls.push(`createIndex ${CHUNK_SIZE_VARIABLE}=${process.env[CHUNK_SIZE_VARIABLE]}`);
      if (answers.noIndex) return { errors: answers.create ?? [] };
      return {
        errors: answers.create ?? [],
        index: {
          async addHTMLFile({ url }) {
            calls.push(`addHTMLFile ${url}`);
            return { errors: answers.add ?? [] };
          },
          async writeFiles({ outputPath }) {
            calls.push(`writeFiles ${outputPath}`);
            return { errors: answers.write ?? [], outputPath };
          },
        },
      };
    },
    async close() {
      calls.push('close');
      return null;
    },
  };
  return { api, calls };
}

const ARTICLE = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><article data-pagefind-body data-pagefind-filter="kind:framework">` +
  `<h1 data-pagefind-meta="title:Modeling" data-pagefind-filter="section:4 · Modeling">Modeling</h1>${body}</article></body></html>`;

/** A built site in a temporary folder: a stage page with one item, and a 404 page without a search body. */
async function site(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-test-'));
  await mkdir(path.join(dir, 'framework', 'modeling'), { recursive: true });
  await writeFile(path.join(dir, 'framework', 'modeling', 'index.html'), ARTICLE('<p>Intro.</p><ul><li id="item" data-pagefind-title="Set baselines.">Set baselines.</li></ul>'));
  await writeFile(path.join(dir, '404.html'), '<!doctype html><html><body><h1>Not found</h1></body></html>');
  return dir;
}

test('indexingProblem reports errors, and an index with no pages', () => {
  assert.equal(indexingProblem('index the built pages', { errors: [], page_count: 3 }, 'dist/'), undefined);
  assert.match(indexingProblem('index the built pages', { errors: ['bad html'], page_count: 3 }, 'dist/')!, /Pagefind failed to index the built pages \(dist\/\):\n {2}- bad html/);
  assert.match(indexingProblem('index the built pages', { errors: [], page_count: 0 }, 'dist/')!, /indexed no pages in dist\/.*data-pagefind-body/);
});

test('indexSite gives Pagefind one record per sub-result, with the chunk size in its environment, and closes it', async () => {
  const dir = await site();
  try {
    const { api, calls } = fakeApi({});
    const before = process.env[CHUNK_SIZE_VARIABLE];
    assert.deepEqual(await indexSite(dir, api), { pageCount: 1, recordCount: 2, outputPath: path.join(dir, 'pagefind') });
    assert.deepEqual(calls, [
      `createIndex ${CHUNK_SIZE_VARIABLE}=${INDEX_CHUNK_LOCATIONS}`,
      'addHTMLFile /framework/modeling/',
      'addHTMLFile /framework/modeling/#item',
      `writeFiles ${path.join(dir, 'pagefind')}`,
      'close',
    ]);
    // The variable is Pagefind's process's, not the build's.
    assert.equal(process.env[CHUNK_SIZE_VARIABLE], before);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('indexSite fails with the errors Pagefind reports, at any step, and still closes Pagefind', async () => {
  const dir = await site();
  try {
    const cases: Array<[Answers, RegExp]> = [
      [{ create: ['no binary'] }, /failed to start.*no binary/s],
      [{ noIndex: true }, /failed to start.*no index/],
      [{ add: ['unreadable file'] }, /failed to index framework\/modeling\/index\.html.*unreadable file/s],
      [{ write: ['disk full'] }, /failed to write its files.*disk full/s],
    ];
    for (const [answers, message] of cases) {
      const { api, calls } = fakeApi(answers);
      await assert.rejects(indexSite(dir, api), message);
      assert.equal(calls.at(-1), 'close');
    }
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('indexSite fails when no page has a search body', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-test-'));
  try {
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><html><body><h1>Home</h1></body></html>');
    await assert.rejects(indexSite(dir, fakeApi({}).api), /indexed no pages/);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('checkChunks fails loudly when the index is in fewer, larger chunks than asked', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-test-'));
  try {
    await mkdir(path.join(dir, 'index'));
    for (const name of ['en_1', 'en_2', 'en_3']) await writeFile(path.join(dir, 'index', `${name}.pf_index`), '');
    const words = (count: number) => [Array.from({ length: count }, () => 'word').join(' ')];
    assert.equal(await checkChunks(dir, words(INDEX_CHUNK_LOCATIONS * 3)), 3);
    await assert.rejects(checkChunks(dir, words(INDEX_CHUNK_LOCATIONS * 10)), /Pagefind wrote 3 index chunks.*no longer honours/s);
  } finally {
    await rm(dir, { recursive: true });
  }
});

/** The fragments Pagefind writes for these documents, decoded. */
async function fragments(documents: Array<{ url: string; content: string }>) {
  const created = await pagefindApi.createIndex({ forceLanguage: 'en' });
  for (const document of documents) assert.deepEqual((await created.index!.addHTMLFile(document)).errors, []);
  const { files } = await created.index!.getFiles();
  await pagefindApi.close();
  return files
    .filter((file) => file.path.endsWith('.pf_fragment'))
    .map((file) => JSON.parse(gunzipSync(file.content).subarray('pagefind_dcd'.length).toString()) as {
      url: string;
      content: string;
      meta: Record<string, string>;
      filters: Record<string, string[]>;
      anchors: Array<{ element: string; id: string; title?: string; text?: string; location: number }>;
    });
}

test('Pagefind reads the records as it reads the page: the same words, sub-results and filters, one sub-result each', async () => {
  const html = ARTICLE(
    '<p>This stage picks the model.</p><h2 id="baselines">Baselines</h2>' +
      '<ul><li id="set-baselines" data-pagefind-title="Set baselines to beat."><strong>Set baselines to beat.</strong>' +
      '<span data-aliases="heuristic" data-pagefind-index-attrs="data-aliases"></span><ul><li>Random predictions.</li></ul></li>' +
      '<li id="start-simple" data-pagefind-title="Start simple."><strong>Start simple.</strong> A ladder.</li></ul><h2 id="evaluation">Evaluation</h2><p>Offline metrics.</p>',
  );
  const [whole] = await fragments([{ url: '/p/', content: html }]);
  const documents = searchRecords(html, '/p/');
  const byUrl = new Map((await fragments(documents)).map((record) => [record.url, record]));
  const records = documents.map((document) => byUrl.get(document.url)!);
  const anchors = (fragment: (typeof records)[number]) => fragment.anchors.filter((a) => a.title || /^h\d$/.test(a.element));
  // Pagefind's sub-results of the whole page, and the records' URLs: one record per sub-result.
  assert.deepEqual([...byUrl.keys()].sort(), ['/p/', ...anchors(whole!).map((a) => `/p/#${a.id}`)].sort());
  assert.equal(records.map((record) => record.content).join(' '), whole!.content);
  for (const record of records) {
    assert.deepEqual(record.filters, whole!.filters);
    const own = anchors(record);
    if (record.url === '/p/') {
      assert.deepEqual([own, record.meta], [[], whole!.meta]);
    } else {
      // Its one anchor opens it, and its title is the sub-result's.
      assert.deepEqual(own.map((a) => [a.id, a.location]), [[record.url.split('#')[1], 0]]);
      assert.deepEqual(record.meta, { title: own[0]!.title ?? own[0]!.text });
    }
  }
});

test('the Pagefind installed honours the chunk size: indexSite and checkChunks pass on a site of 18,000 words', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-test-'));
  try {
    // Four chunks and more of INDEX_CHUNK_LOCATIONS; fewer than Pagefind's own 20,000, which would make one.
    const words = Array.from({ length: 18_000 }, (_, i) => `word${i % 997}`);
    await writeFile(path.join(dir, 'index.html'), ARTICLE(`<p>${words.join(' ')}</p>`));
    const { outputPath } = await indexSite(dir);
    const chunks = await checkChunks(outputPath, await indexedTexts(outputPath));
    assert.ok(chunks >= 3);
    // The dialog's list of where each chunk starts: one per chunk, in order, first to last word.
    const starts = await writeChunkStarts(outputPath, chunks);
    assert.equal(starts.length, chunks);
    await assert.rejects(writeChunkStarts(outputPath, chunks + 1), new RegExp(`metadata lists ${chunks} index chunks, but it wrote ${chunks + 1}`));
    assert.deepEqual(JSON.parse(await readFile(path.join(outputPath, 'index-chunks.json'), 'utf8')), starts);
    assert.ok(starts.every((start, i) => i === 0 || start > starts[i - 1]!));
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('BUNDLE_CODE names every module of the project that the bundle\'s code imports, so a change to any indexes again', async () => {
  assert.deepEqual(await unlistedImports(BUNDLE_CODE), []);
});

test('bundleKey changes with a page\'s content or name, and only then', async () => {
  const dir = await site();
  try {
    const root = path.resolve(import.meta.dirname, '../../..');
    const first = await bundleKey(dir, root);
    assert.equal(await bundleKey(dir, root), first);
    const page = path.join(dir, 'framework', 'modeling', 'index.html');
    await writeFile(page, (await readFile(page, 'utf8')).replace('Intro.', 'Intro, revised.'));
    const second = await bundleKey(dir, root);
    assert.notEqual(second, first);
    await mkdir(path.join(dir, 'notes'));
    await writeFile(path.join(dir, 'notes', 'index.html'), '<!doctype html><html><body></body></html>');
    assert.notEqual(await bundleKey(dir, root), second);
  } finally {
    await rm(dir, { recursive: true });
  }
});
