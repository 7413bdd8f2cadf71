import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDay, gitIn, lastCommitDates, parseGitLog } from './last-updated.ts';

test('parseGitLog keeps the newest date of each file', () => {
  const log = '\x1f2026-11-30T10:00:00+01:00\n\ncontent/a.mdx\n\n\x1f2026-11-01T09:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n';
  assert.deepEqual(
    parseGitLog(log),
    new Map([
      ['content/a.mdx', '2026-11-30T10:00:00+01:00'],
      ['content/b.mdx', '2026-11-01T09:00:00+00:00'],
    ]),
  );
});

test('formatDay writes the committer\'s day in words', () => {
  assert.equal(formatDay('2026-11-30T23:30:00-05:00'), '30 November 2026');
  assert.equal(formatDay('2026-01-02T00:10:00+09:00'), '2 January 2026');
});

test('lastCommitDates reads a real repository once, and gives nothing when history is missing', (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'mf-git-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'site', 'content'), { recursive: true });
  const git = (cwd: string, args: string[], date?: string) => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env });
    assert.equal(run.status, 0, run.stderr);
  };
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(path.join(repo, 'site', 'content', 'a.mdx'), 'a');
  writeFileSync(path.join(repo, 'site', 'content', 'b.mdx'), 'b');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'first'], '2026-11-01T09:00:00+00:00');
  writeFileSync(path.join(repo, 'site', 'content', 'a.mdx'), 'a, again');
  git(repo, ['commit', '-qam', 'second'], '2026-11-30T10:00:00+01:00');

  // The project is a folder of the repository: paths come relative to it, as entries name their files.
  assert.deepEqual(
    lastCommitDates(gitIn(path.join(repo, 'site'))),
    new Map([
      ['content/a.mdx', '2026-11-30T10:00:00+01:00'],
      ['content/b.mdx', '2026-11-01T09:00:00+00:00'],
    ]),
  );

  const shallow = path.join(root, 'shallow');
  git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
  assert.deepEqual(lastCommitDates(gitIn(path.join(shallow, 'site'))), new Map(), 'a shallow clone would date every file to its one commit');

  const plain = path.join(root, 'plain');
  mkdirSync(plain);
  assert.deepEqual(lastCommitDates(gitIn(plain)), new Map(), 'outside a repository');
  assert.deepEqual(lastCommitDates(() => undefined), new Map(), 'without git');
});
