import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readContent } from '../markdown/content-graph.ts';
import { appliedItems } from './applied-items.ts';

const contentDir = path.resolve(import.meta.dirname, '../markdown/__fixtures__/applied-in');
const pages = readContent(contentDir);
const stage = pages.find((page) => page.relative === 'framework/2-high-level-architecture.mdx')!;
const example = (slug: string) => pages.find((page) => page.relative === `examples/${slug}.mdx`)!;

test("an example's applied items: those its steps open with a link to (a former id counts), each once, in page order", () => {
  assert.deepEqual(appliedItems(example('alpha'), [{ stage: 2, page: stage }]), [
    { stage: 2, id: 'put-numbers-on-the-scale', text: 'Put numbers on the scale' },
    { stage: 2, id: 'funnel', text: 'Split a large catalog into a funnel' },
  ]);
  // Links in a "Skipped" paragraph or mid-sentence apply nothing.
  assert.ok(!appliedItems(example('alpha'), [{ stage: 2, page: stage }]).some((item) => item.id === 'is-ml-needed-at-all'));
  assert.deepEqual(appliedItems(example('beta'), [{ stage: 2, page: stage }]).map((item) => item.id), ['put-numbers-on-the-scale']);
});
