/**
 * Checks over the built files themselves (`dist/`, from `npm run build`): no browser needed, so
 * node:test reads them. Every page there and no other, valid HTML, no placeholder text, the
 * sitemap and robots.txt, the headers file, and each page's title, description and sharing tags.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { pathForContentFile } from '../src/lib/urls.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CONTENT = path.join(ROOT, 'content');
const htmlFiles = existsSync(DIST) ? readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')) : [];
/** The pages, without the share pages (/i/…): those are ways into a page, not pages of their own (e2e/share-links.spec.ts). */
const pageFiles = htmlFiles.filter((file) => !file.startsWith('i/'));

/** The pages that come from no content file: the 404 page, the cheat sheet and the section indexes. */
const NON_CONTENT_PAGES = ['404.html', 'cheatsheet/index.html', 'examples/index.html', 'notes/index.html', 'resources/index.html'];

test('the build has exactly one page per content file, plus the pages that come from no content file', () => {
  assert.ok(existsSync(DIST), 'dist/ is missing: run `npm run build` first');
  const contentFiles = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  const expected = [...contentFiles.map((file) => `${pathForContentFile(file).slice(1)}index.html`), ...NON_CONTENT_PAGES];
  assert.equal(new Set(expected).size, expected.length, 'two sources for one page');
  assert.deepEqual(pageFiles.toSorted(), expected.toSorted());
});

test('no placeholder text anywhere in the built site', () => {
  const placeholder = /\b(TODO|TBD|lorem ipsum|lorem|coming soon|FIXME)\b/i;
  for (const file of htmlFiles) {
    // Only what a reader sees: the text between tags, not scripts or attribute values.
    const text = readFileSync(path.join(DIST, file), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ');
    assert.doesNotMatch(text, placeholder, `${file} has placeholder text`);
  }
});

test('every built page is valid HTML (html-validate, rules relaxed only in .htmlvalidate.mjs)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const format = formatterFactory('text');
  const failures: string[] = [];
  for (const file of htmlFiles) {
    const report = await validator.validateFile(path.join(DIST, file));
    if (!report.valid) failures.push(format(report.results));
  }
  assert.equal(failures.join('\n'), '');
});

test('robots.txt points to the sitemap, which lists every page', () => {
  const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
  assert.match(robots, /^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const pages = pageFiles.filter((file) => file !== '404.html').map((file) => `/${file.replace(/index\.html$/, '')}`);
  assert.deepEqual(listed.toSorted(), pages.toSorted());
});

test('no link to an insecure http: URL in any page', () => {
  for (const file of htmlFiles) {
    assert.doesNotMatch(readFileSync(path.join(DIST, file), 'utf8'), /<a\s[^>]*href="http:/, file);
  }
});

test('dist/_headers sends the CSP with frame-ancestors and the security headers', () => {
  const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
  const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
  assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'/);
  assert.ok(scriptSrc.includes("'wasm-unsafe-eval'"), `script-src ${scriptSrc}`);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "worker-src 'self'"]) assert.ok(csp.includes(directive), `${directive} in ${csp}`);
  assert.match(headers, /X-Content-Type-Options: nosniff/);
  assert.match(headers, /Referrer-Policy: strict-origin-when-cross-origin/);
  assert.match(headers, /Permissions-Policy: \S+/);
});

test('every page in the sitemap has a unique title, a description, a canonical URL and sharing tags', () => {
  const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const titles = new Set<string>();
  for (const url of urls) {
    const file = path.join(DIST, new URL(url).pathname, 'index.html');
    const html = readFileSync(file, 'utf8');
    const meta = (attribute: string, key: string) => new RegExp(`<meta ${attribute}="${key}" content="([^"]+)"`).exec(html)?.[1];
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    assert.ok(title, url);
    assert.ok(!titles.has(title), `${url}: duplicate title "${title}"`);
    titles.add(title);
    assert.ok((meta('name', 'description')?.length ?? 0) > 30, `${url}: description`);
    assert.equal(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], url, `${url}: canonical`);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image']) assert.ok(meta('property', key), `${url}: ${key}`);
    for (const key of ['twitter:card', 'twitter:image:alt']) assert.ok(meta('name', key), `${url}: ${key}`);
    assert.equal(meta('property', 'og:url'), url);
    const image = new URL(meta('property', 'og:image')!).pathname;
    assert.ok(existsSync(path.join(DIST, image)), `${url}: ${image} exists in dist`);
  }
});
