import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, mergePolicies, parseCsp } from './security-policy.ts';

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
