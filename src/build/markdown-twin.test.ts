/**
 * The Markdown twin of a page, made from MDX written for each test as if it were a file of the
 * real content folder (so that its links resolve against the real pages), and read back with a
 * CommonMark parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { markdownTwin, twinProblems, type TwinPage } from './markdown-twin.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const site = { contentDir, site: 'https://example.org', base: '/ml-framework/' };
const page = (source: string, extra: Partial<TwinPage> = {}): TwinPage => ({
  file: path.join(contentDir, 'framework/9-fixture.mdx'),
  source,
  path: '/framework/fixture/',
  heading: 'Stage 9: Fixture',
  description: 'A page written for this test.',
  ...extra,
});

const SOURCE = `---
title: Fixture
description: A page written for this test.
---
import Something from '../../src/components/Something.astro';

Intro with [a note](../notes/goodharts-law.mdx) and [an item](./4-modeling.mdx#calibrate-scores-used-as-probabilities).

## Scale {/* was #old-scale */}

- **Put numbers on the scale.** {/* aka QPS, capacity */}
	- Say 20,000 requests per second, as in [the section above](#scale).
	- *Use it for the [latency budget](./5-model-serving.mdx#state-the-latency-budget-and-throughput) in stage 5*
- **Name the metric.** {/* #metric was #name-the-metric-you-will-use */} It comes first.

{/* A comment between blocks. */}

<SystemDiagram caption="A tiny system">

1. [Logging](./2-high-level-architecture.mdx#log-what-was-served-and-plan-the-feedback-loop)

   Every request

2. Model

Back to step 1: clicks become labels.

</SystemDiagram>
`;

test('a twin: the title, the description, the web page, then the content, with no MDX left and every link absolute', () => {
  const { markdown } = markdownTwin(page(SOURCE), site);
  assert.equal(
    markdown.split('\n').slice(0, 6).join('\n'),
    '# Stage 9: Fixture\n\n> A page written for this test.\n\nWeb page: <https://example.org/ml-framework/framework/fixture/>\n',
  );
  assert.match(markdown, /Intro with \[a note\]\(https:\/\/example\.org\/ml-framework\/notes\/goodharts-law\/\) and \[an item\]\(https:\/\/example\.org\/ml-framework\/framework\/modeling\/#calibrate-scores-used-as-probabilities\)\./);
  assert.match(markdown, /^## Scale$/m);
  assert.match(markdown, /^- \*\*Put numbers on the scale\.\*\*\n {2}- Say 20,000 requests per second, as in \[the section above\]\(https:\/\/example\.org\/ml-framework\/framework\/fixture\/#scale\)\.$/m);
  assert.match(markdown, /^ {2}- \*Use it for the \[latency budget\]\(https:\/\/example\.org\/ml-framework\/framework\/model-serving\/#state-the-latency-budget-and-throughput\) in stage 5\*$/m);
  assert.match(markdown, /^- \*\*Name the metric\.\*\* It comes first\.$/m);
  for (const gone of ['import', 'Something', '{/*', 'aka', 'QPS', 'was #', '<SystemDiagram', '.mdx']) assert.ok(!markdown.includes(gone), `no "${gone}" in the twin`);
  assert.deepEqual(twinProblems(markdown), []);
});

test("a diagram becomes its caption and its numbered boxes, and the arrow back stays a paragraph", () => {
  const { markdown } = markdownTwin(page(SOURCE), site);
  assert.match(
    markdown,
    /Diagram: A tiny system\n\n1\. \[Logging\]\(https:\/\/example\.org\/ml-framework\/framework\/high-level-architecture\/#log-what-was-served-and-plan-the-feedback-loop\)\n\n {3}Every request\n\n2\. Model\n\nBack to step 1: clicks become labels\.\n$/,
  );
});

test('it parses as CommonMark into the same items, in order, each with its bold text and sub-bullets', () => {
  const { markdown } = markdownTwin(page(SOURCE), site);
  const tree = fromMarkdown(markdown);
  const lists = tree.children.filter((node) => node.type === 'list');
  const items = lists[0]!.type === 'list' ? lists[0]!.children : [];
  assert.deepEqual(
    items.map((item) => toString(item.children[0]!)),
    ['Put numbers on the scale.', 'Name the metric. It comes first.'],
  );
  assert.equal(items[0]!.children[1]?.type, 'list');
});

test("an item on its own: its bold text links back to it, with its sub-bullets, nothing of the next item", () => {
  const { items } = markdownTwin(page(SOURCE), site);
  assert.deepEqual(items.map((item) => item.id), ['put-numbers-on-the-scale', 'metric']);
  assert.equal(
    items[0]!.markdown,
    [
      '- **[Put numbers on the scale.](https://example.org/ml-framework/framework/fixture/#put-numbers-on-the-scale)**',
      '  - Say 20,000 requests per second, as in [the section above](https://example.org/ml-framework/framework/fixture/#scale).',
      '  - *Use it for the [latency budget](https://example.org/ml-framework/framework/model-serving/#state-the-latency-budget-and-throughput) in stage 5*',
      '',
    ].join('\n'),
  );
  assert.equal(items[1]!.markdown, '- **[Name the metric.](https://example.org/ml-framework/framework/fixture/#metric)** It comes first.\n');
});

test('facts come before the content, as a list', () => {
  const { markdown } = markdownTwin(page('Body.\n', { facts: [{ label: 'Problem', value: [{ type: 'text', value: 'Rank the feed.' }] }] }), site);
  assert.match(markdown, /Web page: <[^>]+>\n\n- Problem: Rank the feed\.\n\nBody\.\n$/);
});

test('what MDX holds that Markdown cannot fails with the file and line', () => {
  const where = /framework\/9-fixture\.mdx:3/;
  assert.throws(() => markdownTwin(page('Intro.\n\n<Callout>Hi</Callout>\n'), site), (error: Error) => where.test(error.message) && /<Callout> has no Markdown form/.test(error.message));
  assert.throws(() => markdownTwin(page('Intro.\n\nTotal: {1 + 1}.\n'), site), (error: Error) => where.test(error.message) && /MDX expression/.test(error.message));
  assert.throws(() => markdownTwin(page('Intro.\n\nSee [the chart](chart.png).\n'), site), (error: Error) => where.test(error.message) && /"chart\.png" is relative to the web page/.test(error.message));
  assert.throws(() => markdownTwin(page('Intro.\n\nSee [gone](./0-missing.mdx).\n'), site), (error: Error) => where.test(error.message) && /broken link "\.\/0-missing\.mdx"/.test(error.message));
});

test('twinProblems finds component syntax, MDX comments, import lines and relative links in Markdown', () => {
  assert.deepEqual(twinProblems('# Clean\n\n- **Item** [link](https://example.org/#x)\n'), []);
  const problems = twinProblems('import X from "./x"\n\n<Component />\n\nText {/* comment */} and [rel](./page.md) and ![img](img.png).\n').join('\n');
  for (const problem of [/an import or export line/, /HTML or a component: "<Component \/>"/, /an MDX comment/, /a relative link "\.\/page\.md"/, /a relative link "img\.png"/]) {
    assert.match(problems, problem);
  }
});
