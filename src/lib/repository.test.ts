import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editUrl, repositoryFromEnv } from './repository.ts';

test('repositoryFromEnv is undefined without REPOSITORY_URL, so pages get no edit link', () => {
  assert.equal(repositoryFromEnv({}), undefined);
  assert.equal(repositoryFromEnv({ REPOSITORY_URL: ' ', REPOSITORY_BRANCH: 'main' }), undefined);
});

test('repositoryFromEnv reads the URL and branch, tidying a trailing slash or .git', () => {
  assert.deepEqual(repositoryFromEnv({ REPOSITORY_URL: 'https://github.com/owner/repo/', REPOSITORY_BRANCH: 'release' }), {
    url: 'https://github.com/owner/repo',
    branch: 'release',
  });
  assert.deepEqual(repositoryFromEnv({ REPOSITORY_URL: 'https://github.com/owner/repo.git' }), { url: 'https://github.com/owner/repo', branch: 'main' });
});

test('repositoryFromEnv rejects an address that is not an https repository URL', () => {
  for (const bad of ['github.com/owner/repo', 'http://github.com/owner/repo', 'https://github.com/']) {
    assert.throws(() => repositoryFromEnv({ REPOSITORY_URL: bad }), /REPOSITORY_URL must be the repository's https:\/\/ address/, bad);
  }
});

test('editUrl points at the file on its branch in GitHub\'s edit view', () => {
  const repository = { url: 'https://github.com/owner/repo', branch: 'main' };
  assert.equal(editUrl(repository, 'content/framework/1-clarify-requirements.mdx'), 'https://github.com/owner/repo/edit/main/content/framework/1-clarify-requirements.mdx');
  assert.equal(editUrl({ ...repository, branch: 'feature/x' }, 'content/notes/a b.mdx'), 'https://github.com/owner/repo/edit/feature/x/content/notes/a%20b.mdx');
});
