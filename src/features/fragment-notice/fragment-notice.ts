/**
 * The landing for a link to a fragment the page lacks. Loaded by FragmentNotice.astro only when
 * the address's fragment matches no id as written, so a normal visit never fetches it. A case-only difference
 * goes to the item; anything else gets a dismissible notice offering the closest items.
 */
import { elsewhere, quoted, type AnchorIndex } from '../../lib/anchor-index.ts';
import { withBase } from '../../lib/urls.ts';
import { fragmentLanding, type PageTarget } from './fragment-landing.ts';
import { missingFragment } from './missing-fragment.ts';

const BASE = import.meta.env.BASE_URL;

/** The site's ids and their pages (/anchor-index.json), fetched once, the first time a fragment is missing. */
let index: Promise<AnchorIndex | undefined> | undefined;
const siteIds = () =>
  (index ??= fetch(withBase('/anchor-index.json', BASE))
    .then((response) => (response.ok ? (response.json() as Promise<AnchorIndex>) : undefined))
    // Offline without a copy: the notice still offers this page's closest items.
    .catch(() => undefined));

/** This page's site path without base, as the index keys pages. */
const currentPath = () => {
  const trimmed = BASE.endsWith('/') ? BASE.slice(0, -1) : BASE;
  return location.pathname.startsWith(trimmed) ? location.pathname.slice(trimmed.length) || '/' : location.pathname;
};

/** What a reader sees for a heading or item: its bold text, or its text without the link control. */
function titleOf(element: HTMLElement): string {
  if (element.dataset.pagefindTitle) return element.dataset.pagefindTitle;
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('copy-link, [aria-hidden="true"]')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** The article's headings, items and former item ids, read from the page itself. */
function pageTargets(): PageTarget[] {
  const article = document.querySelector('main article') ?? document.body;
  return [...article.querySelectorAll<HTMLElement>(':is(h2, h3, h4, li.checklist-item, .former-id)[id]')].map((element) => {
    const item = element.classList.contains('former-id') ? element.parentElement! : element;
    return { id: element.id, title: titleOf(item), itemId: item === element ? undefined : item.id };
  });
}

/** Lands on the item when only the case of `wanted` is wrong; otherwise shows the notice in `region`. */
export function land(wanted: string, region: HTMLElement) {
  const landing = fragmentLanding(wanted, pageTargets());
  if (landing.kind === 'case') {
    // A real fragment navigation (unlike history.replaceState) scrolls to the item and makes it
    // :target, so it is highlighted; replace() keeps the mistyped address out of the history.
    location.replace(`#${encodeURIComponent(landing.id)}`);
    return;
  }
  const notice = document.createElement('div');
  notice.className = 'fragment-notice-box';
  const text = document.createElement('p');
  const code = document.createElement('code');
  // A fragment can be any length; the notice quotes its start.
  code.textContent = `#${quoted(wanted)}`;
  text.append('No item ', code, ' on this page.');
  notice.append(text);
  const list = document.createElement('ul');
  const entry = (href: string, title: string, where?: string) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = title;
    const item = document.createElement('li');
    item.append(link, ...(where ? [` (${where})`] : []));
    list.append(item);
  };
  for (const { id, title } of landing.suggestions) entry(`#${encodeURIComponent(id)}`, title);
  if (list.childElementCount > 0) {
    text.append(' Closest:');
    notice.append(list);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'button fragment-notice-dismiss';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => {
    region.replaceChildren();
    // The button is gone: give focus to the content rather than let it drop to the body.
    document.getElementById('content')?.focus({ preventScroll: true });
  });
  notice.append(dismiss);
  region.replaceChildren(notice);
  // A link followed within the page leaves the reader where they were; the notice is at the top.
  region.scrollIntoView({ block: 'nearest' });
  // The id may be another page's (a link to stage 3's item opened on stage 5): say where it lives.
  void siteIds().then((ids) => {
    const found = ids ? elsewhere(ids, wanted, currentPath()) : [];
    if (found.length === 0 || !notice.isConnected) return;
    list.replaceChildren();
    for (const place of found) entry(`${withBase(place.path, BASE)}#${encodeURIComponent(place.id)}`, place.title, place.label);
    text.replaceChildren('No item ', code, found.length === 1 ? ' on this page; it is on another page:' : ' on this page; it is on other pages:');
    notice.insertBefore(list, dismiss);
  });
}

/** The check FragmentNotice.astro hands over: lands or explains the address's fragment, or clears the notice when there is nothing to say. */
export function check(region: HTMLElement) {
  const wanted = missingFragment(location.hash, (id) => document.getElementById(id) !== null);
  if (wanted === undefined) region.replaceChildren();
  else land(wanted, region);
}
