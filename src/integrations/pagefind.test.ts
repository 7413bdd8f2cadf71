import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexingProblem, indexSite, type PagefindNodeApi } from './pagefind.ts';

/** A stand-in for Pagefind's Node API that answers each step as told and records what was asked. */
interface Answers {
  create?: string[];
  add?: { errors: string[]; page_count: number };
  write?: string[];
  noIndex?: boolean;
}

function fakeApi(answers: Answers) {
  const calls: string[] = [];
  const api: PagefindNodeApi = {
    async createIndex() {
      calls.push('createIndex');
      if (answers.noIndex) return { errors: answers.create ?? [] };
      return {
        errors: answers.create ?? [],
        index: {
          async addDirectory({ path }) {
            calls.push(`addDirectory ${path}`);
            return answers.add ?? { errors: [], page_count: 19 };
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

test('indexingProblem reports errors, and an index with no pages', () => {
  assert.equal(indexingProblem('index the built pages', { errors: [], page_count: 3 }, 'dist/'), undefined);
  assert.match(indexingProblem('index the built pages', { errors: ['bad html'], page_count: 3 }, 'dist/')!, /Pagefind failed to index the built pages \(dist\/\):\n {2}- bad html/);
  assert.match(indexingProblem('index the built pages', { errors: [], page_count: 0 }, 'dist/')!, /indexed no pages in dist\/.*data-pagefind-body/);
});

test('indexSite indexes the directory, writes the bundle beside the pages and closes Pagefind', async () => {
  const { api, calls } = fakeApi({});
  assert.deepEqual(await indexSite('/site/dist', api), { pageCount: 19, outputPath: '/site/dist/pagefind' });
  assert.deepEqual(calls, ['createIndex', 'addDirectory /site/dist', 'writeFiles /site/dist/pagefind', 'close']);
});

test('indexSite fails with the errors Pagefind reports, at any step, and still closes Pagefind', async () => {
  const cases: Array<[Answers, RegExp]> = [
    [{ create: ['no binary'] }, /failed to start.*no binary/s],
    [{ noIndex: true }, /failed to start.*no index/],
    [{ add: { errors: ['unreadable file'], page_count: 0 } }, /failed to index the built pages.*unreadable file/s],
    [{ add: { errors: [], page_count: 0 } }, /indexed no pages/],
    [{ write: ['disk full'] }, /failed to write its files.*disk full/s],
  ];
  for (const [answers, message] of cases) {
    const { api, calls } = fakeApi(answers);
    await assert.rejects(indexSite('/site/dist', api), message);
    assert.equal(calls.at(-1), 'close');
  }
});
