/**
 * The worked examples' contract, checked on the MDX sources: the five stage sections in order,
 * every step opening with a link to an item of its stage, at least two items applied in stage 1
 * and three in each other stage, a "Skipped" paragraph in each stage that does not apply every
 * item, and 3 to 5 questions an interviewer may probe.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { linkTarget, parseContent, readContent, stepLinks } from '../src/markdown/content-graph.ts';

// CONTENT_DIR checks another content folder against the same contract (a branch's, before merging).
const CONTENT = process.env.CONTENT_DIR ?? path.resolve(import.meta.dirname, '../content');
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
    const stage = stages[index]!;
    /** The id of the item of this stage that `url` points to, if it does. */
    const itemOfStage = (url: string) => {
      const { file, fragment } = linkTarget(url, example.file);
      return file === stage.file ? stage.anchors.find((anchor) => anchor.kind === 'item' && [anchor.id, ...anchor.formerIds].includes(fragment))?.id : undefined;
    };
    /** The items of this stage that the section's steps apply. */
    const applied = () => {
      const ids = new Set<string>();
      for (const step of example.steps.filter((s) => s.section?.text === title)) {
        for (const link of stepLinks(step)) {
          const item = itemOfStage(link.url);
          if (item) ids.add(item);
        }
      }
      return ids;
    };

    test(`${where}: every step of "${title}" opens with a link to one of its stage's items, at least ${MIN_LINKS[index]} items applied`, () => {
      for (const step of example.steps.filter((s) => s.section?.text === title)) {
        assert.ok(step.link, `${where}: step "${step.text}" must open with a link to the checklist item it applies`);
        assert.ok(itemOfStage(step.link.url), `${where}:${step.link.line}: step "${step.text}" opens with ${step.link.url}, not an item of content/${stage.relative}`);
      }
      const count = applied().size;
      assert.ok(count >= MIN_LINKS[index]!, `${where}: "${title}" applies ${count} items of stage ${index + 1}; at least ${MIN_LINKS[index]} expected`);
    });

    test(`${where}: "${title}" says what it skips, unless it applies every item of the stage`, () => {
      const section = sections(example.file).find((s) => s.title === title);
      const skipped = section?.nodes.some((node) => node.type === 'paragraph' && /^Skipped\b/.test(toString(node)));
      const total = stage.anchors.filter((anchor) => anchor.kind === 'item').length;
      assert.ok(skipped || applied().size === total, `${where}: "${title}" applies ${applied().size} of ${total} items and has no paragraph starting "Skipped"`);
    });
  });

  test(`${where}: "${PROBE}" asks 3 to 5 questions`, () => {
    const probe = sections(example.file).find((section) => section.title === PROBE);
    const questions = (probe?.nodes ?? []).filter((node): node is Heading => node.type === 'heading' && node.depth === 3);
    assert.ok(questions.length >= 3 && questions.length <= 5, `${where}: ${questions.length} questions under "## ${PROBE}"; 3 to 5 expected`);
  });
}
