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
import { currentAnchors, readRegistry } from '../src/build/integrations/published-anchors.ts';
import { boldLead, isSystemDiagram } from '../src/markdown/anchors.ts';
import { backlinksTo, parseContent, readContent } from '../src/markdown/content-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, 'content');
const pages = readContent(CONTENT);
const stages = pages.filter((page) => page.relative.startsWith('framework/'));
const parse = (file: string) => parseContent(readFileSync(file, 'utf8'));

/** The top-level lists of a stage page: its checklists (a <SystemDiagram>'s boxes sit inside the element, so they are none). */
const checklists = (file: string) => parse(file).children.filter((node): node is List => node.type === 'list');

// Stage 1 is the author's seven items; the others stay short enough to rehearse (10 to 15). The
// section for generative systems, last on every stage, is counted apart: 3 to 6 items.
const RANGES: Record<number, [number, number]> = { 1: [7, 7], 2: [10, 15], 3: [10, 15], 4: [10, 15], 5: [10, 15] };
const GENERATIVE = 'When the system generates text, code or images';
const GENERATIVE_RANGE: [number, number] = [3, 6];

/** A stage's checklist items split at the generative section's heading: the classic items before it, the generative ones after. */
function itemsBySection(file: string): { classic: ListItem[]; generative: ListItem[] } {
  const { children } = parse(file);
  const at = children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node) === GENERATIVE);
  const items = (nodes: typeof children) =>
    nodes.filter((node): node is List => node.type === 'list').flatMap((list) => list.children as ListItem[]);
  return at === -1 ? { classic: items(children), generative: [] } : { classic: items(children.slice(0, at)), generative: items(children.slice(at)) };
}

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
    const { classic, generative } = itemsBySection(stage.file);
    const [min, max] = RANGES[n]!;
    assert.ok(classic.length >= min && classic.length <= max, `stage ${n} has ${classic.length} items before "${GENERATIVE}"; expected ${min} to ${max}`);
    const [genMin, genMax] = GENERATIVE_RANGE;
    assert.ok(
      generative.length >= genMin && generative.length <= genMax,
      `stage ${n} has ${generative.length} items under "${GENERATIVE}"; expected ${genMin} to ${genMax}`,
    );
  });

  test(`stage ${n}: its last section is "${GENERATIVE}"`, () => {
    const sections = parse(stage.file).children.filter((node) => node.type === 'heading' && node.depth === 2);
    const last = sections.at(-1);
    assert.equal(last && toString(last), GENERATIVE, `content/${stage.relative}: the last "## " section must be "## ${GENERATIVE}"`);
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

/** One stage's checklist items as plain text, each with its line for messages. */
function itemTexts(stageNumber: number): Array<{ line: number; text: string }> {
  const stage = stages[stageNumber - 1]!;
  return checklists(stage.file)
    .flatMap((list) => list.children as ListItem[])
    .map((item) => ({ line: item.position?.start.line ?? 0, text: toString(item).replace(/\s+/g, ' ') }));
}
const pageText = (relative: string) => readFileSync(path.join(CONTENT, relative), 'utf8').replace(/\s+/g, ' ');

// Statements a fact-check found wrong or misleading against their sources (issue 11). Each must
// stay gone: the replacement wording is in the item, and these are the old claims.
const WRONG: Array<[file: string, claim: RegExp]> = [
  ['framework/3-data-and-features.mdx', /rarely pays for its upkeep/],
  ['framework/3-data-and-features.mdx', /a log that keeps only clicked items/],
  ['framework/3-data-and-features.mdx', /Ties back to/],
  ['framework/2-high-level-architecture.mdx', /app-suggestion case study/],
  ['framework/2-high-level-architecture.mdx', /updates ship with app releases/],
  ['framework/2-high-level-architecture.mdx', /the scores and the model version \(rule #29\)/],
  ['resources/machine-learning-systems-design-2019.mdx', /app-suggestion case study/],
  ['framework/4-modeling.mdx', /"the apps you open most" is hard to beat/],
  ['framework/4-modeling.mdx', /twice too high mis-prices every auction/],
  ['framework/5-model-serving.mdx', /raised installs by 2%/],
  ['framework/5-model-serving.mdx', /scan millions of embeddings/],
  ['framework/5-model-serving.mdx', /at no risk to users/],
  ['framework/5-model-serving.mdx', /p99 under 100 ms at 20,000/],
  ['framework/5-model-serving.mdx', /Label shift: [^.]*spike in fraud/],
  ['framework/5-model-serving.mdx', /The new labels flow back|The slices come from/],
  ['notes/offline-vs-online-metrics.mdx', /business goal set in \[stage 2\]/],
  ['resources/ml-design-template.mdx', /published: "2021"/],
];
for (const [file, claim] of WRONG) {
  test(`content/${file} no longer says ${claim}`, () => {
    assert.doesNotMatch(pageText(file), claim);
  });
}

// What the corrections must say instead, where a reader would look for it.
const RIGHT: Array<[file: string, statement: RegExp]> = [
  ['framework/4-modeling.mdx', /hypothetical/],
  ['framework/4-modeling.mdx', /held-out data/],
  ['framework/5-model-serving.mdx', /"a boost of 2% in install rate"/],
  ['framework/5-model-serving.mdx', /p99 under 200 ms for the whole request at 20,000 requests per second/],
  ['framework/2-high-level-architecture.mdx', /p99 under 200 ms for the whole request at 20,000 requests per second/],
  ['framework/3-data-and-features.mdx', /rule #22's example is a feature that covers 1% of the data, with 90% of those examples positive/],
  ['framework/3-data-and-features.mdx', /never position crossed with item features/],
  ['notes/feedback-loops.mdx', /rule #36/],
  ['resources/designing-machine-learning-systems.mdx', /an overview of ML systems/],
  ['resources/rules-of-machine-learning.mdx', /\[Model serving\][^\n]*#29/],
];
for (const [file, statement] of RIGHT) {
  test(`content/${file} says ${statement}`, () => {
    assert.match(pageText(file), statement);
  });
}

// Topics strong answers raise (issue 11): each must be in the words of an item on its stage, so
// that a reader searching for it lands on the item that answers it.
const TOPICS: Array<[stage: number, topic: RegExp]> = [
  [2, /false positive.*false negative.*operating point/i],
  [2, /how the prediction reaches the user/i],
  [2, /compute and serving cost.*team.*time to a first launch/i],
  [2, /several predicted engagements/i],
  [3, /cold start/i],
  [3, /data validation/i],
  [3, /data augmentation/i],
  [3, /hard negatives/i],
  [3, /in-batch negatives are mostly popular items/i],
  [3, /resampling and class weights .*calibrate/i],
  [4, /multi-task/i],
  [4, /threshold/i],
  [4, /early stopping/i],
  [4, /confidence interval.*cross-validation/i],
  [5, /autoscaling/i],
  [5, /batch requests/i],
  [5, /shard/i],
  [5, /rebuild the nearest neighbor index/i],
  [5, /novelty effect/i],
  [5, /sample ratio mismatch.*A\/A/i],
  [5, /interference/i],
  [5, /peek/i],
  [5, /validate each request's features at serving/i],
  [5, /model registry so a rollback/i],
];
for (const [stageNumber, topic] of TOPICS) {
  test(`stage ${stageNumber} has an item that covers ${topic}`, () => {
    assert.ok(itemTexts(stageNumber).some((item) => topic.test(item.text)), `no item of stage ${stageNumber} matches ${topic}`);
  });
}
