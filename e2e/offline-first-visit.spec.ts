/**
 * The offline copy on the reader's terms (src/features/offline/): a first visit downloads the page
 * and what it needs, and nothing else; the pages a reader opens from then on are kept; the whole
 * site downloads when the reader asks, or on a visit on a later day, never under Save-Data.
 * Each test runs its own server (e2e/static-server.ts) and counts what it sent.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';
import { staticServer } from './static-server.ts';

const DIST = path.resolve(import.meta.dirname, '../dist');
const READY = 'Saved: this site now works offline.';
const DAY = 24 * 60 * 60 * 1000;
const NOON = new Date('2026-03-02T12:00:00').getTime();

let origin = '';
let served: Array<{ url: string; bytes: number }> = [];
let close = () => {};

test.beforeAll(async () => {
  const { server } = staticServer({ root: DIST });
  // Counts every response and its body bytes, as the server sends them (gzip included).
  server.prependListener('request', (request, response) => {
    const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      served.push({ url: request.url ?? '', bytes: Buffer.isBuffer(chunk) || typeof chunk === 'string' ? Buffer.byteLength(chunk) : 0 });
      return end(chunk, ...rest);
    }) as typeof response.end;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
test.afterAll(() => close());
// The config blocks service workers; these tests are about the one that keeps the offline copy.
test.use({ serviceWorkers: 'allow' });
// One server for the file's tests: they count its requests, so one at a time.
test.describe.configure({ mode: 'serial' });
test.beforeEach(() => {
  served = [];
});

const note = (page: Page) => page.locator('offline-copy').getByRole('status');
const keepButton = (page: Page) => page.getByRole('contentinfo').getByRole('button', { name: 'Keep the whole site offline' });
const bytes = (list: typeof served) => list.reduce((total, entry) => total + entry.bytes, 0);
const offlineState = (page: Page) =>
  page.evaluate(async () => ({
    caches: (await caches.keys()).filter((name) => name.startsWith('mf-offline ')),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

/** Sets the browser's Save-Data (Chromium's own setting, through the DevTools protocol) for `page`. */
async function saveData(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
}

test('a first visit downloads the page and what it needs, and nothing else within 20 s', async ({ page }) => {
  // Playwright's clock runs the page's 20 s of timers at once; after that, with the network idle
  // and no service worker registered, nothing is left that could fetch.
  await page.clock.install({ time: NOON });
  await page.goto(`${origin}${STAGES[3].path}`, { waitUntil: 'load' });
  await page.clock.runFor(20_000);
  await page.waitForLoadState('networkidle');
  expect(await offlineState(page)).toEqual({ caches: [], workers: 0 });
  // The page's own: itself and the files its HTML names (stylesheet, script, icon), each once,
  // within the stage page's budget of 5 requests and 20 KiB.
  const html = await page.content();
  const urls = served.map((entry) => entry.url);
  for (const url of urls) expect(url === STAGES[3].path || html.includes(`"${url}"`), `${url} is the page's own`).toBe(true);
  expect(new Set(urls).size, 'nothing twice').toBe(urls.length);
  expect(urls.length).toBeLessThanOrEqual(5);
  expect(bytes(served)).toBeLessThanOrEqual(20 * 1024);
  // The reader is offered the whole site, at the foot of the page.
  await expect(keepButton(page)).toBeVisible();
});

test('"Keep the whole site offline" downloads the copy, says so, and is remembered', async ({ page, context }) => {
  // Waits for a whole download of the site.
  test.slow();
  await page.goto(`${origin}${STAGES[3].path}`);
  await keepButton(page).click();
  await expect(note(page)).toContainText(READY, { timeout: 30_000 });
  await expect(keepButton(page)).toBeHidden();
  expect(served.length, 'the whole copy: hundreds of files').toBeGreaterThan(400);
  await context.setOffline(true);
  await page.goto(`${origin}${STAGES[0].path}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(STAGES[0].title);
  await context.setOffline(false);
  await page.goto(`${origin}/`);
  await expect(page.locator('offline-control').getByRole('status')).toHaveText(/^Offline reading is on: this whole site is kept on this device/);
  await expect(keepButton(page)).toBeHidden();
});

test.describe('kept as the reader goes', () => {
  test.use({ allowedConsole: [/status of 503/] });
test('the pages a reader opens are kept as they go, and search once used; other pages are not', async ({ page, context }) => {
  // Three pages and a search: a busy machine makes that slow.
  test.slow();
  for (const stage of STAGES.slice(0, 3)) {
    await page.goto(`${origin}${stage.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(stage.title);
    // From the second page on, the worker takes over the open page.
    if (stage !== STAGES[0]) await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  }
  await page.keyboard.press('/');
  await page.keyboard.type('latency');
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  // The worker keeps the whole search index once the reader searched: wait for it to be quiet.
  await expect.poll(async () => (await offlineState(page)).caches.length).toBe(1);
  await page.waitForLoadState('networkidle');
  expect(served.filter((entry) => entry.url.startsWith('/pagefind/')).length).toBeGreaterThan(20);
  expect(served.filter((entry) => /^\/(notes|examples|resources)\//.test(entry.url))).toEqual([]);

  await context.setOffline(true);
  for (const stage of STAGES.slice(1, 3)) {
    await page.goto(`${origin}${stage.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(stage.title);
  }
  await page.keyboard.press('/');
  await page.keyboard.type('leakage');
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  const response = await page.goto(`${origin}${STAGES[4].path}`);
  expect(response?.status(), 'never opened: not kept').toBe(503);
});
});

test.describe('a visit on a later day', () => {
  test('downloads the whole copy without asking', async ({ page }) => {
    // Waits for a whole download of the site.
    test.slow();
    await page.clock.setFixedTime(NOON);
    await page.goto(`${origin}${STAGES[0].path}`);
    await page.goto(`${origin}${STAGES[1].path}`);
    await page.waitForLoadState('networkidle');
    expect(served.length, 'day one: the pages and the worker, no copy').toBeLessThan(30);
    await page.clock.setFixedTime(NOON + DAY);
    await page.goto(`${origin}${STAGES[2].path}`);
    await expect(note(page)).toContainText(READY, { timeout: 30_000 });
    expect(served.length).toBeGreaterThan(400);
  });

  test('does not while the browser asks to save data, nor when the reader asks', async ({ page, context }) => {
    await saveData(context, page);
    await page.clock.setFixedTime(NOON);
    await page.goto(`${origin}${STAGES[0].path}`);
    await page.clock.setFixedTime(NOON + DAY);
    await page.goto(`${origin}${STAGES[1].path}`);
    await expect.poll(async () => (await offlineState(page)).workers).toBe(1);
    await page.waitForLoadState('networkidle');
    await keepButton(page).click();
    await expect(note(page)).toContainText('Your browser asks to save data');
    await page.waitForLoadState('networkidle');
    expect(served.length, 'the two pages, their files and the worker').toBeLessThan(30);
  });
});
