/**
 * The service worker behind the offline copy, served as `<base>sw.js` and scoped to `<base>`.
 * src/build/integrations/offline-copy.ts compiles this file after each build and puts the constants
 * declared below in front of it: the build's version and the URL of every file the copy may keep.
 * The page registers it from the second page a reader opens (src/features/offline/boot.ts), so a
 * first visit downloads the page and nothing else.
 *
 * - as the reader goes: each page and file of the site the reader fetches is kept as it arrives,
 *   and the page that registered the worker hands over itself and its files (`keep`, taken from
 *   the HTTP cache); once the reader uses search, the whole search index is kept too;
 * - the whole copy (`keep-all`: the reader asked, the app is installed, or a later day's visit):
 *   every file, downloaded in the background, then a marker that says so, and the pages are told;
 * - install (a deploy brought a new worker): fetches into a cache named after the new version what
 *   the old one kept (everything, if it kept the whole copy), and takes over at once;
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

/** What a page hears from the worker; offline-reader.ts beside it and OfflineControl.astro act on it. */
type OfflineMessage =
  | { type: 'offline-ready'; version: string; replaced: boolean }
  | { type: 'offline-saved'; version: string }
  | { type: 'offline-failed'; reason: string };
/** What a page asks of the worker: to keep some URLs (from the HTTP cache), or the whole site. */
type OfflineRequest = { type: 'keep'; urls: string[] } | { type: 'keep-all' };

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
interface OfflineMessageEvent extends OfflineExtendableEvent {
  readonly data: OfflineRequest;
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
  addEventListener(type: 'message', listener: (event: OfflineMessageEvent) => void): void;
}

const offlineWorker = self as unknown as OfflineWorkerScope;
const OFFLINE_CACHE = `${OFFLINE_CACHE_PREFIX}${OFFLINE_VERSION}`;
const OFFLINE_KEEPS = new Set(OFFLINE_URLS);
/** An entry of the cache, not a file of the site, that says the whole copy is kept. */
const OFFLINE_WHOLE = `${OFFLINE_BASE}.offline-whole-copy`;
const OFFLINE_SEARCH = OFFLINE_URLS.filter((url) => url.startsWith(`${OFFLINE_BASE}pagefind/`));

async function tellPages(message: OfflineMessage) {
  for (const client of await offlineWorker.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

/** Whether the browser asks sites to save data (Chromium's Save-Data); false where it cannot say. */
function offlineSavesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** The site path a request is kept under: its path, without query (Pagefind asks with `?ts=`). */
function offlineKey(url: string): string | undefined {
  const { origin, pathname } = new URL(url, location.href);
  return origin === location.origin && OFFLINE_KEEPS.has(pathname) ? pathname : undefined;
}

/** Downloads into the copy those of `urls` it does not hold yet; `fromHttpCache` takes them from the browser's cache where it can. */
async function offlineFetchMissing(urls: string[], fromHttpCache = false) {
  const cache = await caches.open(OFFLINE_CACHE);
  const held = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const missing = urls.filter((url) => !held.has(url));
  // 'no-cache': the HTTP cache may still hold an older file under the same URL.
  await cache.addAll(missing.map((url) => new Request(url, { cache: fromHttpCache ? 'force-cache' : 'no-cache' })));
}

/** The whole copy: every file, then the marker; the pages are told either way. A failure leaves no half copy. */
async function offlineKeepAll() {
  const cache = await caches.open(OFFLINE_CACHE);
  if (await cache.match(OFFLINE_WHOLE)) return;
  try {
    await offlineFetchMissing(OFFLINE_URLS);
    await cache.put(OFFLINE_WHOLE, new Response('whole'));
  } catch (error) {
    // A full disk, or the network dropped mid-way: delete it all rather than keep a copy with holes.
    await caches.delete(OFFLINE_CACHE);
    await tellPages({ type: 'offline-failed', reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  await tellPages({ type: 'offline-saved', version: OFFLINE_VERSION });
}

offlineWorker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // What the previous version kept, fetched anew at this version: the whole site, or the pages the reader had opened.
      const previous = (await caches.keys()).filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX) && name !== OFFLINE_CACHE).at(-1);
      const old = previous ? await caches.open(previous) : undefined;
      try {
        if (old && (await old.match(OFFLINE_WHOLE))) {
          await offlineFetchMissing(OFFLINE_URLS);
          await (await caches.open(OFFLINE_CACHE)).put(OFFLINE_WHOLE, new Response('whole'));
        } else if (old) {
          const kept = (await old.keys()).map((request) => new URL(request.url).pathname).filter((path) => OFFLINE_KEEPS.has(path));
          await offlineFetchMissing(kept);
        }
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

offlineWorker.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'keep-all') event.waitUntil(offlineKeepAll());
  else if (request.type === 'keep') {
    const urls = [...new Set(request.urls.map(offlineKey).filter((key): key is string => key !== undefined))];
    // A file the HTTP cache no longer holds is simply not kept: it is kept on its next visit.
    event.waitUntil(offlineFetchMissing(urls, true).catch(() => undefined));
  }
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

/** Keeps a response in the copy as it passes, if it is one of the copy's files. */
function offlineKeep(event: OfflineFetchEvent, response: Response): Response {
  const key = offlineKey(event.request.url);
  if (key && response.ok && !response.redirected) {
    const copy = response.clone();
    event.waitUntil(caches.open(OFFLINE_CACHE).then((cache) => cache.put(key, copy)));
  }
  return response;
}

async function page(event: OfflineFetchEvent): Promise<Response> {
  try {
    const preloaded = await event.preloadResponse;
    // Firefox resolves a failed preload with a network error (type "error") where Chromium rejects;
    // passed on, that error is the page, and an offline reader gets Firefox's "Unable to connect" page.
    return offlineKeep(event, preloaded && preloaded.type !== 'error' ? preloaded : await fetch(event.request));
  } catch {
    const { pathname } = new URL(event.request.url);
    return (await fromCopy(pathname)) ?? (pathname.endsWith('/') ? undefined : await fromCopy(`${pathname}/`)) ?? notInCopy();
  }
}

/** Set once this worker has started keeping the search index (it checks what the copy holds first). */
let offlineSearchKept: Promise<unknown> | undefined;

/** Any other file: from the copy, else from the network (and kept). The first search request keeps the whole index. */
async function file(event: OfflineFetchEvent): Promise<Response> {
  const { request } = event;
  if (!offlineSearchKept && OFFLINE_SEARCH.includes(new URL(request.url).pathname) && !offlineSavesData()) {
    // Once a reader searches, search works offline: its index is small next to the site.
    offlineSearchKept = offlineFetchMissing(OFFLINE_SEARCH).catch(() => (offlineSearchKept = undefined));
    event.waitUntil(offlineSearchKept);
  }
  try {
    return (await fromCopy(request)) ?? offlineKeep(event, await fetch(request));
  } catch {
    // Offline, or the page was left while it loaded: the load fails as it would without the worker
    // (a rejected answer makes Firefox report that the worker "encountered an unexpected error").
    return Response.error();
  }
}

offlineWorker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(OFFLINE_BASE)) return;
  event.respondWith(request.mode === 'navigate' ? page(event) : file(event));
});
