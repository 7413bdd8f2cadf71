/**
 * The offline copy's decisions, as plain functions: which built files a reader's browser keeps,
 * under which URLs, the version that names the copy, its cache names, and the build stamp each page carries.
 * src/build/integrations/offline-copy.ts applies them to `dist/`.
 */
import { createHash } from 'node:crypto';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';

/**
 * Built files the offline copy leaves out: host and crawler files, the social cards (for link
 * previews, never shown on a page), the share pages (a way into a page from a link, hundreds of
 * them, each only a copy of one item), llms.txt and llms-full.txt (for assistants that read the
 * site on the web; the Markdown twins they point to, which "Copy as Markdown" loads, stay in), the
 * worker itself, the 404 page (an unknown URL offline gets the worker's own message), and the parts
 * of Pagefind the site never loads (its UIs, its web worker, the unknown-language index).
 */
const LEFT_OUT = [
  /^_headers$/,
  /^sw\.js$/,
  /^robots\.txt$/,
  /^llms(-full)?\.txt$/,
  /^sitemap[^/]*\.xml$/,
  /^anchors\.json$/,
  /^cards\//,
  /^i\//,
  /^404\.html$/,
  /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
];

/** Whether a built file (path relative to the output folder, `/`-separated) belongs in the offline copy. */
export function isOfflineFile(file: string): boolean {
  return !LEFT_OUT.some((pattern) => pattern.test(file));
}

/** The URL a built file is requested at: `framework/modeling/index.html` → `<base>framework/modeling/`. */
export function offlineUrl(file: string, base: string): string {
  const page = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${page}`;
}

/** The version of an offline copy: a short hash of its URLs and their contents, so any change to any file makes a new one. */
export function offlineVersion(files: Array<{ url: string; sha256: string }>): string {
  const list = [...files].sort((a, b) => a.url.localeCompare(b.url)).map((file) => `${file.url} ${file.sha256}`);
  return createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 16);
}

/**
 * Every cache of the site at `base` starts with this, so a root site and a sub-path site on one
 * origin never touch each other's caches. (The home page's off switch, OfflineControl.astro, writes
 * the same prefix out.)
 */
export function cachePrefix(base: string): string {
  return `${STORAGE_KEYS.offlineCache} ${base} `;
}

/**
 * Each page says which build it is (`<html data-build>`), so that a page can tell whether a new
 * offline copy is newer than itself. The build writes a placeholder; the offline-copy step
 * replaces it with the version, which is computed with the placeholder in place (it cannot
 * contain itself).
 */
export const BUILD_PLACEHOLDER = 'offline-copy-version';
const BUILD_ATTRIBUTE = /(<html\b[^>]*?\sdata-build=")([^"]*)(")/;

/** A page's HTML with its build stamp set to `version` (the placeholder, to hash it). */
export function stampBuild(html: string, version: string): string {
  if (!BUILD_ATTRIBUTE.test(html)) throw new Error('The page has no <html data-build> attribute; src/layouts/PageLayout.astro writes it.');
  return html.replace(BUILD_ATTRIBUTE, (_, start: string, _old: string, end: string) => `${start}${version}${end}`);
}
