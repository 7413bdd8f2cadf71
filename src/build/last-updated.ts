/**
 * "Last updated" for content files: the date of the last commit that touched each file, read from
 * git once for all of them. Without git, outside a repository or in a shallow clone (where every
 * file would seem to date from the one commit fetched) there are no dates, and pages show none.
 */
import { spawnSync } from 'node:child_process';

/** Runs git with `args` in the project folder; the output, or undefined when git fails or is missing. */
export type GitRunner = (args: string[]) => string | undefined;

// A separator no file name contains: each commit's date follows it, then the files it touched.
const COMMIT = '\x1f';

/** The last commit date of each file in `git log --format=<COMMIT>%cI --name-only` output, newest first. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(COMMIT)) date = line.slice(COMMIT.length).trim();
    else if (line && date && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

/** The git runner for the project folder `cwd`. */
export function gitIn(cwd: string): GitRunner {
  return (args) => {
    const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return run.status === 0 ? run.stdout : undefined;
  };
}

/**
 * The last commit date (ISO 8601, the committer's offset) of every file under `folder`, keyed by
 * its path relative to the project folder; empty when the history is missing or shallow.
 */
export function lastCommitDates(git: GitRunner, folder = 'content'): Map<string, string> {
  if (git(['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return new Map();
  const log = git(['-c', 'core.quotePath=false', 'log', `--format=${COMMIT}%cI`, '--name-only', '--no-renames', '--relative', '--', folder]);
  return log === undefined ? new Map() : parseGitLog(log);
}

// Made once: a formatter costs far more to make than to use, and every content page formats a date.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A commit date as readers write it, "30 November 2026", the day as the committer saw it. */
export function formatDay(iso: string): string {
  return DAY.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
