/**
 * The offline copy: once the reader keeps the whole site, it works without a network, it is
 * installable, and a deploy reaches the reader (the next page is the new build's, an open page
 * offers to reload, the old build's cache is deleted). Each test has its own browser context, so
 * its own worker and caches. (What a first visit, a later day and Save-Data do: offline-first-visit.spec.ts.)
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { axeViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { writeOfflineCopy } from '../src/build/integrations/offline-copy.ts';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';
import { staticServer } from './static-server.ts';
import { expectIsTarget } from './landing-helpers.ts';

// The config blocks service workers; this spec is about the one that keeps the offline copy.
test.use({ serviceWorkers: 'allow' });

const DIST = path.resolve(import.meta.dirname, '../dist');
const READY = 'Saved: this site now works offline.';
const STATUS_QUO_ITEM = 'is-there-any-portion-of-this-system-already-in-place-or-are-we-building-everything-from-scratch';

const note = (page: Page) => page.locator('offline-copy').getByRole('status');
/** The worker downloads the whole copy before it says so: on a busy machine that takes a while. */
const COPY_TIMEOUT = { timeout: 20_000 };
const control = (page: Page) => page.locator('offline-control');

/** Asks for the whole copy on the page's foot, as a reader does, and waits until it is saved. */
async function keepWholeSite(page: Page) {
  await page.getByRole('contentinfo').getByRole('button', { name: 'Keep the whole site offline' }).click();
  await expect(note(page)).toContainText(READY, COPY_TIMEOUT);
}

/** The site's caches and the worker's scope, as the page sees them. */
function offlineState(page: Page) {
  return page.evaluate(async () => ({
    caches: (await caches.keys()).filter((name) => name.startsWith('mf-offline ')),
    scopes: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
  }));
}

/** From the next page on, a call to register the worker sets <html data-registered-when> to the document's state. */
const markRegistration = (page: Page) =>
  page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      document.documentElement.dataset.registeredWhen = document.readyState;
      return register(...args);
    };
  });

test('the worker is registered only on the second page, once it has loaded, and saves no whole copy by itself', async ({ page }) => {
  await markRegistration(page);
  await page.goto(STAGES[3].path);
  await page.waitForLoadState('load');
  expect(await page.locator('html').getAttribute('data-registered-when'), 'not on a first visit').toBeNull();
  await page.goto(STAGES[0].path);
  await expect(page.locator('html')).toHaveAttribute('data-registered-when', 'complete');
  await expect.poll(async () => (await offlineState(page)).scopes.length).toBe(1);
  await expect(note(page).locator('.offline-note'), 'nothing to say: no whole copy was asked for').toBeHidden();
});

test('once the reader keeps the whole site, every stage page, a note, the cheat sheet, search and practice mode work offline', async ({ page, context }) => {
  // Waits for whole downloads of the site (up to COPY_TIMEOUT each) on top of its own steps.
  test.slow();
  await page.goto('/');
  await keepWholeSite(page);
  await context.setOffline(true);

  for (const stage of STAGES) {
    await page.goto(stage.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(stage.title);
  }
  await page.goto('/notes/goodharts-law/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Goodhart's law");
  await page.goto('/cheatsheet/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cheat sheet');
  await expect(page.locator('.cheatsheet li a').first()).toBeVisible();

  // Search (Pagefind's code, index and fragments) and its landing highlight, all from the copy.
  await page.keyboard.press('/');
  await page.keyboard.type('status quo');
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', 'status quo');
  await expect(page.getByRole('option').first()).toContainText('1 · Clarify and gather requirements');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${STAGES[0].path}#${STATUS_QUO_ITEM}`);
  await expect(page.locator(`#${STATUS_QUO_ITEM}`)).toBeInViewport();
  await expect(page.locator(`#${STATUS_QUO_ITEM} mark.search-hit`)).toHaveText(['status', 'quo']);

  // Practice mode's code loads on demand: from the copy too.
  await page.getByRole('button', { name: 'Practice mode' }).click();
  const first = page.getByRole('checkbox').first();
  await first.check();
  await expect(first).toBeChecked();
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});

test.describe('a page that is not in the copy', () => {
  test.use({ allowedConsole: [/status of 503/] });
  test('offline, it says so and links home', async ({ page, context }) => {
    await page.goto('/');
    await keepWholeSite(page);
    await context.setOffline(true);
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(503);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByText('This page is not in the offline copy of the site.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML System Design Interview Framework');
  });
});

test('the manifest names the site, its icons are in the build, and its start URL is inside its scope', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  // Chromium's own reading of it: no parse errors.
  const cdp = await page.context().newCDPSession(page);
  const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
  expect(errors).toEqual([]);

  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    theme_color: string;
    icons: Array<{ src: string; sizes: string; purpose: string }>;
  };
  expect(manifest.name).toBe('ML System Design Interview Framework');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(new URL(manifest.start_url, 'http://x').pathname.startsWith(manifest.scope)).toBe(true);
  expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
  for (const icon of manifest.icons) {
    const png = await readFile(path.join(DIST, icon.src));
    // A PNG's width and height are at bytes 16 and 20 of its header.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  // Theme colours for both themes, the light one also the manifest's.
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]')).toHaveAttribute('content', manifest.theme_color);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveAttribute('content', /^#[0-9a-f]{6}$/i);
});

test('turning offline reading off unregisters the worker and deletes the caches, and it stays off', async ({ page }) => {
  // Waits for whole downloads of the site (up to COPY_TIMEOUT each) on top of its own steps.
  test.slow();
  await page.goto('/');
  await expect(control(page).getByRole('status')).toHaveText('Offline reading is on: the pages you open are kept on this device.');
  await control(page).getByRole('button', { name: 'Keep the whole site offline' }).click();
  await expect(note(page)).toContainText(READY, COPY_TIMEOUT);
  await expect(control(page).getByRole('status')).toHaveText(/^Offline reading is on: this whole site is kept on this device/);
  expect((await offlineState(page)).caches).toHaveLength(1);

  await control(page).getByRole('button', { name: 'Turn offline reading off' }).click();
  await expect(control(page).getByRole('status')).toHaveText('Offline reading is off: the offline copy is deleted, and nothing of this site is kept on this device.');
  expect(await offlineState(page)).toEqual({ caches: [], scopes: [] });

  // Another page does not register it again: the page would do so in its load handler, so once
  // "load" has fired, no call means none is coming.
  await markRegistration(page);
  await page.goto(STAGES[0].path);
  await page.waitForLoadState('load');
  expect(await page.locator('html').getAttribute('data-registered-when')).toBeNull();
  expect(await offlineState(page)).toEqual({ caches: [], scopes: [] });

  await page.goto('/');
  await expect(control(page).getByRole('status')).toHaveText(/^Offline reading is off/);
  await control(page).getByRole('button', { name: 'Turn offline reading on' }).click();
  await expect(control(page).getByRole('status')).toHaveText('Offline reading is on: the pages you open are kept on this device.');
  await expect.poll(async () => (await offlineState(page)).scopes).toHaveLength(1);
});

test('when storage is blocked, turning off still deletes the copy and says the choice cannot be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await keepWholeSite(page);
  await control(page).getByRole('button', { name: 'Turn offline reading off' }).click();
  await expect(control(page).getByRole('status')).toHaveText(/browser blocks site storage, so the choice cannot be remembered/);
  expect(await offlineState(page)).toEqual({ caches: [], scopes: [] });
});

test('the "Saved" note leaves by itself after 15 s, and not while the pointer is on it', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await keepWholeSite(page);
  const shown = note(page).locator('.offline-note');
  await expect(shown).toBeVisible();
  await shown.hover();
  await page.clock.fastForward('00:20');
  await expect(shown, 'kept while the pointer is on it').toBeVisible();
  await page.mouse.move(5, 5);
  await page.clock.fastForward('00:16');
  await expect(shown).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the note and the home page's control have no axe violations, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await keepWholeSite(page);
    expect(await axeViolations(page, ['offline-copy', 'offline-control'])).toEqual([]);
    await note(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(note(page).locator('.offline-note')).toBeHidden();
  });
}

test('when the copy cannot be saved, the page says so, and no half copy is left', async ({ page }) => {
  // Waits for whole downloads of the site (up to COPY_TIMEOUT each) on top of its own steps.
  test.slow();
  // A build whose worker lists a file the host no longer has: the download fails part-way.
  const broken = await mkdtemp(path.join(tmpdir(), 'offline-broken-'));
  await cp(DIST, broken, { recursive: true });
  await writeOfflineCopy(broken, '/');
  await rm(path.join(broken, 'cheatsheet', 'index.html'));
  const { server } = staticServer({ root: broken });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
    await page.getByRole('contentinfo').getByRole('button', { name: 'Keep the whole site offline' }).click();
    await expect(note(page)).toContainText('Could not save the site for offline reading: ', COPY_TIMEOUT);
    await expect(control(page).getByRole('status')).toContainText('Offline reading is on, but the site could not be saved: ');
    expect((await offlineState(page)).caches).toEqual([]);
  } finally {
    server.close();
    await rm(broken, { recursive: true, force: true });
  }
});

test.describe('after a deploy', () => {
  let origin = '';
  let buildB = '';
  let close = () => {};
  let serveB = () => {};

  test.beforeAll(async () => {
    // Build B: build A (dist) with one item reworded and one new id on stage 4, and its own worker.
    buildB = await mkdtemp(path.join(tmpdir(), 'offline-build-b-'));
    await cp(DIST, buildB, { recursive: true });
    const file = path.join(buildB, 'framework', 'modeling', 'index.html');
    const html = await readFile(file, 'utf8');
    const changed = html.replace('<strong>Set baselines to beat.</strong>', '<strong>Set baselines to beat, in build B.</strong>').replace('</article>', '<p id="only-in-b">New in build B.</p></article>');
    expect(changed).toContain('in build B.</strong>');
    await writeFile(file, changed);
    await writeOfflineCopy(buildB, '/');

    const { server, setRoot } = staticServer({ root: DIST });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    serveB = () => setRoot(buildB);
    close = () => server.close();
  });
  test.afterAll(async () => {
    close();
    await rm(buildB, { recursive: true, force: true });
  });

  test("the next page is the new build's, a deep link to a new id lands, an open page offers to reload, and the old cache is gone", async ({ context }) => {
    // Waits for whole downloads of the site (up to COPY_TIMEOUT each) on top of its own steps.
    test.slow();
    const stage4 = `${origin}${STAGES[3].path}`;
    const open = await context.newPage();
    await open.goto(stage4);
    await keepWholeSite(open);
    const [cacheA] = (await offlineState(open)).caches;
    expect(cacheA).toBeDefined();

    serveB();
    const next = await context.newPage();
    await next.goto(`${stage4}#only-in-b`);
    await expect(next.locator('#only-in-b')).toBeInViewport();
    await expectIsTarget(next.locator('#only-in-b'));
    await expect(next.getByText('Set baselines to beat, in build B.')).toBeVisible();

    // The page still showing build A is told, and reloads into B; the page already on B is not told.
    await expect(note(open)).toContainText('A new version is available.', COPY_TIMEOUT);
    await expect(note(next)).not.toContainText('A new version');
    await open.getByRole('button', { name: 'Reload' }).click();
    await expect(open.getByText('Set baselines to beat, in build B.')).toBeVisible();

    const { caches } = await offlineState(open);
    expect(caches).toHaveLength(1);
    expect(caches).not.toContain(cacheA);

    // And B is what is kept offline.
    await context.setOffline(true);
    await next.goto(`${origin}${STAGES[3].path}`);
    await expect(next.locator('#only-in-b')).toHaveText('New in build B.');
  });
});
