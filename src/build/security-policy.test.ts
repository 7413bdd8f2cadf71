import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashSource, headersFile, mergePolicies, pagePolicy, parseCsp } from './security-policy.ts';

test('mergePolicies keeps every page hash once and adds frame-ancestors', () => {
  const merged = parseCsp(
    mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b' 'sha256-a'"]),
  );
  assert.deepEqual(merged.get('script-src'), ["'self'", "'sha256-a'", "'sha256-b'"]);
  assert.deepEqual(merged.get('default-src'), ["'self'"]);
  assert.deepEqual(merged.get('frame-ancestors'), ["'none'"]);
});

test('headersFile applies the policy and the security headers under base', () => {
  const file = headersFile("default-src 'self'", '/ml-framework/');
  assert.match(file, /^\/ml-framework\/\*\n {2}Content-Security-Policy: default-src 'self'\n/);
  assert.match(file, /\n {2}X-Content-Type-Options: nosniff\n/);
  assert.match(file, /\n {2}Referrer-Policy: strict-origin-when-cross-origin\n/);
  assert.match(file, /\n {2}Permissions-Policy: /);
});

test('pagePolicy keeps only the hashes of the page’s own inline scripts and styles', () => {
  const html = `<head><script>a()</script><script type="module" src="/x.js"></script><style>p{}</style></head><script type="module">b()</script>`;
  const policy = `default-src 'self'; script-src 'self' ${hashSource('a()')} ${hashSource('b()')} ${hashSource('other()')}; style-src 'self' ${hashSource('p{}')} ${hashSource('q{}')}`;
  const trimmed = parseCsp(pagePolicy(policy, html, 'page.html'));
  assert.deepEqual(trimmed.get('script-src'), ["'self'", hashSource('a()'), hashSource('b()')]);
  assert.deepEqual(trimmed.get('style-src'), ["'self'", hashSource('p{}')]);
  assert.deepEqual(trimmed.get('default-src'), ["'self'"]);
});

test('pagePolicy fails, naming the page, when an inline script is not allowed', () => {
  const html = '<script>added()</script>';
  assert.throws(() => pagePolicy("script-src 'self'", html, 'dist/notes/index.html'), /dist\/notes\/index\.html: an inline script is not allowed by the page's script-src/);
});
