import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';
import { expectBelowHeader, expectIsTarget } from './landing-helpers.ts';

const [STAGE_1, STAGE_2, STAGE_3, STAGE_4] = STAGES;
const STATUS_QUO_ITEM = 'is-there-any-portion-of-this-system-already-in-place-or-are-we-building-everything-from-scratch';

/** Opens search with "/" and types the query, without waiting for results. */
async function searchUnanswered(page: Page, query: string) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the framework' });
  await expect(dialog).toBeVisible();
  const combobox = dialog.getByRole('combobox', { name: 'Search the framework' });
  await expect(combobox).toBeFocused();
  await page.keyboard.type(query);
  return { dialog, combobox };
}

/** Opens search with the "/" shortcut and types the query; resolves once its results are shown. */
async function search(page: Page, query: string) {
  const { dialog, combobox } = await searchUnanswered(page, query);
  // The list (hidden when nothing matched) names the query its results are for.
  await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', query);
  return { dialog, combobox, options: dialog.getByRole('option') };
}

test('each result names its stage and item, with the matched words marked, and the count is announced', async ({ page }) => {
  await page.goto(STAGE_4.path);
  const { dialog, combobox, options } = await search(page, 'status quo');
  const first = options.first();
  await expect(first).toContainText('1 · Clarify and gather requirements');
  await expect(first).toContainText('Is there any portion of this system already in place');
  await expect(first.locator('mark')).toHaveText([/status/i, /quo/i]);
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const count = await options.count();
  await expect(dialog.getByRole('status')).toHaveText(`${count} result${count === 1 ? '' : 's'} for “status quo”`);
});

test('a query with no match says so and suggests what to try', async ({ page }) => {
  await page.goto('/');
  const { dialog, combobox, options } = await search(page, 'qzxvwjkk');
  await expect(options).toHaveCount(0);
  await expect(dialog.getByRole('listbox')).toBeHidden();
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  const status = dialog.getByRole('status');
  await expect(status).toContainText('No results for “qzxvwjkk”');
  await expect(status).toContainText('Try a single word');
});

test('the status quotes a long query shortened, and the count is the number of results listed', async ({ page }) => {
  await page.goto('/');
  const long = 'what personal data is involved and how is it protected in this system';
  const { dialog, options } = await search(page, long);
  const status = dialog.getByRole('status');
  await expect(status).toContainText('“what personal data is involved and how…”');
  await expect(status).not.toContainText(long);
  const count = await options.count();
  expect(count).toBeGreaterThan(0);
  await expect(status).toHaveText(new RegExp(`^${count} results? for `));
  // No item holds all twelve words: the status says so, and the item the question is about is listed.
  await expect(status).toContainText('none with every word');
  await expect(dialog.locator(`[role="option"][href^="${STAGE_3.path}?"][href$="#what-personal-data-is-involved-and-how-is-it-protected"]`)).toHaveCount(1);
});

test('fewer letters never find fewer matches, where a prefix runs across two chunks of the index', async ({ page }) => {
  // Where each chunk of the built word index starts, cut short by Pagefind ("usel"): the words
  // before it that share its first three letters ("use", "useful") sit in the chunk before, the
  // rest ("user") in its own. For each, the site's most frequent word of that chunk with the prefix.
  const bundle = (file: string) => JSON.parse(readFileSync(new URL(`../dist/pagefind/${file}`, import.meta.url), 'utf8')) as unknown;
  const starts = bundle('index-chunks.json') as string[];
  const { words } = bundle('vocabulary.json') as { words: string[] };
  const cases = starts.flatMap((start, i) => {
    const prefix = start.slice(0, 3);
    const word = words.find((w) => w.startsWith(prefix) && w >= start && (i + 1 === starts.length || w < starts[i + 1]!));
    return i > 0 && /^[a-z]{4,}$/.test(start) && word ? [{ prefix, word }] : [];
  });
  expect(cases.length, 'chunks that start inside a three-letter prefix').toBeGreaterThan(2);
  await page.goto('/');
  const { dialog, combobox } = await search(page, cases[0]!.prefix);
  /** How many records matched the query, as the list records it (the status counts only the results shown). */
  const matches = async (query: string) => {
    const list = dialog.locator('[role="listbox"]');
    await combobox.fill(query);
    await expect(list).toHaveAttribute('data-query', query);
    return Number(await list.getAttribute('data-matches'));
  };
  for (const { prefix, word } of cases) {
    expect(await matches(prefix), `"${prefix}" finds at least what "${word}" finds`).toBeGreaterThanOrEqual(await matches(word));
  }
});

test.describe('when a search file cannot load', () => {
  // The config blocks service workers: no offline copy answers the request that the route makes fail.
  test.use({ allowedConsole: [/Search could not load Pagefind|Failed to load resource/] });

  test('the dialog says so, and the next keystroke tries again', async ({ page }) => {
    await page.route('**/pagefind/index-chunks.json', (route) => route.abort());
    await page.goto('/');
    const { dialog } = await searchUnanswered(page, 'latency');
    await expect(dialog.getByRole('status')).toHaveText('Search could not load. Check your connection and try again.');
    await page.unroute('**/pagefind/index-chunks.json');
    await page.keyboard.type(' ');
    await expect(dialog.getByRole('option').first()).toContainText('State the latency budget');
  });
});

/**
 * Holds back every request for `url` until `release()`, so that a test acts while a file is loading
 * however fast or slow the machine; `requested` resolves once the page has asked for it.
 */
async function hold(page: Page, url: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(url, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { requested, release };
}

// The config blocks service workers: no offline copy answers the requests these tests hold back.
test.describe('Enter pressed before the results are in', () => {
  test("before the dialog's code and Pagefind have loaded, opens the first result for what was typed", async ({ page }) => {
    const dialogCode = await hold(page, '**/_astro/search-dialog.*.js');
    const pagefind = await hold(page, '**/pagefind/**');
    await page.goto(STAGE_4.path);
    await searchUnanswered(page, 'status quo');
    await dialogCode.requested;
    await page.keyboard.press('Enter');
    // The dialog's code arrives and asks for Pagefind; Enter waits on, for the results.
    dialogCode.release();
    await pagefind.requested;
    await expect(page).toHaveURL(STAGE_4.path);
    pagefind.release();
    // Only now does all of Pagefind load (its code, WebAssembly, index and excerpts), then search and
    // open the result: the longest wait of the suite, twice the default on a loaded 2-core machine.
    await expect(page).toHaveURL(`${STAGE_1.path}#${STATUS_QUO_ITEM}`, { timeout: 10_000 });
    await expect(page.locator(`#${STATUS_QUO_ITEM} mark.search-hit`)).toHaveText(['status', 'quo']);
  });

  test("while the previous query's results are shown, opens the first result for the words typed since", async ({ page }) => {
    await page.goto(STAGE_4.path);
    const { dialog } = await search(page, 'status');
    const pagefind = await hold(page, '**/pagefind/**');
    await page.keyboard.type(' quo');
    // The search for "status quo" waits on Pagefind's files: the list still shows "status".
    await pagefind.requested;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', 'status');
    await expect(page).toHaveURL(STAGE_4.path);
    pagefind.release();
    await expect(page).toHaveURL(`${STAGE_1.path}#${STATUS_QUO_ITEM}`);
    await expect(page.locator(`#${STATUS_QUO_ITEM} mark.search-hit`)).toHaveText(['status', 'quo']);
  });
});

test('excerpts keep a space between a label and its value', async ({ page }) => {
  await page.goto('/');
  const { options } = await search(page, 'Aminian');
  await expect(options.first()).toContainText('Author Ali Aminian');
});

test('Tab from the search field goes to Close, never to the result list', async ({ page }) => {
  await page.goto('/');
  // Enough results to make the list scroll: Chromium makes a scrolling element a Tab stop of its own.
  const { dialog, options } = await search(page, 'model');
  await expect(options.first()).toBeVisible();
  expect(await dialog.getByRole('listbox').evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('combobox')).toBeFocused();
});

// The config blocks service workers: no offline copy answers the request the route holds back.
test('a slow first load shows a busy state as the reader types, then the results', async ({ page }) => {
  // Pagefind is held back until the busy state has been seen, however slow the machine.
  const pagefind = await hold(page, '**/pagefind/pagefind.js');
  await page.clock.install();
  await page.goto('/');
  // The dialog's own code asks for Pagefind once it runs: from then on, only Pagefind's slow load
  // (held back above) stands between the reader's typing and the results.
  await page.keyboard.press('/');
  await pagefind.requested;
  const dialog = page.getByRole('dialog', { name: 'Search the framework' });
  await expect(dialog.getByRole('combobox')).toBeFocused();
  // The page's clock stands still from here, but for 100 ms let run after the typing: the busy
  // state must come from the keystrokes themselves or a timer of at most 100 ms.
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.keyboard.type('latency');
  await page.clock.runFor(100);
  await expect(dialog.getByRole('status')).toHaveText('Loading search…');
  await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('aria-busy');
  pagefind.release();
  await page.clock.resume();
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await expect(dialog.locator('[role="listbox"]')).not.toHaveAttribute('aria-busy');
});

test('nothing of Pagefind loads until the reader shows intent; hovering the button does', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchRequests.push(request.url());
  });
  await page.goto(STAGE_2.path);
  await page.mouse.move(600, 500);
  await page.mouse.wheel(0, 600);
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).hover();
  await expect.poll(() => searchRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the header button shows its shortcut, and "/" typed in the search field is just a character', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search' });
  await expect(button).toContainText('Ctrl K');
  await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
  await search(page, 'A/B test');
  await expect(page.getByRole('combobox')).toHaveValue('A/B test');
});

/** The keyboard-only path: "/", type, ArrowDown, Enter lands on the item, marked and highlighted. */
async function keyboardLanding(page: Page) {
  await page.goto(STAGE_4.path);
  const { combobox, options } = await search(page, 'status quo');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await page.keyboard.press('Enter');

  // The address is the item's link, without the highlight parameter.
  await expect(page).toHaveURL(`${STAGE_1.path}#${STATUS_QUO_ITEM}`);
  const item = page.locator(`#${STATUS_QUO_ITEM}`);
  await expectBelowHeader(item);
  await expectIsTarget(item);
  await expect(item.locator('mark.search-hit')).toHaveText(['status', 'quo']);

  // Searching again takes the highlight away.
  await page.keyboard.press('/');
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
}

test('keyboard only: "/", type, ArrowDown, Enter lands on the item, marked and highlighted', async ({ page }) => {
  await keyboardLanding(page);
});

test('the highlight goes away when the reader navigates within the page', async ({ page }) => {
  await page.goto(`${STAGE_1.path}?highlight=status+quo#${STATUS_QUO_ITEM}`);
  await expect(page.locator('mark.search-hit')).toHaveText(['status', 'quo']);
  await page.getByRole('navigation', { name: 'On this page', exact: true }).getByRole('link').first().click();
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
});

test('Esc closes search and gives focus back to where it was', async ({ page }) => {
  await page.goto(STAGE_2.path);
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search the framework' });
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // From a link, with the other shortcut.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  await page.keyboard.press('ControlOrMeta+K');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(focused);
});

test('Ctrl+K does not open search over an open reset confirmation; it does once the confirmation is answered', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mf-practice-mode', 'on'));
  await page.goto(STAGE_1.path);
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset practice progress?' });
  const dialog = page.getByRole('dialog', { name: 'Search the framework' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.press('/');
  await expect(dialog).toBeHidden();
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('search works with the Content-Security-Policy sent as a header (dist/_headers)', async ({ page }) => {
  // The e2e server applies dist/_headers; the guard fixture fails the test on any CSP violation.
  const response = await page.goto(STAGE_2.path);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'none'");
  await search(page, 'latency');
  await expect(page.getByRole('option').first()).toBeVisible();
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('the search button opens a full-width dialog that does not scroll sideways', async ({ page }) => {
    await page.goto(STAGE_3.path);
    await page.getByRole('button', { name: 'Search' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Search the framework' });
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await page.keyboard.type('leakage');
    await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', 'leakage');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(374);
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await expect(dialog).toBeHidden();
  });

  test('keyboard only: "/", type, ArrowDown, Enter lands on the item', async ({ page }) => {
    await keyboardLanding(page);
  });
});
