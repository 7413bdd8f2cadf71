// The page-side start of the offline copy (OfflineCopy.astro), bundled with the other components'
// into one file every page loads (src/boot.ts). Kept to a gate: it counts against the JS run
// before the reader's first interaction, and a first visit must fetch nothing but the page. From
// the second page on (or at once, when the reader asks), offline-reader.ts does the work.
import { loadFeature } from '../load-feature.ts';
import readerUrl from './offline-reader.ts?script-url';

type Reader = typeof import('./offline-reader.ts');
const CHOICE_KEY = __STORAGE_KEY_OFFLINE__;
const FIRST_KEY = __STORAGE_KEY_OFFLINE_FIRST_DAY__;

// Each part of src/boot.ts does nothing when its element is missing, so the others still run.
const element = document.querySelector<HTMLElement & { start?: (keepAll?: boolean, control?: Element) => Promise<void> }>('offline-copy');
if (element && import.meta.env.PROD && 'serviceWorker' in navigator) {
  let choice: string | null = null;
  let first: string | null = null;
  try {
    choice = localStorage.getItem(CHOICE_KEY);
    first = localStorage.getItem(FIRST_KEY);
    // When the first visit was: offline-reader.ts tells a later day from it.
    first ?? localStorage.setItem(FIRST_KEY, String(Date.now()));
  } catch {
    // Storage blocked: every visit looks like a first one, so nothing is saved unless the reader asks.
  }
  const keep = element.querySelector<HTMLElement>('.offline-keep')!;
  const button = keep.querySelector('button')!;
  // The home page's control (OfflineControl.astro) and the button near the footer call it too.
  // A load that fails is said beside the control the reader pressed for the whole copy; else
  // (offline, or the page left while it loaded) the next page tries again.
  const start = (element.start = (keepAll?: boolean, control?: Element) =>
    (keepAll ? loadFeature<Reader>(readerUrl, 'The offline copy', control) : (import(/* @vite-ignore */ readerUrl) as Promise<Reader>)).then(
      (reader) => reader?.start(element, keepAll, first),
      () => undefined,
    ));
  keep.hidden = choice === 'all';
  button.onclick = () => void start(true, button);
  // Installing the site as an app asks for the whole copy.
  addEventListener('appinstalled', () => void start(true));
  // A page script runs before `load`, always; after it, the page's own requests are done.
  if (choice !== 'off' && (first || navigator.serviceWorker.controller)) addEventListener('load', () => void start(), { once: true });
}
