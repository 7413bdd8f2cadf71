import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KINDS, kindOfFile, PAGE_KINDS, placeLabel } from './page-kinds.ts';

test('placeLabel names the stage, or says note, resource or example', () => {
  assert.equal(placeLabel('framework', 'High-level system architecture', 2), '2 · High-level system architecture');
  assert.equal(placeLabel('note', "Goodhart's law"), "Note · Goodhart's law");
  assert.equal(placeLabel('resource', 'Rules of ML'), 'Resource · Rules of ML');
  assert.equal(placeLabel('example', 'Ad click prediction'), 'Example · Ad click prediction');
  assert.equal(placeLabel('page', 'Worked examples'), 'Worked examples');
});

test('kindOfFile reads the kind from the content folder, and names the file it cannot place', () => {
  assert.equal(kindOfFile('framework/4-modeling.mdx'), PAGE_KINDS.framework);
  assert.equal(kindOfFile('notes/goodharts-law.mdx'), PAGE_KINDS.notes);
  assert.equal(kindOfFile('index.mdx'), PAGE_KINDS.home);
  assert.throws(() => kindOfFile('glossary/term.mdx'), /content\/glossary\/term\.mdx: no kind of page lives in content\/glossary\//);
});

test('every kind has its own folder, and every sidebar group and index path is used once', () => {
  const unique = (values: unknown[]) => new Set(values).size === values.length;
  assert.ok(unique(KINDS.map((k) => k.folder)));
  assert.ok(unique(KINDS.flatMap((k) => (k.sidebar ? [k.sidebar.group] : []))));
  assert.ok(unique(KINDS.flatMap((k) => (k.indexPath ? [k.indexPath] : []))));
});
