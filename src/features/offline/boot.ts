// The page-side code of src/features/offline/OfflineCopy.astro, bundled with the other components'
// into one file every page loads (src/boot.ts). Kept small: it counts against the
// JS run before the reader's first interaction (the "saved" note shows on a first visit).

// Set to 'off' by the home page's control (OfflineControl.astro).
const OFF_KEY = __STORAGE_KEY_OFFLINE__;
// With a trailing slash: src/lib/site-env.ts gives the base one.
const BASE = import.meta.env.BASE_URL;
const FAILED = 'Could not save the site for offline reading: ';

// Each part of src/boot.ts does nothing when its element is missing, so the others still run.
const element = document.querySelector<HTMLElement & { register?: () => Promise<unknown> }>('offline-copy');
if (element) {
  const note = element.querySelector<HTMLElement>('.offline-note')!;
  const [reload, dismiss] = note.querySelectorAll('button');
  reload!.onclick = () => location.reload();
  dismiss!.onclick = () => (note.hidden = true);

  /** Shows one short message, with Dismiss and, for a new version, Reload. */
  const say = (text: string, offerReload = false) => {
    note.hidden = false;
    reload!.hidden = !offerReload;
    // Set once visible, so that the live region announces it.
    note.querySelector('p')!.textContent = text;
  };

  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    // Registers the worker; the home page's control calls it too (as the element's method), to turn the copy back on.
    const register = (element.register = () =>
      navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch((error: Error) => say(FAILED + error.message)));
    // Listening at once, before `load`: a worker that a deploy brought may speak early.
    navigator.serviceWorker.addEventListener('message', ({ data }: MessageEvent<OfflineMessage>) => {
      if (data.type === 'offline-failed') say(FAILED + data.reason);
      else if (data.version !== document.documentElement.dataset.build) say('A new version is available.', true);
      else if (!data.replaced) say('Saved: this site now works offline.');
    });
    let off = false;
    try {
      off = localStorage.getItem(OFF_KEY) === 'off';
    } catch {
      // Storage blocked: the copy stays on, and the home page's control says why it cannot be turned off.
    }
    // A page script runs before `load`, always.
    if (!off) addEventListener('load', () => void register(), { once: true });
  }
}
