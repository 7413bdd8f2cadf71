/**
 * The repository the site's files live in, for "Edit this page" links. Read from
 * `REPOSITORY_URL` (e.g. https://github.com/owner/repo) and `REPOSITORY_BRANCH` (default `main`);
 * without a URL there is no link rather than a guessed one.
 */
export interface Repository {
  url: string;
  branch: string;
}

/** The repository from the environment, or undefined when `REPOSITORY_URL` is not set. */
export function repositoryFromEnv(env: Record<string, string | undefined>): Repository | undefined {
  const raw = env.REPOSITORY_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' || url.pathname.replace(/\/+$/, '') === '') {
    throw new Error(`REPOSITORY_URL must be the repository's https:// address, such as https://github.com/owner/repo, got "${raw}".`);
  }
  const branch = env.REPOSITORY_BRANCH?.trim() || 'main';
  return { url: url.href.replace(/\/+$/, '').replace(/\.git$/, ''), branch };
}

/** The page that edits `file` (relative to the repository root) on GitHub: `<url>/edit/<branch>/<file>`. */
export function editUrl(repository: Repository, file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^\.?\//, '');
  return `${repository.url}/edit/${encodeURI(repository.branch)}/${encodeURI(path)}`;
}
