/**
 * Share pages written from a template. Astro's own work on each page it renders (routing, the CSP
 * hashes, the file write) came to some 2 ms a page, a second of every build for the 510 share
 * pages, while the share pages differ only in their words. So `astro build` renders two template
 * share pages (src/pages/i/[...share].astro), whose every variable part is a token, one with a
 * list of two details and one with none; after the build, each share page is written from them
 * (src/build/integrations/share-page-files.ts), its values escaped as Astro escapes them, so that
 * the file is byte for byte the page Astro would have rendered. Everything Astro adds (the CSP
 * `<meta>`, the inlined stylesheet, the theme script) is the same on every share page, and comes
 * from the template: its CSP already trimmed by the security headers (src/build/integrations/headers.ts
 * runs first), which holds for every share page because the values filled in are escaped text and
 * attribute values, never a script or a style. `astro dev` renders every share page itself.
 *
 * Guarantees: a template that lacks a token, has one it should not, or whose two variants differ
 * in more than the list fails the build, as does a page whose tags do not match the template's.
 */
import type { ShareView } from '../lib/share-view.ts';
import { SHARE_ROOT } from '../lib/share-pages.ts';

/** The folder of the template pages: under SHARE_ROOT, so the sitemap leaves them out as it does share pages. */
export const TEMPLATE_FOLDER = `${SHARE_ROOT}_template/`;

/** The two template pages: with a list of two details, and without one. */
export const TEMPLATE_PAGES = { listed: `${TEMPLATE_FOLDER}listed/`, bare: `${TEMPLATE_FOLDER}bare/` } as const;

export type TemplateVariant = keyof typeof TEMPLATE_PAGES;

// Tokens hold none of & < > " ', so Astro writes them unchanged in text and in attribute values.
const TOKEN = /@@share-template:([a-z0-9-]+)@@/g;
const token = (name: string) => `@@share-template:${name}@@`;

/** The two details of the listed template: from them come the list's opening, separator and closing. */
const DETAILS = [token('detail-a'), token('detail-b')];

/**
 * A template share page's view: tokens for every value, with the tag attributes and keys of
 * `reference` (any real share page's view).
 */
export function templateView(variant: TemplateVariant, reference: ShareView): ShareView {
  return {
    title: token('title'),
    tags: reference.tags.map(([attribute, key], i) => [attribute, key, token(`tag-${i}`)]),
    description: token('description'),
    target: token('target'),
    place: token('place'),
    text: token('text'),
    details: variant === 'listed' ? DETAILS : [],
    openLabel: token('open-label'),
  };
}

/** Text as Astro writes an expression's text (escapeHTML in astro/dist/runtime/server/escape.js). */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!);
}

/** An attribute value as Astro writes it (toAttributeString in astro/dist/runtime/server/render/util.js). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The template, cut where the list goes. */
export interface ShareTemplate {
  /** The page up to the list's place, and after it, with tokens. */
  head: string;
  tail: string;
  /** The list's markup around and between its items: `open + details.join(separator) + close`. */
  list: { open: string; separator: string; close: string };
  /** The attribute and key of each sharing tag, in order: `property og:title`. */
  tags: string[];
}

const TEXT_TOKENS = new Set(['title', 'place', 'text', 'open-label']);
const ATTRIBUTE_TOKENS = new Set(['description', 'target']);

/** The template from the two rendered template pages; throws when they are not as templateView made them. */
export function shareTemplate(listed: string, bare: string): ShareTemplate {
  let start = 0;
  const shorter = Math.min(listed.length, bare.length);
  while (start < shorter && listed[start] === bare[start]) start++;
  let end = 0;
  while (end < shorter - start && listed[listed.length - 1 - end] === bare[bare.length - 1 - end]) end++;
  if (start + end !== bare.length) throw new Error('The two share-page templates differ in more than their list of details: see src/build/share-page-files.ts.');
  const block = listed.slice(start, listed.length - end);
  const [a, b] = DETAILS as [string, string];
  const ia = block.indexOf(a);
  const ib = block.indexOf(b, ia + a.length);
  if (ia < 0 || ib < 0 || block.indexOf(a, ia + 1) >= 0 || block.indexOf(b, ib + 1) >= 0) {
    throw new Error(`The listed share-page template does not show its two details once each, in order (${a}, ${b}).`);
  }
  const head = listed.slice(0, start);
  const tail = listed.slice(listed.length - end);
  const list = { open: block.slice(0, ia), separator: block.slice(ia + a.length, ib), close: block.slice(ib + b.length) };
  if (Object.values(list).join('').includes('@@share-template:')) throw new Error('The share-page template has a token inside its list markup.');
  const names = [...`${head}${tail}`.matchAll(TOKEN)].map((match) => match[1]!);
  const tags = [...head.matchAll(/<meta (property|name)="([^"]*)" content="@@share-template:tag-(\d+)@@"/g)].map((match, i) => {
    if (Number(match[3]) !== i) throw new Error(`The share-page template's sharing tags are out of order at ${match[2]}.`);
    return `${match[1]} ${match[2]}`;
  });
  const expected = [...TEXT_TOKENS, ...ATTRIBUTE_TOKENS, ...tags.map((_, i) => `tag-${i}`)];
  const missing = expected.filter((name) => !names.includes(name));
  const unknown = names.filter((name) => !expected.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`The share-page template lacks the tokens [${missing.join(', ')}] or has unknown ones [${unknown.join(', ')}]: see templateView.`);
  }
  return { head, tail, list, tags };
}

/** One share page's HTML: the template with `view`'s values escaped in place of its tokens. */
export function sharePageHtml(template: ShareTemplate, view: ShareView): string {
  const shape = view.tags.map(([attribute, key]) => `${attribute} ${key}`);
  if (shape.join('\n') !== template.tags.join('\n')) {
    throw new Error(`A share page's sharing tags (${shape.join(', ')}) are not the template's (${template.tags.join(', ')}).`);
  }
  const values = new Map<string, string>([
    ['title', escapeText(view.title)],
    ['place', escapeText(view.place)],
    ['text', escapeText(view.text)],
    ['open-label', escapeText(view.openLabel)],
    ['description', escapeAttribute(view.description)],
    ['target', escapeAttribute(view.target)],
    ...view.tags.map(([, , content], i): [string, string] => [`tag-${i}`, escapeAttribute(content)]),
  ]);
  // One pass, so a value that happens to look like a token is written as it is.
  const fill = (part: string) => part.replace(TOKEN, (_, name: string) => values.get(name)!);
  const list = view.details.length > 0 ? `${template.list.open}${view.details.map(escapeText).join(template.list.separator)}${template.list.close}` : '';
  return `${fill(template.head)}${list}${fill(template.tail)}`;
}
