import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeAttribute, escapeText, sharePageHtml, shareTemplate, templateView } from './share-page-files.ts';
import type { ShareView } from '../lib/share-view.ts';

/** A stand-in for SharePage.astro's markup, escaping as Astro does. */
function render(view: ShareView): string {
  const tags = view.tags.map(([attribute, key, content]) => `<meta ${attribute}="${key}" content="${escapeAttribute(content)}">`).join('');
  const list = view.details.length > 0 ? `<ul>${view.details.map((detail) => `<li>${escapeText(detail)}</li>`).join('')}</ul>` : '';
  return (
    `<!DOCTYPE html><html><head><title>${escapeText(view.title)}</title>${tags}<meta name="description" content="${escapeAttribute(view.description)}">` +
    `<meta http-equiv="refresh" content="0; url=${escapeAttribute(view.target)}"><style>p{color:red}</style></head>` +
    `<body><p class="share-place">${escapeText(view.place)}</p><h1>${escapeText(view.text)}</h1>${list}<p><a href="${escapeAttribute(view.target)}">${escapeText(view.openLabel)}</a></p></body></html>`
  );
}

const view: ShareView = {
  title: 'Tom & Jerry\'s <b> "quoted"',
  tags: [
    ['property', 'og:title', 'A & B <c> "d" \'e\''],
    ['name', 'twitter:card', 'summary_large_image'],
  ],
  description: 'x < y & "z"',
  target: '/framework/modeling/#a&b',
  place: 'Stage 4: Modeling',
  text: "It's <em>not</em> markup & \"quotes\"",
  details: ['One & two', '<three>', "four's"],
  openLabel: 'Open in the checklist',
};

const template = shareTemplate(render(templateView('listed', view)), render(templateView('bare', view)));

test('Astro escapes & < > " \' in text, and only & and " in attribute values', () => {
  assert.equal(escapeText(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
  assert.equal(escapeAttribute(`&<>"'`), `&amp;<>&quot;'`);
});

test('a share page from the template is the page rendered with its values', () => {
  for (const details of [[], ['only one'], view.details]) {
    const page = { ...view, details };
    assert.equal(sharePageHtml(template, page), render(page), `${details.length} details`);
  }
});

test('a page without details has no list at all', () => {
  const html = sharePageHtml(template, { ...view, details: [] });
  assert.equal(html.includes('<ul>'), false);
  assert.equal(html.includes('@@share-template:'), false);
});

test('a value that looks like a token is written as it is, not filled in again', () => {
  const page = { ...view, text: '@@share-template:title@@' };
  assert.equal(sharePageHtml(template, page), render(page));
});

test('a page whose sharing tags are not the template\'s fails', () => {
  assert.throws(() => sharePageHtml(template, { ...view, tags: [view.tags[1]!, view.tags[0]!] }), /sharing tags/);
});

test('templates that differ beyond the list, or lack a token, fail', () => {
  const listed = render(templateView('listed', view));
  const bare = render(templateView('bare', view));
  assert.throws(() => shareTemplate(listed, bare.replace('<h1>', '<h2>')), /differ in more than/);
  assert.throws(() => shareTemplate(listed.replace('@@share-template:place@@', 'x'), bare.replace('@@share-template:place@@', 'x')), /lacks the tokens \[place\]/);
  assert.throws(() => shareTemplate(listed, listed), /two details/);
});

test("the escaping is Astro's own, for text children and attribute values", async () => {
  // The runtime that renders the pages: a new Astro that escapes otherwise fails here, not in the built pages.
  const { addAttribute, escapeHTML } = await import('astro/runtime/server/index.js');
  for (const value of [`Tom & Jerry's <b> "quoted"`, 'plain', '&amp; already', `'"<>&`]) {
    assert.equal(escapeText(value), String(escapeHTML(value)), value);
    assert.equal(` content="${escapeAttribute(value)}"`, String(addAttribute(value, 'content')), value);
  }
});
