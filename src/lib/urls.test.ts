import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, markdownItemsPath, markdownPath, pathForContentFile, withBase } from './urls.ts';

test('withBase joins a root base and a sub-path base without doubled slashes', () => {
  assert.equal(withBase('/framework/modeling/', '/'), '/framework/modeling/');
  assert.equal(withBase('/framework/modeling/', '/ml-framework/'), '/ml-framework/framework/modeling/');
  assert.equal(withBase('/', '/ml-framework'), '/ml-framework/');
  assert.equal(withBase('notes/x/', '/'), '/notes/x/');
});

test('pathForContentFile drops number prefixes, extensions and index', () => {
  assert.equal(pathForContentFile('index.mdx'), '/');
  assert.equal(pathForContentFile('framework/2-high-level-architecture.mdx'), '/framework/high-level-architecture/');
  assert.equal(pathForContentFile('notes/goodharts-law.mdx'), '/notes/goodharts-law/');
  assert.equal(pathForContentFile('resources/index.md'), '/resources/');
});

test('absoluteUrl honours both site and base', () => {
  assert.equal(
    absoluteUrl('/framework/modeling/', 'https://example.org', '/ml-framework/'),
    'https://example.org/ml-framework/framework/modeling/',
  );
});

test('markdownPath puts a page\'s twin beside its folder, and the home page\'s at /index.md', () => {
  assert.equal(markdownPath('/framework/modeling/'), '/framework/modeling.md');
  assert.equal(markdownPath('/notes/goodharts-law/'), '/notes/goodharts-law.md');
  assert.equal(markdownPath('/'), '/index.md');
  assert.equal(withBase(markdownPath('/'), '/ml-framework/'), '/ml-framework/index.md');
  assert.equal(markdownItemsPath('/ml-framework/framework/modeling.md'), '/ml-framework/framework/modeling.items.json');
});
