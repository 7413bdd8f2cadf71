/**
 * What a click on a `<copy-link>` control does, loaded on the first click (by boot.ts beside it,
 * which starts copying the URL during the click): say that it was copied, or, where the Clipboard
 * API is missing or refused, show the URL selected in a field, ready for Ctrl+C. The link's own
 * navigation to the item still happens, so the address and the highlight update too.
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
  control.querySelector('.beside-note')?.remove();
  const field = document.createElement('input');
  field.className = 'beside-note';
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

/**
 * Says whether `url` (the share page's URL, or the page's with the `#id`; see boot.ts) was copied,
 * once `copied` (the clipboard write boot.ts started during the click; none without the Clipboard
 * API) settles, or offers the URL to copy by hand.
 */
export async function copyLink(control: HTMLElement, url: string, share: boolean, copied: Promise<void> | undefined) {
  const what = share ? 'Share link' : 'Link';
  try {
    if (!copied) throw new Error('no clipboard');
    await copied;
    say(control, `${what} copied`, share ? 'shared' : 'copied');
  } catch {
    // Wait for the link's own navigation to the item to finish, or it would take focus back.
    requestAnimationFrame(() => offer(control, url, what));
  }
}
