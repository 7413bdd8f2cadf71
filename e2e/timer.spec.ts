import { expect, test, type Page } from '@playwright/test';
import { box, openWithRunningTimer, T0, watchCsp } from './practice-helpers.ts';
import { STAGES } from './site.ts';

const bar = (page: Page) => page.getByRole('region', { name: 'Mock interview timer' });
const elapsed = (page: Page) => bar(page).getByRole('timer');

/** Opens `path` with the page's clock installed and then frozen, so only fastForward moves time. */
async function openWithFrozenClock(page: Page, path: string) {
  await page.clock.install({ time: T0 });
  await page.goto(path);
  await page.clock.pauseAt(T0 + 60_000);
}

test('the timer keeps running across pages, pause holds it, and it says when a stage budget is spent', async ({ page }) => {
  const errors = watchCsp(page);
  await openWithFrozenClock(page, STAGES[0].path);
  await expect(bar(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(bar(page)).toBeVisible();
  await expect(elapsed(page)).toHaveText('00:00');
  await expect(bar(page)).toContainText('of 45:00');
  await expect(bar(page)).toContainText('Stage 1 · Clarify and gather requirements');
  await expect(bar(page)).toContainText('05:00 left');
  // Focus moves to the bar, so a keyboard user can pause at once.
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeHidden();

  await page.clock.fastForward('02:00');
  await expect(elapsed(page)).toHaveText('02:00');

  // Another stage page: the same session, still running.
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: new RegExp(STAGES[1].title) }).click();
  await expect(page).toHaveURL(STAGES[1].path);
  await expect(elapsed(page)).toHaveText('02:00');
  await page.clock.fastForward('01:00');
  await expect(elapsed(page)).toHaveText('03:00');
  await expect(bar(page)).toContainText('02:00 left');

  // Pause holds the time, across a reload too.
  await bar(page).getByRole('button', { name: 'Pause' }).click();
  await expect(bar(page).getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Timer paused at 03:00.' })).toHaveCount(1);
  await page.clock.fastForward('05:00');
  await expect(elapsed(page)).toHaveText('03:00');
  await page.reload();
  await expect(elapsed(page)).toHaveText('03:00');
  await page.clock.fastForward('10:00');
  await expect(elapsed(page)).toHaveText('03:00');
  await bar(page).getByRole('button', { name: 'Resume' }).click();
  await page.clock.fastForward('00:10');
  await expect(elapsed(page)).toHaveText('03:10');

  // Stage 1's five minutes run out: said once, politely, and shown in the bar.
  await page.clock.fastForward('02:00');
  await expect(elapsed(page)).toHaveText('05:10');
  const notice = 'Time for stage 1 is up: move on to stage 2, High-level system architecture.';
  await expect(page.getByRole('status').filter({ hasText: notice })).toHaveCount(1);
  await expect(bar(page)).toContainText(notice);
  await expect(bar(page)).toContainText('Stage 2 · High-level system architecture');
  await expect(bar(page)).toContainText('09:50 left');
  expect(errors).toEqual([]);
});

test('the plan shows the suggested budget of every stage, scaled to the chosen length', async ({ page }) => {
  await openWithFrozenClock(page, '/cheatsheet/');
  const minutes = page.getByRole('spinbutton', { name: 'Mock interview length in minutes' });
  await minutes.fill('60');
  await minutes.press('Enter');
  await expect(bar(page)).toContainText('of 1:00:00');
  await expect(bar(page)).toContainText('06:40 left');
  await bar(page).getByRole('button', { name: 'Plan' }).click();
  const plan = bar(page).getByRole('list');
  await expect(plan.getByRole('listitem')).toHaveText([
    /Stage 1 · Clarify and gather requirements 6 min 40 s, 00:00–06:40 \(now\)/,
    /Stage 2 · High-level system architecture 13 min 20 s/,
    /Stage 3 · Data and feature engineering 13 min 20 s/,
    /Stage 4 · Modeling 13 min 20 s/,
    /Stage 5 · Model serving 9 min 20 s/,
    /Wrap-up and questions 4 min, 56:00–1:00:00/,
  ]);
  await expect(plan.getByRole('link', { name: /Stage 3/ })).toHaveAttribute('href', STAGES[2].path);
});

test('the timer\'s plan closes on Esc and on a click outside it', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.goto(STAGES[0].path);
  await page.clock.pauseAt(T0 + 60_000);
  await page.getByRole('button', { name: 'Start timer' }).click();
  const planButton = bar(page).getByText('Plan', { exact: true });
  const plan = bar(page).getByText('Suggested split of 45 minutes');
  await planButton.click();
  await expect(plan).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(plan).toBeHidden();
  await expect(planButton).toBeFocused();

  await planButton.click();
  await expect(plan).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(plan).toBeHidden();
});

test('the timer bar is drawn by its own stylesheet, which loads with the tools and only then', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/practice-tools.')) loaded.push(new URL(request.url()).pathname);
  });
  await page.goto(STAGES[0].path);
  expect(loaded, 'nothing of the tools loads before they are used').toEqual([]);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(bar(page)).toBeVisible();
  expect(loaded.some((file) => file.endsWith('.css'))).toBe(true);
  // Fixed across the bottom of the window, as practice-tools.css draws it: not an unstyled block in the flow.
  expect(await bar(page).evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  expect((await box(bar(page))).bottom).toBeCloseTo(page.viewportSize()!.height, 0);
});

test('a length out of range does not start a session', async ({ page }) => {
  await openWithFrozenClock(page, STAGES[3].path);
  const minutes = page.getByRole('spinbutton', { name: 'Mock interview length in minutes' });
  await minutes.fill('3');
  await page.getByRole('button', { name: 'Start timer' }).click();
  expect(await minutes.evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false);
  await expect(bar(page)).toHaveCount(0);
});

test('stop asks first, then ends the session on every page', async ({ page }) => {
  await openWithFrozenClock(page, STAGES[4].path);
  await page.getByRole('button', { name: 'Start timer' }).click();
  // The first use loads the tools; the session starts once the bar shows.
  await expect(bar(page)).toBeVisible();
  await page.clock.fastForward('00:42');
  await bar(page).getByRole('button', { name: 'Stop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop the mock interview?' });
  await expect(dialog).toContainText('00:42');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(bar(page)).toBeVisible();
  await bar(page).getByRole('button', { name: 'Stop' }).click();
  await dialog.getByRole('button', { name: 'Stop timer' }).click();
  await expect(bar(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeFocused();
  await page.goto('/cheatsheet/');
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
});

test('a session started on the cheat sheet shows its bar on every page', async ({ page }) => {
  await openWithFrozenClock(page, '/cheatsheet/');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(bar(page)).toBeVisible();
  for (const path of ['/notes/goodharts-law/', '/', '/resources/']) {
    await page.goto(path);
    await expect(bar(page)).toBeVisible();
  }
  // The bar never covers the end of the page. The bar and the room the page leaves for it come
  // after load (the tools load on their own, and the room follows the bar's height): scrolled to
  // the end and measured until they have.
  await page.goto(STAGES[0].path);
  await expect(bar(page)).toBeVisible();
  const nextLink = page.getByRole('link', { name: /^Next/ });
  await expect
    .poll(() =>
      nextLink.evaluate((link) => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return document.querySelector('.timer-bar')!.getBoundingClientRect().top - link.getBoundingClientRect().bottom;
      }),
    { message: 'room between the last link and the bar' })
    .toBeGreaterThanOrEqual(0);
  await expect(nextLink).toBeInViewport();
});

test('a malformed stored session is dropped instead of shown', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mf-mock-timer', '{"v":1,"startedAt":"yesterday"}'));
  await page.goto(STAGES[0].path);
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
});

test('at 320 px the timer bar shows its total clear of the buttons', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  await openWithRunningTimer(page, STAGES[0].path);
  const total = bar(page).getByText('of 45:00');
  await expect(total).toBeVisible();
  const totalBox = await box(total);
  expect(totalBox.right).toBeLessThanOrEqual(320);
  for (const name of ['Plan', 'Pause', 'Stop']) {
    const button = await box(bar(page).getByText(name, { exact: true }));
    const overlaps = totalBox.left < button.right && button.left < totalBox.right && totalBox.top < button.bottom && button.top < totalBox.bottom;
    expect(overlaps, `"of 45:00" overlaps ${name}`).toBe(false);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});
