// The page-side code of src/components/OfflineCopy.astro, bundled with the other components' into one
// file every page loads (src/scripts/boot/index.ts).
import noteUrl from '../offline-note.ts?script-url';

// Set to 'off' by the home page's control (OfflineControl.astro), which writes it out too: a
// module shared by two page scripts becomes a file of its own, one more request per page.
const OFF_KEY = 'mf-offline-copy';
// With a trailing slash: src/lib/site-env.ts gives the base one.
const BASE = import.meta.env.BASE_URL;
type NoteModule = typeof import('../offline-note.ts');

// Kept small: it is inlined into every page, and counts against the JS run before first
// interaction. What to say, and how, loads only when there is something to say.
class OfflineCopy extends HTMLElement {
  connectedCallback() {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    // Listening at once, before `load`: a worker that a deploy brought may speak early.
    navigator.serviceWorker.addEventListener('message', ({ data }: MessageEvent<OfflineMessage>) => this.tell((note) => note.heard(this, data)));
    let off = false;
    try {
      off = localStorage.getItem(OFF_KEY) === 'off';
    } catch {
      // Storage blocked: the copy stays on, and the home page's control says why it cannot be turned off.
    }
    // A page script runs before `load`, always.
    if (!off) addEventListener('load', () => void this.register(), { once: true });
  }

  /** Registers the worker; the home page's control calls it too, to turn the copy back on. */
  register() {
    return navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch((error: Error) => this.tell((note) => note.failed(this, error.message)));
  }

  tell(show: (note: NoteModule) => void) {
    (import(/* @vite-ignore */ noteUrl) as Promise<NoteModule>).then(show, (error: unknown) => console.error('The offline note could not load:', error));
  }
}
customElements.define('offline-copy', OfflineCopy);
