/**
 * What a click on a `<copy-link>` control does, loaded on the first click (by boot.ts beside it):
 * copy the item's absolute URL and say so, or, where the Clipboard API is missing or refused,
 * show the URL selected in a field, ready for Ctrl+C. The link's own navigation to the item
 * still happens, so the address and the highlight update too (and the address bar's `#id` URL
 * still lands on the item for whoever copies it from there).
 * An item or step with a share page (a `share-link` control) copies its share page's URL instead,
 * whose link preview names the item rather than the whole page (src/lib/share-pages.ts).
 */

/** Announces `message` to screen readers and shows it beside the control for a moment. */
function say(control: HTMLElement, message: string, state: string) {
  const status = document.getElementById('copy-status');
  if (status) status.textContent = message;
  control.dataset.state = state;
  clearTimeout(Number(control.dataset.timer));
  control.dataset.timer = String(setTimeout(() => delete control.dataset.state, 2000));
}

/** The fallback: the URL in a selected read-only field. */
function offer(control: HTMLElement, url: string, what: string) {
  control.querySelector('.copy-fallback')?.remove();
  const field = document.createElement('input');
  field.className = 'copy-fallback';
  field.readOnly = true;
  field.value = url;
  field.setAttribute('aria-label', `${what} to this item; press Control+C or Command+C to copy`);
  // Moving focus away closes the field. Esc does it by focusing the link: removing the focused
  // field itself fires blur, whose remove() then throws and leaves focus on the body.
  field.addEventListener('blur', () => field.remove());
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    control.querySelector('a')?.focus();
  });
  control.append(field);
  field.focus();
  field.select();
  say(control, `Copy the selected ${what.toLowerCase()} with Control+C or Command+C`, 'offered');
}

/** The URL a control copies: its anchor's share page, or the page's own URL with the `#id`. */
function copiedUrl(link: HTMLAnchorElement): { url: string; share: boolean } {
  const folder = document.getElementById('copy-status')?.dataset.shareFolder;
  if (folder && link.classList.contains('share-link')) return { url: `${location.origin}${folder}${link.hash.slice(1)}/`, share: true };
  return { url: `${location.origin}${location.pathname}${link.hash}`, share: false };
}

/** Copies the URL of `link` (an item's or heading's `#id` link inside `control`); see copiedUrl. */
export async function copyLink(control: HTMLElement, link: HTMLAnchorElement) {
  const { url, share } = copiedUrl(link);
  const what = share ? 'Share link' : 'Link';
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(url);
    say(control, `${what} copied`, share ? 'shared' : 'copied');
  } catch {
    // Wait for the link's own navigation to the item to finish, or it would take focus back.
    requestAnimationFrame(() => offer(control, url, what));
  }
}
