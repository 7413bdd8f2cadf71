/**
 * The offline copy's note (see OfflineCopy.astro, which loads this only when there is something to
 * say): "Saved: this site now works offline", "A new version is available" with Reload, or why
 * the copy could not be saved. Shown politely, once, with Dismiss.
 */
const FAILED = 'Could not save the site for offline reading: ';

/** What the worker said, as the reader should hear it; undefined when there is nothing to tell. */
function textFor(data: OfflineMessage, build: string | undefined): { text: string; offerReload?: boolean } | undefined {
  if (data.type === 'offline-failed') return { text: FAILED + data.reason };
  if (data.version !== build) return { text: 'A new version is available.', offerReload: true };
  return data.replaced ? undefined : { text: 'Saved: this site now works offline.' };
}

/** Shows one short message in `element`'s note, with Dismiss and, for a new version, Reload. */
function say(element: HTMLElement, text: string, offerReload = false) {
  const note = element.querySelector<HTMLElement>('.offline-note')!;
  const [reload, dismiss] = note.querySelectorAll('button');
  reload!.onclick = () => location.reload();
  dismiss!.onclick = () => (note.hidden = true);
  note.hidden = false;
  reload!.hidden = !offerReload;
  // Set once visible, so that the live region announces it.
  note.querySelector('p')!.textContent = text;
}

/** A message from the worker. */
export function heard(element: HTMLElement, data: OfflineMessage): void {
  const told = textFor(data, document.documentElement.dataset.build);
  if (told) say(element, told.text, told.offerReload);
}

/** The worker could not be registered. */
export function failed(element: HTMLElement, reason: string): void {
  say(element, FAILED + reason);
}
