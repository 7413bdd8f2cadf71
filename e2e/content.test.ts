/**
 * The content contract, checked on the MDX sources: item counts per stage, every item led by bold
 * text, notes and resources wired into the framework, neighbouring stages linked, every anchor
 * recorded as published, and stage 1 kept verbatim from the author's seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unpublishedAnchors } from '../src/lib/anchor-registry.ts';
import { currentAnchors, readRegistry } from '../src/integrations/published-anchors.ts';
import { boldLead, isSystemDiagram } from '../src/markdown/anchors.ts';
import { backlinksTo, parseContent, readContent } from '../src/markdown/content-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, 'content');
const pages = readContent(CONTENT);
const stages = pages.filter((page) => page.relative.startsWith('framework/'));
const parse = (file: string) => parseContent(readFileSync(file, 'utf8'));

/** The top-level lists of a stage page: its checklists (a <SystemDiagram>'s boxes sit inside the element, so they are none). */
const checklists = (file: string) => parse(file).children.filter((node): node is List => node.type === 'list');

const RANGES: Record<number, [number, number]> = { 1: [7, 7], 2: [9, 13], 3: [10, 14], 4: [10, 14], 5: [10, 14] };

test('there are five stage files, numbered 1 to 5', () => {
  assert.deepEqual(stages.map((page) => Number(page.relative.match(/framework\/(\d)-/)?.[1])), [1, 2, 3, 4, 5]);
});

for (const stage of stages) {
  const n = Number(stage.relative.match(/framework\/(\d)-/)?.[1]);
  test(`stage ${n}: every checklist entry starts with bold text, and the count is in range`, () => {
    const items = checklists(stage.file).flatMap((list) => list.children as ListItem[]);
    for (const item of items) {
      assert.ok(boldLead(item), `content/${stage.relative}:${item.position?.start.line}: "${toString(item).slice(0, 60)}" does not start with bold text`);
    }
    const [min, max] = RANGES[n]!;
    assert.ok(items.length >= min && items.length <= max, `stage ${n} has ${items.length} items; expected ${min} to ${max}`);
  });
}

test('stage 2 draws its system diagram directly under "Components and data flow"', () => {
  const { children } = parse(stages[1]!.file);
  const heading = children.findIndex((node) => node.type === 'heading' && toString(node) === 'Components and data flow');
  assert.ok(heading >= 0, 'stage 2 has the heading "Components and data flow"');
  const next = children[heading + 1];
  assert.ok(next && isSystemDiagram(next), `content/${stages[1]!.relative}:${next?.position?.start.line}: expected <SystemDiagram> right after the heading`);
});

test('neighbouring stages link to each other at least once', () => {
  for (let i = 0; i < stages.length - 1; i++) {
    const [a, b] = [stages[i]!, stages[i + 1]!];
    const links = backlinksTo(b.file, [a]).length + backlinksTo(a.file, [b]).length;
    assert.ok(links > 0, `no item links between content/${a.relative} and content/${b.relative}`);
  }
});

test('every note is linked from at least one checklist item of a stage', () => {
  for (const note of pages.filter((page) => page.relative.startsWith('notes/'))) {
    assert.ok(backlinksTo(note.file, stages).length > 0, `content/${note.relative} is not linked from any stage item`);
  }
});

test('every resource page links at least one stage', () => {
  for (const resource of pages.filter((page) => page.relative.startsWith('resources/'))) {
    const text = readFileSync(resource.file, 'utf8');
    assert.match(text, /\]\(\.\.\/framework\/\d-[a-z-]+\.mdx(#[a-z0-9-]+)?\)/, `content/${resource.relative} links no stage`);
  }
});

test('every current heading and item id is recorded in content/published-anchors.json', () => {
  const fresh = unpublishedAnchors(readRegistry(ROOT), currentAnchors(CONTENT));
  assert.deepEqual(fresh, [], 'run `npm run anchors:publish` and commit content/published-anchors.json');
});

const SEED = path.resolve(ROOT, '../shared/seed/ml-system-design-interview-framework.md');
test('the outline, stage 1 and the metrics point keep the seed verbatim', { skip: !existsSync(SEED) && 'the seed is not beside this checkout' }, () => {
  const seed = parse(SEED);
  const seedLists = seed.children.filter((node): node is List => node.type === 'list');
  // Rendered words only: an item's id comment is not part of its text.
  const words = (node: List | ListItem) =>
    toString(node).replace(/\s*\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
  const [outline, stage1, stage2] = seedLists;
  assert.equal(words(checklists(path.join(CONTENT, 'index.mdx'))[0]!), words(outline!));
  assert.equal(words(checklists(stages[0]!.file)[0]!), words(stage1!));
  assert.equal(words(checklists(stages[1]!.file)[0]!.children[0]!), words(stage2!.children[0]!));
});
