/**
 * The Markdown plugins, tested through the real pipeline (`markdownProcessor`, as the build runs
 * it) on a small content folder written for each test run.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectAnchors } from './anchors.ts';
import { parseContent } from './content-graph.ts';
import { markdownProcessor } from './processor.ts';

let contentDir = '';

before(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'mf-plugins-'));
  mkdirSync(path.join(contentDir, 'framework'));
  mkdirSync(path.join(contentDir, 'notes'));
  writeFileSync(
    path.join(contentDir, 'framework/4-modeling.mdx'),
    '## Evaluation\n\n- **Pick offline metrics that match the task**\n\t- nDCG for ranking\n- **Calibrate scores** {/* #calibration was #calibrate-scores-used-as-probabilities */}\n',
  );
  writeFileSync(path.join(contentDir, 'notes/goodharts-law.mdx'), '## Origin\n\nText.\n');
});

after(() => rmSync(contentDir, { recursive: true, force: true }));

/** Renders Markdown as if it were the file `relativeFile` of the content folder. */
async function render(markdown: string, relativeFile = 'framework/2-high-level-architecture.md', base = '/') {
  const renderer = await markdownProcessor({ contentDir, base }).createRenderer({});
  const fileURL = pathToFileURL(path.join(contentDir, relativeFile));
  return renderer.render(markdown, { fileURL });
}

const at = (node: { position?: { start: { line: number } } | undefined }) => `test.mdx:${node.position?.start.line}`;

test('a relative link to a content file becomes its site URL', async () => {
  const { code } = await render('See [Goodhart](../notes/goodharts-law.mdx).');
  assert.match(code, /href="\/notes\/goodharts-law\/"/);
});

test('the #fragment is kept and checked against the target page', async () => {
  const { code } = await render('See [metrics](./4-modeling.mdx#pick-offline-metrics-that-match-the-task).');
  assert.match(code, /href="\/framework\/modeling\/#pick-offline-metrics-that-match-the-task"/);
});

test('a link honours base', async () => {
  const { code } = await render('See [Goodhart](../notes/goodharts-law.mdx#origin).', undefined, '/ml-framework/');
  assert.match(code, /href="\/ml-framework\/notes\/goodharts-law\/#origin"/);
});

test('links with a scheme, root-absolute and same-page links are left alone', async () => {
  const { code } = await render('[a](https://example.org/x.mdx) [b](/framework/modeling/) [c](#top)');
  assert.match(code, /href="https:\/\/example.org\/x.mdx"/);
  assert.match(code, /href="\/framework\/modeling\/"/);
  assert.match(code, /href="#top"/);
});

test('a link to a missing file fails with the file, line and link', async () => {
  await assert.rejects(
    render('Intro.\n\nSee [gone](./9-missing.mdx).', 'framework/2-high-level-architecture.md'),
    /2-high-level-architecture\.md:3:5: broken link "\.\/9-missing\.mdx": no such file: content\/framework\/9-missing\.mdx/,
  );
});

test('a link to a missing fragment fails and names the closest ids', async () => {
  await assert.rejects(
    render('See [m](./4-modeling.mdx#pick-offline-metric).'),
    /broken link "\.\/4-modeling\.mdx#pick-offline-metric": content\/framework\/4-modeling\.mdx has no anchor "#pick-offline-metric"; closest: #pick-offline-metrics-that-match-the-task/,
  );
});

test('a former id is a valid link target', async () => {
  const { code } = await render('See [c](./4-modeling.mdx#calibrate-scores-used-as-probabilities).');
  assert.match(code, /href="\/framework\/modeling\/#calibrate-scores-used-as-probabilities"/);
});

test('a checklist item gets the slug of its bold text, a search title and a link control', async () => {
  const { code } = await render('- **Is ML needed at all?**\n\t- Maybe not.\n- not an item', 'resources/book.mdx');
  assert.match(code, /<li id="is-ml-needed-at-all" class="checklist-item" data-pagefind-title="Is ML needed at all\?">/);
  assert.match(code, /<copy-link><a class="anchor-link" href="#is-ml-needed-at-all" aria-label="Link to “Is ML needed at all\?”">/);
  assert.doesNotMatch(code, /<li id="[^"]*">not an item/);
});

test("on a stage page an item's control is a share link, and on an example page a step's, not its sections'", async () => {
  const stage = await render('## Scope\n\n- **Is ML needed at all?**\n\t- Maybe not.');
  assert.match(stage.code, /<copy-link><a class="anchor-link share-link" href="#is-ml-needed-at-all" aria-label="Share link to “Is ML needed at all\?”">/);
  assert.match(stage.code, /<a class="anchor-link" href="#scope" aria-label="Link to this section">/);
  const example = await render('## 1. Clarify\n\n### Put numbers on it\n\nText.', 'examples/ads.mdx');
  assert.match(example.code, /<a class="anchor-link share-link" href="#put-numbers-on-it" aria-label="Share link">/);
  assert.match(example.code, /<a class="anchor-link" href="#1-clarify" aria-label="Link to this section">/);
  // Inside its heading, the control does not name the heading again: the heading's name is its text and the control's.
  assert.doesNotMatch(example.code, /aria-label="[^"]*Put numbers on it/);
});

test("an item's link control follows the lead's sentence, not the bold text, and stays before its sub-list", async () => {
  const { code } = await render('- **The future leaks.** A random split.\n\t- Sub.\n');
  assert.match(code, /<strong>The future leaks\.<\/strong> A random split\.<copy-link[^]*<\/copy-link>(<button[^>]*><\/button>)?\s*<ul>/);
});

test('headings get ids and a link control; the outline nests items under headings', async () => {
  const { code, metadata } = await render('## Metrics\n\n- **Name guardrail metrics**\n\n## Data\n');
  assert.match(code, /<h2 id="metrics">Metrics<copy-link/);
  assert.deepEqual(
    metadata.frontmatter.toc.map((e: { kind: string; id: string }) => `${e.kind}:${e.id}`),
    ['heading:metrics', 'item:name-guardrail-metrics', 'heading:data'],
  );
});

test('two items with the same id fail with the file, line and id', async () => {
  await assert.rejects(
    render('- **Check latency**\n- **Check latency!**'),
    /2-high-level-architecture\.md:2:1: duplicate id "check-latency" for checklist item "Check latency!"; checklist item "Check latency" at .*:1:1 already uses it/,
  );
});

test('an item and a heading with the same id collide too', async () => {
  await assert.rejects(render('## Latency\n\n- **Latency**'), /duplicate id "latency"/);
});

test('an explicit id in an MDX comment overrides the slug, and former ids are kept', () => {
  const anchors = collectAnchors(parseContent('- **A long reworded question?** {/* #short was #old-one, #older */}\n'), at);
  assert.deepEqual(anchors.map((a) => [a.id, a.formerIds]), [['short', ['old-one', 'older', 'a-long-reworded-question']]]);
});

test('"was" alone keeps the slug id and adds former ids', () => {
  const anchors = collectAnchors(parseContent('- **New wording** {/* was #old-wording */}\n'), at);
  assert.deepEqual(anchors.map((a) => [a.id, a.formerIds]), [['new-wording', ['old-wording']]]);
});

test('a renamed heading keeps its old id as a landing spot, and the comment leaves no trace', async () => {
  const anchors = collectAnchors(parseContent('### New heading {/* was #old-heading */}\n'), at);
  assert.deepEqual(anchors.map((a) => [a.id, a.text, a.formerIds]), [['new-heading', 'New heading', ['old-heading']]]);
  const code = await compileMdx('### New heading {/* was #old-heading */}\n');
  assert.match(code, /_components\.h3, \{\s*id: "new-heading",\s*children: \[\s*_jsx\(_components\.span, \{\s*id: "old-heading",\s*class: "former-id"\s*\}\),\s*"New heading",/);
  assert.doesNotMatch(code, /was/);
  assert.throws(() => collectAnchors(parseContent('### Heading {/* #other */}\n'), at), /test\.mdx:1: a heading's id is the slug of its text/);
});

test("an item with a short id also lands from its title's slug, unless another anchor has that id", () => {
  const anchors = collectAnchors(parseContent('- **Calibrate the scores.** {/* #calibration */}\n- **Other** {/* #x was #old */}\n'), at);
  assert.deepEqual(anchors.map((a) => [a.id, a.formerIds]), [['calibration', ['calibrate-the-scores']], ['x', ['old', 'other']]]);
  const taken = collectAnchors(parseContent('## Calibrate the scores\n\n- **Calibrate the scores.** {/* #calibration */}\n'), at);
  assert.deepEqual(taken.map((a) => [a.id, a.formerIds]), [['calibrate-the-scores', []], ['calibration', []]]);
});

test('a malformed id comment fails with its line', () => {
  assert.throws(() => collectAnchors(parseContent('\n- **Item** {/* #Bad_Id */}\n'), at), /test\.mdx:2: bad id comment/);
});

test('a former id that repeats a current id fails', () => {
  assert.throws(
    () => collectAnchors(parseContent('- **One**\n- **Two** {/* was #one */}\n'), at),
    /duplicate id "one" for former id of checklist item "Two"/,
  );
});

test('an MDX item renders its explicit id and a landing spot for each former id', async () => {
  const renderer = await markdownProcessor({ contentDir, base: '/' }).createMdxRenderer!({}, { optimize: false });
  const { code } = await renderer.process('- **Calibrate scores** {/* #calibration was #old-one */}\n', path.join(contentDir, 'x.mdx'), {});
  // MDX compiles to JSX calls: the item carries the explicit id, and its first child is the old id's spot.
  assert.match(code, /id: "calibration",\s*class: "checklist-item"/);
  assert.match(code, /children: \[\s*_jsx\(_components\.span, \{\s*id: "old-one",\s*class: "former-id"/);
  assert.doesNotMatch(code, /data-former-ids/);
});

test('an alias comment declares the names search finds an item by, beside its id comment', () => {
  const anchors = collectAnchors(parseContent('- **What personal data is involved?** {/* #personal-data */} {/* aka GDPR, PII,  personal  information */}\n'), at);
  assert.deepEqual(anchors.map((a) => [a.id, a.aliases]), [['personal-data', ['GDPR', 'PII', 'personal information']]]);
});

test('a malformed alias comment fails with its line and says how to write it', () => {
  assert.throws(() => collectAnchors(parseContent('\n\n- **Item** {/* aka GDPR,, PII */}\n'), at), /test\.mdx:3: bad alias comment .*a name is empty; write \{\/\* aka GDPR, personal data \*\/\}/);
  assert.throws(() => collectAnchors(parseContent('- **Item** {/* aka */}\n'), at), /test\.mdx:1: bad alias comment/);
  assert.throws(() => collectAnchors(parseContent('- **Item** {/* aka <b>x</b> */}\n'), at), /"<b>x<\/b>" is not a name a reader would type/);
});

test('an MDX item carries its aliases in an attribute Pagefind indexes, not as text the page shows', async () => {
  const renderer = await markdownProcessor({ contentDir, base: '/' }).createMdxRenderer!({}, { optimize: false });
  const { code } = await renderer.process('- **Personal data** {/* aka GDPR, two-tower */}\n\t- Sub-point\n', path.join(contentDir, 'x.mdx'), {});
  assert.match(code, /"data-aliases": "GDPR, two-tower",\s*"data-pagefind-index-attrs": "data-aliases"/);
  // The comment leaves no text behind: the alias element is empty, at the item's end, and no "aka" or stray space is rendered.
  assert.match(code, /children: "Sub-point"[\s\S]*"data-aliases": "GDPR, two-tower"/);
  assert.doesNotMatch(code, /aka|" "/);
});

test('an external link is marked for the eye and for screen readers', async () => {
  const { code } = await render('Read [the book](https://example.org/book).');
  assert.match(code, /<a href="https:\/\/example.org\/book" class="external">the book<span class="external-icon" aria-hidden="true">↗<\/span><span class="sr-only"> \(external link\)<\/span><\/a>/);
});

test('an http: link fails with file and line', async () => {
  await assert.rejects(render('\nRead [it](http://example.org).'), /2-high-level-architecture\.md:2:6: insecure link "http:\/\/example.org": use https:\/\//);
});

/** Compiles MDX as the file `relativeFile` of the content folder; returns the JSX module's code. */
async function compileMdx(source: string, relativeFile = 'framework/2-high-level-architecture.mdx') {
  const renderer = await markdownProcessor({ contentDir, base: '/' }).createMdxRenderer!({}, { optimize: false });
  return (await renderer.process(source, path.join(contentDir, relativeFile), {})).code;
}

const DIAGRAM = '<SystemDiagram caption="A system">\n\n1. **Data** and logs\n2. [Features](./4-modeling.mdx#pick-offline-metrics-that-match-the-task)\n\n   One definition per feature\n\nBack to step 1.\n\n</SystemDiagram>\n';

test('a <SystemDiagram> box is no checklist item, even one that starts with bold text, and its links resolve', async () => {
  const code = await compileMdx(`## Flow\n\n${DIAGRAM}\n- **A real item**\n`);
  assert.match(code, /href: "\/framework\/modeling\/#pick-offline-metrics-that-match-the-task"/);
  assert.equal(code.match(/class: "checklist-item"/g)?.length, 1, 'only the item outside the diagram is a checklist item');
  assert.doesNotMatch(code, /id: "data"/);
  const anchors = collectAnchors(parseContent(`## Flow\n\n${DIAGRAM}\n- **A real item**\n`), at);
  assert.deepEqual(anchors.map((a) => `${a.kind}:${a.id}`), ['heading:flow', 'item:a-real-item']);
});

test('a broken #fragment inside a <SystemDiagram> fails with the file, line and link, and names the closest ids', async () => {
  await assert.rejects(
    compileMdx(`Intro.\n\n${DIAGRAM.replace('#pick-offline-metrics-that-match-the-task', '#pick-offline-metric')}`),
    /2-high-level-architecture\.mdx:6:4: broken link "\.\/4-modeling\.mdx#pick-offline-metric": content\/framework\/4-modeling\.mdx has no anchor "#pick-offline-metric"; closest: #pick-offline-metrics-that-match-the-task/,
  );
});

test('a <SystemDiagram> without a caption, or not made of an ordered list, fails with file and line', async () => {
  await assert.rejects(compileMdx(`\n${DIAGRAM.replace(' caption="A system"', '')}`), /2-high-level-architecture\.mdx:2:1: <SystemDiagram> needs a caption/);
  await assert.rejects(compileMdx(DIAGRAM.replace('"A system"', '" "')), /:1:1: <SystemDiagram> needs a caption/);
  await assert.rejects(compileMdx(DIAGRAM.replace('1. **Data**', '- **Data**').replace('2. [Features]', '- [Features]')), /:1:1: <SystemDiagram> its children must start with an ordered list/);
  await assert.rejects(compileMdx(DIAGRAM.replace('Back to step 1.', '## Loop')), /:1:1: <SystemDiagram> after the list of boxes only paragraphs may follow .*found heading/);
});

test('each checklist item, and no heading, gets a "Copy item as Markdown" button, right after its link control', async () => {
  const { code } = await render('## Metrics\n\n- **The future leaks.** A random split.\n\t- Sub.\n- **Check latency**\n\n  Loose.\n- not an item\n');
  assert.match(code, /A random split\.<copy-link>[^]*?<\/copy-link><button type="button" class="anchor-link" data-copy="item" aria-label="Copy item as Markdown"><\/button>(<\/p>)?\s*<ul>/);
  assert.match(code, /<p><strong>Check latency<\/strong><copy-link>[^]*?<\/copy-link><button type="button" class="anchor-link" data-copy="item" aria-label="Copy item as Markdown"><\/button><\/p>/);
  assert.equal(code.match(/data-copy="item"/g)?.length, 2);
  assert.match(code, /<h2 id="metrics">Metrics<copy-link><a [^>]*><\/a><\/copy-link><\/h2>/);
});
