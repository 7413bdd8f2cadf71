/** Checks over the built files themselves (no browser needed). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { expect, test } from './fixtures.ts';

const DIST = path.resolve(import.meta.dirname, '../dist');
const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

test('the build has every page', () => {
  expect(htmlFiles.length).toBeGreaterThanOrEqual(18);
});

test('no placeholder text anywhere in the built site', () => {
  const placeholder = /\b(TODO|TBD|lorem ipsum|lorem|coming soon|FIXME)\b/i;
  for (const file of htmlFiles) {
    // Only what a reader sees: the text between tags, not scripts or attribute values.
    const text = readFileSync(path.join(DIST, file), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ');
    expect(text, `${file} has placeholder text`).not.toMatch(placeholder);
  }
});

test('every built page is valid HTML (html-validate, rules relaxed only in .htmlvalidate.mjs)', async () => {
  // Some 360 files, share pages included: about 30 s on a busy 2-core machine.
  test.setTimeout(240_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const format = formatterFactory('text');
  const failures: string[] = [];
  for (const file of htmlFiles) {
    const report = await validator.validateFile(path.join(DIST, file));
    if (!report.valid) failures.push(format(report.results));
  }
  expect(failures.join('\n')).toBe('');
});

test('robots.txt points to the sitemap, which lists every page', () => {
  const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  // Share pages (/i/…) are ways into a page, not pages of their own: share-links.spec.ts checks them.
  const pages = htmlFiles.filter((file) => file !== '404.html' && !file.startsWith('i/')).map((file) => `/${file.replace(/index\.html$/, '')}`);
  expect(listed.sort()).toEqual(pages.sort());
});

test('no link to an insecure http: URL in any page', () => {
  for (const file of htmlFiles) {
    expect(readFileSync(path.join(DIST, file), 'utf8'), file).not.toMatch(/<a\s[^>]*href="http:/);
  }
});

test('dist/_headers sends the CSP with frame-ancestors and the security headers', () => {
  const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
  const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(scriptSrc).toContain("'wasm-unsafe-eval'");
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "worker-src 'self'"]) expect(csp).toContain(directive);
  expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
  expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
  expect(headers).toMatch(/Permissions-Policy: \S+/);
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
    expect(title, url).toBeTruthy();
    expect(titles.has(title!), `${url}: duplicate title "${title}"`).toBe(false);
    titles.add(title!);
    expect(meta('name', 'description')?.length ?? 0, `${url}: description`).toBeGreaterThan(30);
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], `${url}: canonical`).toBe(url);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image']) expect(meta('property', key), `${url}: ${key}`).toBeTruthy();
    for (const key of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:url', 'twitter:image']) expect(meta('name', key), `${url}: ${key}`).toBeTruthy();
    expect(meta('property', 'og:url')).toBe(url);
    const image = new URL(meta('property', 'og:image')!).pathname;
    expect(existsSync(path.join(DIST, image)), `${url}: ${image} exists in dist`).toBe(true);
  }
});
