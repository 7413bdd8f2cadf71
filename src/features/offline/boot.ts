// The page-side start of the offline copy (OfflineCopy.astro), bundled with the other components'
// into one file every page loads (src/boot.ts). Kept to a gate: it counts against the JS run
// before the reader's first interaction, and a first visit must fetch nothing but the page. From
// the second page on (or at once, when the reader asks), offline-reader.ts does the work.
import readerUrl from './offline-reader.ts?script-url';

type Reader = typeof import('./offline-reader.ts');
const CHOICE_KEY = __STORAGE_KEY_OFFLINE__;
const DAY_KEY = __STORAGE_KEY_OFFLINE_FIRST_DAY__;

// Each part of src/boot.ts does nothing when its element is missing, so the others still run.
const element = document.querySelector<HTMLElement & { start?: (keepAll?: boolean) => Promise<void> }>('offline-copy');
if (element && import.meta.env.PROD && 'serviceWorker' in navigator) {
  let choice: string | null = null;
  let firstDay: string | null = null;
  // Days since 1970 in local time: a visit on a later calendar day than the first one.
  const today = String(Math.floor((Date.now() - new Date().getTimezoneOffset() * 6e4) / 864e5));
  try {
    choice = localStorage.getItem(CHOICE_KEY);
    firstDay = localStorage.getItem(DAY_KEY);
    if (!firstDay) localStorage.setItem(DAY_KEY, today);
  } catch {
    // Storage blocked: every visit looks like a first one, so nothing is saved unless the reader asks.
  }
  // The home page's control (OfflineControl.astro) and the button near the footer call it too.
  const start = (element.start = (keepAll?: boolean) => (import(/* @vite-ignore */ readerUrl) as Promise<Reader>).then((reader) => reader.start(element, keepAll, firstDay !== null && firstDay < today)));
  const keep = element.querySelector<HTMLElement>('.offline-keep')!;
  keep.hidden = choice === 'all';
  keep.querySelector('button')!.onclick = () => void start(true);
  // Installing the site as an app asks for the whole copy.
  addEventListener('appinstalled', () => void start(true));
  // A page script runs before `load`, always; after it, the page's own requests are done.
  if (choice !== 'off' && (firstDay || navigator.serviceWorker.controller)) addEventListener('load', () => void start(), { once: true });
}
