/**
 * The offline copy's page side, loaded by boot.ts beside it from the second page a reader opens
 * (never on a first visit), or when the reader asks for the whole copy. It registers the service
 * worker (service-worker.ts), which keeps each page the reader opens from then on; it hands the
 * worker this page and the files it loaded (from the browser's HTTP cache, no new download); and
 * it asks for the whole site when the reader chose it, the site runs as an installed app, or the
 * reader came back on a later day, unless the browser asks to save data. It says, politely and
 * once, when the whole copy is saved, when a newer version than this page is kept, or when saving failed.
 */
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';
import { laterDay } from './later-day.ts';

// With a trailing slash: src/lib/site-env.ts gives the base one.
const BASE = import.meta.env.BASE_URL;
const FAILED = 'Could not save the site for offline reading: ';


/** How long a note that asks nothing of the reader stays ("Saved: …"): long enough to read it twice. */
const NOTE_MS = 15_000;
/** Whether the browser asks sites to save data (Chromium's Save-Data); false where it cannot say. */
function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

let started: Promise<ServiceWorker | undefined> | undefined;

/** Registers the worker once per page, listening to it first; resolves with the active worker, or undefined when registering failed (said on the page). */
function register(say: (text: string, offerReload?: boolean) => void): Promise<ServiceWorker | undefined> {
  started ??= (async () => {
    navigator.serviceWorker.addEventListener('message', ({ data }: MessageEvent<OfflineMessage>) => {
      if (data.type === 'offline-failed') say(FAILED + data.reason);
      else if (data.version !== document.documentElement.dataset.build) say('A new version is available.', true);
      else if (data.type === 'offline-saved') say('Saved: this site now works offline.');
    });
    try {
      await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE });
    } catch (error) {
      say(FAILED + (error as Error).message);
      return undefined;
    }
    const worker = (await navigator.serviceWorker.ready).active ?? undefined;
    // This page and what it loaded, as the worker would have kept them had it been running.
    const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
    worker?.postMessage({ type: 'keep', urls } satisfies OfflineRequest);
    return worker;
  })();
  return started;
}

/**
 * Starts the offline copy on this page (see the module comment); `keepAll` when the reader just
 * asked for the whole site; `first`, the first visit as boot.ts stored it.
 */
export async function start(element: HTMLElement, keepAll = false, first: string | null = null) {
  // The note is drawn here, not on every page: its live region (OfflineCopy.astro) is what must be there from the start.
  const status = element.querySelector('[role="status"]')!;
  if (!status.firstElementChild) {
    status.innerHTML =
      '<div class="offline-note" hidden><p></p><div><button type="button" class="button" hidden>Reload</button><button type="button" class="button">Dismiss</button></div></div>';
  }
  const note = status.firstElementChild as HTMLElement;
  const [reload, dismiss] = note.querySelectorAll('button');
  reload!.onclick = () => location.reload();
  dismiss!.onclick = () => (note.hidden = true);
  let leaving: ReturnType<typeof setTimeout> | undefined;
  // A note that asks nothing of the reader (no Reload) leaves by itself after a while, unless the
  // pointer or focus is on it, so that it never stays over what the reader is reading.
  const leave = () => {
    clearTimeout(leaving);
    if (reload!.hidden) leaving = setTimeout(() => (note.matches(':hover, :focus-within') ? leave() : (note.hidden = true)), NOTE_MS);
  };
  /** Shows one short message, with Dismiss and, for a new version, Reload. */
  const say = (text: string, offerReload = false) => {
    note.hidden = false;
    reload!.hidden = !offerReload;
    // Set once visible, so that the live region announces it.
    note.querySelector('p')!.textContent = text;
    leave();
  };

  let choice: string | null = null;
  try {
    choice = localStorage.getItem(STORAGE_KEYS.offline);
  } catch {
    // Storage blocked: no choice to read; a click on "Keep the whole site offline" still counts.
  }
  const worker = await register(say);
  const installed = matchMedia('(display-mode: standalone)').matches;
  if (!worker || !(keepAll || choice === 'all' || installed || laterDay(first))) return;
  // Save-Data holds back what the reader did not ask for just now; the button stays on offer.
  if (savesData() && !keepAll && choice !== 'all') return;
  // Remembered, so that later pages neither offer it again nor miss it when Save-Data holds it back now.
  try {
    localStorage.setItem(STORAGE_KEYS.offline, 'all');
  } catch {
    // Storage blocked: asked again on the next page, which finds the copy already whole.
  }
  element.querySelector<HTMLElement>('.offline-keep')!.hidden = true;
  if (savesData()) {
    if (keepAll) say('Your browser asks to save data, so the whole site is not saved now; it will be on a later visit without that setting.');
    return;
  }
  if (keepAll) say('Saving the whole site for offline reading…');
  worker.postMessage({ type: 'keep-all' } satisfies OfflineRequest);
}
