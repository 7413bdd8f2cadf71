/**
 * The landing for a link to a fragment the page lacks. Loaded by FragmentNotice.astro only when
 * the address's fragment matches no id as written, so a normal visit never fetches it. A case-only difference
 * goes to the item; anything else gets a dismissible notice offering the closest items.
 */
import { fragmentLanding, type PageTarget } from './fragment-landing.ts';
import { missingFragment } from './missing-fragment.ts';

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
  code.textContent = `#${wanted}`;
  text.append('No item ', code, ' on this page.');
  notice.append(text);
  const list = document.createElement('ul');
  for (const { id, title } of landing.suggestions) {
    const link = document.createElement('a');
    link.href = `#${encodeURIComponent(id)}`;
    link.textContent = title;
    const entry = document.createElement('li');
    entry.append(link);
    list.append(entry);
  }
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
}

/** The check FragmentNotice.astro hands over: lands or explains the address's fragment, or clears the notice when there is nothing to say. */
export function check(region: HTMLElement) {
  const wanted = missingFragment(location.hash, (id) => document.getElementById(id) !== null);
  if (wanted === undefined) region.replaceChildren();
  else land(wanted, region);
}
