import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { anchoredUrl, pageUrl, searchRecords } from './search-records.ts';
import { ALIASES_ANCHOR } from '../features/search/search-index.ts';

/** A built page as the layout writes it: the article is the body, the h1 names the page and its section. */
const page = (article: string, { head = '<title>Modeling · Site</title>', before = '', after = '' } = {}) =>
  `<!doctype html><html lang="en"><head>${head}</head><body><header data-pagefind-ignore>Site</header>${before}` +
  `<article class="prose" data-pagefind-body data-pagefind-filter="kind:framework">` +
  `<h1 data-pagefind-meta="title:Modeling" data-pagefind-filter="section:4 · Modeling">Stage 4 Modeling</h1>${article}</article>${after}</body></html>`;

const STAGE = page(
  `<p>This stage picks the model.</p>` +
    `<h2 id="baselines">Baselines<copy-link data-pagefind-ignore><a href="#baselines">#</a></copy-link></h2>` +
    `<ul><li id="set-baselines" class="checklist-item" data-pagefind-title="Set baselines to beat."><strong>Set baselines to beat.</strong>` +
    `<span data-aliases="heuristic baseline" data-pagefind-index-attrs="data-aliases"></span>` +
    `<ul><li>Random predictions and a heuristic.</li></ul><p class="applied-in" data-pagefind-ignore>Applied in <a href="/examples/x/#y">X</a></p></li>` +
    `<li id="start-simple" class="checklist-item" data-pagefind-title="Start simple."><strong>Start simple.</strong> A ladder of models.</li></ul>` +
    `<div data-pagefind-ignore><h2 id="not-an-anchor">Ignored heading</h2></div>` +
    `<h2 id="evaluation">Evaluation</h2><p>Offline metrics.</p>`,
);

/** The elements of a record's body (the article) for the properties Pagefind reads, and its indexed words. */
function read(content: string) {
  const tree = fromHtml(content);
  const elements: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') elements.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  const text = (node: Root | RootContent): string =>
    node.type === 'text' ? node.value : node.type === 'element' && node.properties.dataPagefindIgnore !== undefined ? '' : 'children' in node ? node.children.map(text).join(' ') : '';
  const body = elements.find((element) => element.properties.dataPagefindBody !== undefined)!;
  const values = (name: string) => elements.flatMap((element) => (element.properties[name] === undefined ? [] : [String(element.properties[name])]));
  return {
    words: text(body).split(/\s+/).filter(Boolean).join(' '),
    ids: values('id'),
    titles: values('dataPagefindTitle'),
    meta: values('dataPagefindMeta'),
    filters: values('dataPagefindFilter'),
    indexAttrs: values('dataPagefindIndexAttrs'),
    headTitle: elements.find((element) => element.tagName === 'title'),
    lang: elements.find((element) => element.tagName === 'html')?.properties.lang,
  };
}

test('a page becomes its own record, then one record per item and heading, at the sub-result URLs', () => {
  const records = searchRecords(STAGE, '/framework/modeling/');
  assert.deepEqual(
    records.map((record) => record.url),
    ['/framework/modeling/', '/framework/modeling/#baselines', '/framework/modeling/#set-baselines', '/framework/modeling/#start-simple', '/framework/modeling/#evaluation'],
  );
  assert.deepEqual(
    records.map((record) => read(record.content).words),
    ['Stage 4 Modeling This stage picks the model.', 'Baselines', 'Set baselines to beat. Random predictions and a heuristic.', 'Start simple. A ladder of models.', 'Evaluation Offline metrics.'],
  );
});

test('the records hold every indexed word of the page once, in order', () => {
  const whole = read(STAGE).words;
  assert.equal(searchRecords(STAGE, '/x/').map((record) => read(record.content).words).join(' '), whole);
});

test('each record has exactly its own anchor: ancestors started earlier lose their id, title and index attributes', () => {
  const nested = page(
    `<ul><li id="outer" data-pagefind-title="Outer item"><span data-aliases="alias" data-pagefind-index-attrs="data-aliases"></span>Outer text` +
      `<ul><li id="inner" data-pagefind-title="Inner item">Inner text</li></ul>After inner</li></ul>`,
  );
  const [, outer, inner] = searchRecords(nested, '/p/').map((record) => read(record.content));
  // The alias list carries the id that places it among the record's anchors (no sub-result: it has no title).
  assert.deepEqual([outer!.ids, outer!.titles, outer!.indexAttrs, outer!.words], [['outer', ALIASES_ANCHOR], ['Outer item'], ['data-aliases'], 'Outer text']);
  // The text after a nested anchor belongs to it, as Pagefind counts it.
  assert.deepEqual([inner!.ids, inner!.titles, inner!.indexAttrs, inner!.words], [['inner'], ['Inner item'], [], 'Inner text After inner']);
});

test('a definition list keeps its terms and values apart as words', () => {
  const list = page(`<p>For an online marketplace.</p><dl><dt>Shape</dt><dd>Rare-event classification</dd><dt>Stresses</dt><dd>Modeling</dd></dl>`);
  // Pagefind runs the text of neighbouring dt and dd elements together ("marketplace.Shape"): a space follows each.
  const [own] = searchRecords(list, '/p/');
  assert.match(own!.content, /<\/dd> <dt>Stresses<\/dt> <dd>/);
  assert.match(read(own!.content).words, /marketplace\. Shape Rare-event classification Stresses Modeling/);
});

test('filters go to every record; the page title only to its own record, the others are titled as their sub-result', () => {
  const records = searchRecords(STAGE, '/framework/modeling/').map((record) => read(record.content));
  for (const record of records) assert.deepEqual(record.filters.toSorted(), ['kind:framework', 'section:4 · Modeling']);
  assert.deepEqual(records.map((record) => record.meta), [['title:Modeling'], ['title:Baselines'], ['title:Set baselines to beat.'], ['title:Start simple.'], ['title:Evaluation']]);
  // Pagefind names a page without title metadata after its <title>, and indexes that too.
  assert.deepEqual(records.map((record) => record.headTitle !== undefined), [true, false, false, false, false]);
  assert.deepEqual(new Set(records.map((record) => record.lang)), new Set(['en']));
});

test('metadata inside a later record goes to the page record, and so does the name of a page titled by a later h1', () => {
  const body = (html: string) => `<!doctype html><html><body><article data-pagefind-body>${html}</article></body></html>`;
  const [own, a] = searchRecords(body('<p>Intro</p><h2 id="a">A</h2><p data-pagefind-meta="image:/x.png">Text</p>'), '/p/').map((record) => read(record.content));
  assert.deepEqual([own!.meta, a!.meta], [['image:/x.png'], ['title:A']]);
  // Without title metadata Pagefind names a page after its first h1, here in record "a".
  const [late] = searchRecords(body('<p>Intro</p><h2 id="a">A</h2><h1>Late title</h1>'), '/p/').map((record) => read(record.content));
  assert.deepEqual(late!.meta, ['title:Late title']);
  // A page that opens with an anchor has no record of its own: Pagefind drops a record without text.
  assert.deepEqual(searchRecords(body('<h2 id="a">A</h2><p>Text</p>'), '/p/').map((record) => record.url), ['/p/#a']);
});

test('a page without data-pagefind-body has no records; two bodies, or metadata records cannot carry, fail', () => {
  assert.deepEqual(searchRecords('<!doctype html><html><body><h1>404</h1></body></html>', '/404.html'), []);
  assert.throws(() => searchRecords('<html><body><main data-pagefind-body>a</main><aside data-pagefind-body>b</aside></body></html>', '/p/'), /\/p\/ has 2 data-pagefind-body elements/);
  assert.throws(() => searchRecords(page('<h2 id="a">A</h2>', { before: '<p data-pagefind-meta="author:X"></p>' }), '/p/'), /outside data-pagefind-body/);
  // A filter whose value is the element's text: the records after it would index that text again.
  assert.throws(() => searchRecords(page('<p data-pagefind-filter="tag">ml</p><h2 id="a">A</h2>'), '/p/'), /takes Pagefind's "tag" from its text/);
});

test('metadata in an ignore="all" subtree is dropped, as Pagefind drops it', () => {
  const records = searchRecords(page('<div data-pagefind-ignore="all"><span data-pagefind-filter="tag:x"></span></div><h2 id="a">A</h2>'), '/p/');
  assert.deepEqual(read(records[1]!.content).filters.toSorted(), ['kind:framework', 'section:4 · Modeling']);
});

test('anchoredUrl and pageUrl give the URLs Pagefind gives', () => {
  assert.equal(anchoredUrl('/framework/modeling/', 'set-baselines'), '/framework/modeling/#set-baselines');
  assert.equal(anchoredUrl('/a/', 'with space'), '/a/#with%20space');
  assert.equal(pageUrl('index.html'), '/');
  assert.equal(pageUrl('framework/modeling/index.html'), '/framework/modeling/');
  assert.equal(pageUrl('404.html'), '/404.html');
});
