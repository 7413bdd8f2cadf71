/**
 * The service worker behind the offline copy, served as `<base>sw.js` and scoped to `<base>`.
 * src/build/integrations/offline-copy.ts compiles this file after each build and puts the constants
 * declared below in front of it: the build's version and the URL of every file the copy keeps.
 *
 * - install: fetches every file into a cache named after the version, in the background (the page
 *   registers the worker after `load`), and takes over at once;
 * - activate: deletes the site's older caches, so one version is kept, and tells open pages which
 *   version is now kept (a page of another build offers to reload);
 * - pages: from the network first, so a reader who is online never sees an old page, and from the
 *   copy when the network fails; other files from the copy first (their content is the version's).
 *
 * A script rather than a module (module service workers are not everywhere yet), so its names are
 * global to the type checker: they carry an `Offline` prefix.
 */
declare const OFFLINE_VERSION: string;
declare const OFFLINE_BASE: string;
declare const OFFLINE_CACHE_PREFIX: string;
declare const OFFLINE_URLS: string[];

/** What a page hears from the worker; src/features/offline/OfflineCopy.astro acts on it. */
type OfflineMessage = { type: 'offline-ready'; version: string; replaced: boolean } | { type: 'offline-failed'; reason: string };

// The service worker types live in TypeScript's "webworker" library, which cannot share a program
// with the DOM library the rest of the site uses; these are the few members this file needs.
interface OfflineExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface OfflineFetchEvent extends OfflineExtendableEvent {
  readonly request: Request;
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface OfflineWorkerScope {
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<Array<{ postMessage(message: OfflineMessage): void }>>;
  };
  readonly registration: { readonly navigationPreload?: { enable(): Promise<void> } };
  addEventListener(type: 'install' | 'activate', listener: (event: OfflineExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: OfflineFetchEvent) => void): void;
}

const offlineWorker = self as unknown as OfflineWorkerScope;
const OFFLINE_CACHE = `${OFFLINE_CACHE_PREFIX}${OFFLINE_VERSION}`;

async function tellPages(message: OfflineMessage) {
  for (const client of await offlineWorker.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

offlineWorker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      try {
        const cache = await caches.open(OFFLINE_CACHE);
        // 'no-cache': the HTTP cache may still hold an older file under the same URL.
        await cache.addAll(OFFLINE_URLS.map((url) => new Request(url, { cache: 'no-cache' })));
      } catch (error) {
        // Leave no half copy behind (a full disk, or the network dropped mid-way); the page says so.
        await caches.delete(OFFLINE_CACHE);
        await tellPages({ type: 'offline-failed', reason: error instanceof Error ? error.message : String(error) });
        throw error;
      }
      await offlineWorker.skipWaiting();
    })(),
  );
});

offlineWorker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX) && name !== OFFLINE_CACHE);
      await Promise.all(older.map((name) => caches.delete(name)));
      // The page request starts while the worker boots, so network-first costs no extra wait.
      await offlineWorker.registration.navigationPreload?.enable();
      await offlineWorker.clients.claim();
      await tellPages({ type: 'offline-ready', version: OFFLINE_VERSION, replaced: older.length > 0 });
    })(),
  );
});

/** The copy's response for a URL, if the copy (still) exists: `caches.match` with a name never creates a cache. */
function fromCopy(request: Request | string) {
  return caches.match(request, { cacheName: OFFLINE_CACHE, ignoreSearch: true });
}

/** What an unknown URL gets offline: a plain page that says why, with a way home. */
function notInCopy() {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><link rel="icon" href="${OFFLINE_BASE}favicon.svg" type="image/svg+xml"><h1>You are offline</h1><p>This page is not in the offline copy of the site.</p><p><a href="${OFFLINE_BASE}">Go to the home page</a></p></html>`;
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

async function page(event: OfflineFetchEvent): Promise<Response> {
  try {
    const preloaded = await event.preloadResponse;
    // Firefox resolves a failed preload with a network error (type "error") where Chromium rejects;
    // passed on, that error is the page, and an offline reader gets Firefox's "Unable to connect" page.
    return preloaded && preloaded.type !== 'error' ? preloaded : await fetch(event.request);
  } catch {
    const { pathname } = new URL(event.request.url);
    return (await fromCopy(pathname)) ?? (pathname.endsWith('/') ? undefined : await fromCopy(`${pathname}/`)) ?? notInCopy();
  }
}

offlineWorker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(OFFLINE_BASE)) return;
  // Pagefind asks for pagefind-entry.json?ts=<now>; the copy ignores the query and answers with its own version's.
  event.respondWith(request.mode === 'navigate' ? page(event) : fromCopy(request).then((cached) => cached ?? fetch(request)));
});
