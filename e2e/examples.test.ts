/**
 * The worked examples' contract, checked on the MDX sources: the five stage sections in order,
 * every step opening with a link to an item of its stage (at least two in stage 1, three in each
 * other), a "Skipped" paragraph in each stage, and 3 to 5 questions an interviewer may probe.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { linkTarget, parseContent, readContent } from '../src/markdown/content-graph.ts';

const CONTENT = path.resolve(import.meta.dirname, '../content');
const pages = readContent(CONTENT);
const stages = pages.filter((page) => page.relative.startsWith('framework/'));
const examples = pages.filter((page) => page.relative.startsWith('examples/'));

/** The `## ` sections a stage section of an example must be titled, in order. */
const STAGE_SECTIONS = ['1. Clarify the requirements', '2. High-level architecture', '3. Data and features', '4. Modeling', '5. Serving'];
const PROBE = 'What an interviewer may probe';
const MIN_LINKS = [2, 3, 3, 3, 3];

/** The page's top-level nodes grouped under their `## ` heading. */
function sections(file: string): Array<{ title: string; nodes: RootContent[] }> {
  const found: Array<{ title: string; nodes: RootContent[] }> = [];
  for (const node of parseContent(readFileSync(file, 'utf8')).children) {
    if (node.type === 'heading' && node.depth === 2) found.push({ title: toString(node).trim(), nodes: [] });
    else found.at(-1)?.nodes.push(node);
  }
  return found;
}

test('there is at least one worked example', () => {
  assert.ok(examples.length > 0, 'content/examples/ has no .mdx file');
});

for (const example of examples) {
  const where = `content/${example.relative}`;

  test(`${where}: the five stage sections in order, then "${PROBE}"`, () => {
    const titles = sections(example.file).map((section) => section.title);
    assert.deepEqual(titles.filter((title) => STAGE_SECTIONS.includes(title)), STAGE_SECTIONS, `${where} has sections ${JSON.stringify(titles)}`);
    assert.ok(titles.indexOf(PROBE) > titles.indexOf(STAGE_SECTIONS[4]!), `${where}: "## ${PROBE}" must come after the stages`);
  });

  STAGE_SECTIONS.forEach((title, index) => {
    test(`${where}: every step of "${title}" opens with a link to one of its stage's items, at least ${MIN_LINKS[index]}`, () => {
      const stage = stages[index]!;
      const steps = example.steps.filter((step) => step.section?.text === title);
      for (const step of steps) {
        assert.ok(step.link, `${where}: step "${step.text}" must open with a link to the checklist item it applies`);
        const { file, fragment } = linkTarget(step.link.url, example.file);
        const item = stage.anchors.find((anchor) => anchor.kind === 'item' && [anchor.id, ...anchor.formerIds].includes(fragment));
        assert.ok(file === stage.file && item, `${where}:${step.link.line}: step "${step.text}" links ${step.link.url}, not an item of content/${stage.relative}`);
      }
      assert.ok(steps.length >= MIN_LINKS[index]!, `${where}: "${title}" has ${steps.length} steps linked to items; at least ${MIN_LINKS[index]} expected`);
    });
  });

  test(`${where}: each stage section says what it skips`, () => {
    for (const section of sections(example.file).filter((s) => STAGE_SECTIONS.includes(s.title))) {
      const skipped = section.nodes.some((node) => node.type === 'paragraph' && /^Skipped\b/.test(toString(node)));
      assert.ok(skipped, `${where}: "${section.title}" has no paragraph starting "Skipped"`);
    }
  });

  test(`${where}: "${PROBE}" asks 3 to 5 questions`, () => {
    const probe = sections(example.file).find((section) => section.title === PROBE);
    const questions = (probe?.nodes ?? []).filter((node): node is Heading => node.type === 'heading' && node.depth === 3);
    assert.ok(questions.length >= 3 && questions.length <= 5, `${where}: ${questions.length} questions under "## ${PROBE}"; 3 to 5 expected`);
  });
}
