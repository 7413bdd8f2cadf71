import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingFragment } from './missing-fragment.ts';

const ids = new Set(['metrics', 'café', 'content']);
const has = (id: string) => ids.has(id);

test('missingFragment is undefined when the page has the id, encoded or not', () => {
  assert.equal(missingFragment('#metrics', has), undefined);
  assert.equal(missingFragment('#caf%C3%A9', has), undefined);
  assert.equal(missingFragment('#café', has), undefined);
});

test('missingFragment is undefined without a fragment, and for #top', () => {
  assert.equal(missingFragment('', has), undefined);
  assert.equal(missingFragment('#', has), undefined);
  assert.equal(missingFragment('#top', has), undefined);
  assert.equal(missingFragment('#TOP', has), undefined);
});

test('missingFragment returns the decoded id the page lacks, case and all', () => {
  assert.equal(missingFragment('#Metrics', has), 'Metrics');
  assert.equal(missingFragment('#metric%20s', has), 'metric s');
  assert.equal(missingFragment('#100%', has), '100%');
});
