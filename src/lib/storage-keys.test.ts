import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { STORAGE_KEYS, storageKeyDefines } from './storage-keys.ts';

test('every key has a compile-time constant, declared for the type checker', async () => {
  const defines = storageKeyDefines();
  assert.equal(defines.__STORAGE_KEY_PRACTICE_MODE__, JSON.stringify(STORAGE_KEYS.practiceMode));
  assert.equal(Object.keys(defines).length, Object.keys(STORAGE_KEYS).length);
  const declarations = await readFile(new URL('../env.d.ts', import.meta.url), 'utf8');
  for (const name of Object.keys(defines)) assert.match(declarations, new RegExp(`declare const ${name}: string;`), `src/env.d.ts declares ${name}`);
});

test('no two features store under the same name', () => {
  const keys = Object.values(STORAGE_KEYS);
  assert.equal(new Set(keys).size, keys.length);
});
