/**
 * URL building for the whole site. Every internal link goes through here so that the same build
 * works at a domain root and under a sub-path (`base`).
 */

/** Joins `base` and a site path (`/framework/modeling/`), keeping exactly one slash between them. */
export function withBase(path: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${cleanPath}`;
}

/**
 * The site path of a content file, from its path relative to the content folder:
 * `index.mdx` → `/`, `framework/2-high-level-architecture.mdx` → `/framework/high-level-architecture/`
 * (the number prefix orders files and stays out of URLs), `notes/goodharts-law.mdx` → `/notes/goodharts-law/`.
 */
export function pathForContentFile(relativeFile: string): string {
  const parts = relativeFile
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.at(-1) === 'index') parts.pop();
  const slugs = parts.map((part) => part.replace(/^\d+-/, ''));
  return slugs.length === 0 ? '/' : `/${slugs.join('/')}/`;
}

/** An absolute URL (for canonical links and copied item links) from the site origin and a base-relative path. */
export function absoluteUrl(path: string, site: string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/**
 * The site path of a content page's Markdown twin: the page's path without its trailing slash,
 * plus `.md` (`/framework/modeling/` → `/framework/modeling.md`), and `/index.md` for the home page.
 * A sibling of the page's folder rather than `index.md` inside it: the address a reader or an
 * assistant guesses from the one in the address bar, and the shape most documentation sites use.
 */
export function markdownPath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return `${trimmed || '/index'}.md`;
}

/** The file beside a twin with the Markdown of each of the page's checklist items, by id (`/framework/modeling.items.json`). */
export function markdownItemsPath(twinPath: string): string {
  return twinPath.replace(/\.md$/, '.items.json');
}
