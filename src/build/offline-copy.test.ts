import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILD_PLACEHOLDER, cachePrefix, isOfflineFile, offlineUrl, offlineVersion, stampBuild } from './offline-copy.ts';

test('the offline copy keeps pages, their Markdown twins, assets and the search index, and leaves out host, crawler, llms.txt and unused Pagefind files', () => {
  for (const kept of ['index.html', 'framework/modeling/index.html', '_astro/PageLayout.abc.css', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/fragment/en_1.pf_fragment', 'manifest.webmanifest', 'icons/maskable-512.png', 'favicon.svg', 'index.md', 'framework/modeling.md', 'framework/modeling.items.json', 'assistant-practice.json']) {
    assert.equal(isOfflineFile(kept), true, kept);
  }
  for (const left of ['_headers', 'sw.js', 'robots.txt', 'llms.txt', 'llms-full.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'anchors.json', 'cards/framework/modeling.png', 'cards/i/modeling/set-baselines-to-beat.png', 'i/modeling/set-baselines-to-beat/index.html', '404.html', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-component-ui.css', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-highlight.js', 'pagefind/wasm.unknown.pagefind']) {
    assert.equal(isOfflineFile(left), false, left);
  }
});

test('a built file is kept under the URL a reader requests, below the base', () => {
  assert.equal(offlineUrl('index.html', '/'), '/');
  assert.equal(offlineUrl('framework/modeling/index.html', '/'), '/framework/modeling/');
  assert.equal(offlineUrl('framework/modeling/index.html', '/ml-framework/'), '/ml-framework/framework/modeling/');
  assert.equal(offlineUrl('index.html', '/ml-framework/'), '/ml-framework/');
  assert.equal(offlineUrl('pagefind/pagefind.js', '/ml-framework/'), '/ml-framework/pagefind/pagefind.js');
});

test('the version changes with any file content or URL, and not with the order files were listed in', () => {
  const files = [{ url: '/', sha256: 'a' }, { url: '/framework/modeling/', sha256: 'b' }];
  const version = offlineVersion(files);
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.equal(offlineVersion([...files].reverse()), version);
  assert.notEqual(offlineVersion([files[0]!, { url: '/framework/modeling/', sha256: 'c' }]), version);
  assert.notEqual(offlineVersion([files[0]!, { url: '/framework/serving/', sha256: 'b' }]), version);
  assert.notEqual(offlineVersion([files[0]!]), version);
});

test("a root site's caches and a sub-path site's never share a prefix", () => {
  assert.equal(cachePrefix('/ml-framework/').startsWith(cachePrefix('/')), false);
});

test('the build stamp is replaced on <html> only, and a page without one is an error that says where it comes from', () => {
  const page = `<!doctype html><html lang="en" data-build="${BUILD_PLACEHOLDER}"><body><p data-build="keep">x</p></body></html>`;
  const stamped = stampBuild(page, '0123456789abcdef');
  assert.equal(stamped, '<!doctype html><html lang="en" data-build="0123456789abcdef"><body><p data-build="keep">x</p></body></html>');
  assert.equal(stampBuild(stamped, BUILD_PLACEHOLDER), page, 'a stamped page can be put back to the placeholder, to hash it again');
  assert.throws(() => stampBuild('<html lang="en"><body></body></html>', 'v'), /no <html data-build> attribute; src\/layouts\/PageLayout\.astro/);
});
