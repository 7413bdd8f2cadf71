import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { llmsFullTxt, llmsTxt } from './llms-txt.ts';

const site = {
  title: 'The Framework',
  summary: 'Five stages as checklists.',
  details: ['How to read it.'],
  sections: [
    { label: 'Framework', links: [{ title: 'Stage 1: Clarify', url: 'https://example.org/framework/clarify.md', description: 'Ask first.' }] },
    { label: 'Empty', links: [] },
  ],
  optional: [{ title: 'Everything', url: 'https://example.org/llms-full.txt', description: 'All of it.' }],
};

test("llms.txt follows the proposal: one H1, a blockquote, details, then H2 sections of link lists, Optional last", () => {
  assert.equal(
    llmsTxt(site),
    [
      '# The Framework',
      '',
      '> Five stages as checklists.',
      '',
      'How to read it.',
      '',
      '## Framework',
      '',
      '- [Stage 1: Clarify](https://example.org/framework/clarify.md): Ask first.',
      '',
      '## Optional',
      '',
      '- [Everything](https://example.org/llms-full.txt): All of it.',
      '',
    ].join('\n'),
  );
});

test('llms-full.txt nests each page under the title, its headings a level down', () => {
  const page = fromMarkdown('# Stage 1: Clarify\n\n> Ask first.\n\n## Goals\n\n- **What is the goal?**\n');
  const full = llmsFullTxt(site, 'Every page.', [page, fromMarkdown('# Note\n\nText.\n')]);
  assert.equal(full, '# The Framework\n\n> Five stages as checklists.\n\nEvery page.\n\n## Stage 1: Clarify\n\n> Ask first.\n\n### Goals\n\n- **What is the goal?**\n\n## Note\n\nText.\n');
  // The pages given are not changed.
  assert.equal(page.children[0]!.type === 'heading' && page.children[0]!.depth, 1);
});
