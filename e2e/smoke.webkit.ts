/**
 * The smoke flows (e2e/smoke-flows.ts) in WebKit, the engine of every browser on an iPhone: Debian's
 * WebKitGTK MiniBrowser over classic WebDriver (e2e/webkit-browser.ts, e2e/webdriver-driver.ts),
 * against the root build in `dist` served by e2e/static-server.ts (so `_headers` applies) on
 * E2E_PORT + 4 (+ 5 for the offline test), through the recording proxy (e2e/recording-proxy.ts)
 * on E2E_PORT + 6; WebKitWebDriver listens on E2E_PORT + 7.
 *
 * Each test gets a new browser (fresh storage) and fails on what the Chromium and Firefox suites
 * fail on. Classic WebDriver reports none of it, so:
 * - the first script of every document (run by the proxy, see collectProblems) notes console
 *   errors and warnings, uncaught errors and rejections, resources that fail to load and CSP
 *   violations, from before the page's own first script;
 * - the proxy notes every request that would leave localhost.
 * That misses what WebKit itself writes to the console without an event a page can hear (such as
 * "Unrecognized Content-Security-Policy directive"; a test below reads WebKit's console for two
 * pages, outside WebDriver), what workers write (the service worker, Pagefind's), and pages the
 * service worker serves from the offline copy, which hold no init script.
 *
 * Run it with `npm run test:webkit` after `npm run build`.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Server } from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { WebDriver } from 'selenium-webdriver';
import type { Driver } from './driver.ts';
import { recordingProxy } from './recording-proxy.ts';
import { STAGES } from './site.ts';
import { smokeFlows } from './smoke-flows.ts';
import { staticServer } from './static-server.ts';
import { webdriverDriver } from './webdriver-driver.ts';
import { launchWebKit, type BrowserOptions, type WebKit } from './webkit-browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4400) + 4;
const OFFLINE_PORT = PORT + 1;
const PROXY_PORT = PORT + 2;
const DRIVER_PORT = PORT + 3;
const ORIGIN = `http://localhost:${PORT}`;
const DIST = path.join(import.meta.dirname, '../dist');
/** An iPhone 12 to 16's viewport, in CSS pixels. */
const IPHONE = { width: 390, height: 844 };
/** Safari's user agent on a Mac, the platform where the search button offers ⌘K. */
const MAC_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
const STATUS_QUO_ITEM = 'is-there-any-portion-of-this-system-already-in-place-or-are-we-building-everything-from-scratch';

/** The shared flows WebKit cannot run here, and why. */
const NOT_IN_WEBKIT = new Map([
  ['a printed stage page has its content without the site chrome', "WebKitGTK's WebDriver has no Print command, and MiniBrowser no other way to print to a file"],
]);
for (const name of NOT_IN_WEBKIT.keys()) {
  if (!smokeFlows.some((flow) => flow.name === name)) throw new Error(`No smoke flow is named "${name}" any more: update NOT_IN_WEBKIT`);
}

const proxy = recordingProxy();
let site: Server;
let webkit: WebKit;

/** Listens on `port` at 127.0.0.1 (where the proxy sends localhost's requests). */
async function listen(server: Server, port: number): Promise<Server> {
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

/** Stops `server` at once, open connections included, as a host that goes away. */
async function stop(server: Server) {
  server.close();
  server.closeAllConnections();
  await once(server, 'close');
}

before(async () => {
  site = await listen(staticServer({ root: DIST }).server, PORT);
  await listen(proxy.server, PROXY_PORT);
  webkit = await launchWebKit({ port: DRIVER_PORT, proxyPort: PROXY_PORT });
});

after(async () => {
  await webkit?.close();
  if (site?.listening) await stop(site);
  if (proxy.server.listening) await stop(proxy.server);
});

/**
 * The first script of every document. It keeps what it notes in sessionStorage, which outlives the
 * tab's navigations, for the test to read at its end. Stringified for the proxy: it uses nothing
 * from this module.
 */
function collectProblems() {
  const note = (problem: string) => {
    const key = 'webkit-smoke-problems';
    sessionStorage.setItem(key, JSON.stringify([...JSON.parse(sessionStorage.getItem(key) ?? '[]'), `${location.href}: ${problem}`]));
  };
  for (const level of ['error', 'warn'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      note(`console ${level}: ${args.join(' ')}`);
      original.apply(console, args);
    };
  }
  // Capturing: a resource's load error does not bubble.
  addEventListener(
    'error',
    (event) => {
      const target = event.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
      note(event instanceof ErrorEvent ? `page error: ${event.message}` : `failed to load: ${target?.src || target?.href}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => note(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => note(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`));
}

/** Runs `steps` in a new browser at Playwright's desktop size, then checks that nothing went wrong. */
async function inFreshBrowser(steps: (d: Driver, session: WebDriver) => Promise<void>, options: BrowserOptions = {}) {
  proxy.reset();
  proxy.initScripts.push(`(${collectProblems})();`);
  const session = await webkit.open(options);
  try {
    const d = webdriverDriver(session, ORIGIN, { phone: IPHONE, addInitScript: (source) => proxy.initScripts.push(source) });
    await d.setViewport(1280, 720);
    await steps(d, session);
    const noted = await session.executeScript<string[]>('return JSON.parse(sessionStorage.getItem("webkit-smoke-problems") ?? "[]")');
    const problems = [...noted, ...proxy.outside.map((url) => `request leaving localhost: ${url}`)];
    assert.deepEqual(problems, [], 'CSP violations, console errors or warnings, page errors, failed loads, requests leaving localhost');
  } finally {
    await session.quit();
  }
}

/** Waits until `fn` holds in the page, failing with what was awaited. */
async function until<A>(d: Driver, what: string, fn: (arg: A) => unknown, arg?: A) {
  await d.waitUntil(fn, arg).catch((error: unknown) => {
    throw new Error(`webkit: still waiting until ${what}`, { cause: error });
  });
}

for (const flow of smokeFlows) {
  test(flow.name, { timeout: 120_000, skip: NOT_IN_WEBKIT.get(flow.name) ?? false }, () => inFreshBrowser((d) => flow.run(d)));
}

// WebKit only: what WebKit itself writes to the console, which no script in the page hears. The
// policy it checks is the same on every page but for its hashes, so two kinds of page do.
test('WebKit writes no error or warning of its own while a stage page or the 404 page loads', { timeout: 120_000 }, async () => {
  proxy.reset();
  for (const path of [STAGES[0].path, '/no/such/page/']) {
    assert.deepEqual(await webkit.consoleWhileLoading(`${ORIGIN}${path}`), [], `WebKit's console loading ${path}`);
  }
  assert.deepEqual(proxy.outside, [], 'requests leaving localhost');
});

// WebKit only, as in Safari: the page's scripts may use the clipboard only while handling the
// reader's gesture (the shared flow grants them the clipboard, to read back what was copied).
test('the first click on a copy control copies, within the gesture Safari asks for', { timeout: 120_000 }, () =>
  inFreshBrowser(
    async (d) => {
      await d.goto(STAGES[2].path);
      const id = await d.evaluate(() => document.querySelectorAll('article li.checklist-item')[2]!.id);
      await d.hover(`li#${id}`);
      await d.click(`li#${id} > copy-link a`);
      // An item's control copies its share page's URL (src/lib/share-pages.ts).
      await until(d, '"Share link copied" is announced', () => ['Share link copied', 'Copy the selected share link with Control+C or Command+C'].includes(document.getElementById('copy-status')!.textContent!));
      assert.equal(await d.text('#copy-status'), 'Share link copied');
      // Read back as a reader would: pasted into a field (the search field).
      await d.press('/');
      await d.press('Control+V');
      const url = `${ORIGIN}${await d.evaluate(() => document.getElementById('copy-status')!.dataset.shareFolder!)}${id}/`;
      await until(d, 'the copied URL is pasted', (url) => (document.getElementById('site-search-input') as HTMLInputElement).value === url, url);
    },
    { scriptClipboard: false },
  ),
);

// WebKit only: Safari on a Mac, where the search button says ⌘K and Cmd+K opens search.
test('on a Mac, the search button says ⌘K and Cmd+K opens search; a result lands on its item', { timeout: 120_000 }, () =>
  inFreshBrowser(
    async (d) => {
      await d.goto(STAGES[3].path);
      assert.equal(await d.text('site-search .search-shortcut'), '⌘K');
      // The keys go to the page, not to MiniBrowser's address bar (see the "/" flow in smoke-flows.ts).
      await d.click('article h1');
      await d.press('Meta+K');
      await until(d, 'Cmd+K opens search with its field focused', () => document.querySelector<HTMLDialogElement>('dialog.search-dialog')!.open && document.activeElement?.id === 'site-search-input');
      await d.type('status quo');
      await until(d, 'the results for "status quo" are listed', () => document.getElementById('site-search-results')!.dataset.query === 'status quo');
      await d.press('Enter');
      await until(d, 'Enter opens the first result', (path) => `${location.pathname}${location.hash}` === path && document.readyState === 'complete', `${STAGES[0].path}#${STATUS_QUO_ITEM}`);
      await until(d, 'the item is the target', (id) => document.getElementById(id)!.matches(':target'), STATUS_QUO_ITEM);
    },
    { userAgent: MAC_SAFARI },
  ),
);

// The Chromium suite tests the offline copy with Playwright's offline mode, which WebDriver does not
// have: here the network goes away for real, as in the Firefox suite: the test stops a server of its own.
test('once the reader keeps the whole site, a page opens from the offline copy once the server is gone', { timeout: 120_000 }, () =>
  inFreshBrowser(async (d, session) => {
    const own = await listen(staticServer({ root: DIST }).server, OFFLINE_PORT);
    try {
      await d.goto(`http://localhost:${OFFLINE_PORT}/`);
      await d.click('footer.offline-keep button');
      // Longer than the driver's waits: the copy is some 500 files, fetched in the background.
      const saved = 'return document.querySelector("offline-copy [role=status]")?.textContent?.startsWith("Saved: this site now works offline.")';
      await session.wait(() => session.executeScript<boolean>(saved), 30_000, 'the offline copy is saved');
    } finally {
      await stop(own);
    }
    await d.goto(`http://localhost:${OFFLINE_PORT}${STAGES[3].path}`);
    assert.match(await d.text('h1'), new RegExp(STAGES[3].title));
  }),
);

// The Chromium suite tests the 404 page in e2e/navigation.spec.ts, the Firefox suite in its own.
test('an unknown URL shows the 404 page in the site layout, and its link goes home', { timeout: 60_000 }, () =>
  inFreshBrowser(async (d) => {
    await d.goto('/no/such/page/');
    assert.equal(proxy.statuses.get(`${ORIGIN}/no/such/page/`), 404);
    assert.equal((await d.text('h1')).trim(), 'Page not found');
    assert.ok(await d.evaluate(() => document.querySelector('nav[aria-label="Site"]') !== null), 'the site navigation is there');
    await d.click('main a[href="/"]');
    await until(d, 'the link opens the home page', () => location.pathname === '/' && document.readyState === 'complete');
  }),
);
