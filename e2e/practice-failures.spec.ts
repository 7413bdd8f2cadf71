/**
 * The practice tools, the copy control and the overlays where things go wrong or get tight: storage
 * that fails, no Clipboard API, small phones, Esc and clicks outside, two modals at once.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchCsp } from './practice-helpers.ts';
import { STAGES } from './site.ts';

const toggle = (page: Page) => page.getByRole('button', { name: 'Practice mode' });
const bar = (page: Page) => page.getByRole('region', { name: 'Mock interview timer' });
const notKept = (page: Page) => page.getByText('Progress will not be kept.', { exact: true });
const box = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);

const T0 = new Date('2025-03-03T09:00:00Z').getTime();

const FAILURES = {
  'storage that reads but refuses writes (quota exceeded)': () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'storage that is disabled (reaching localStorage throws)': () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

for (const [condition, script] of Object.entries(FAILURES)) {
  test(`with ${condition}, practice mode and the timer work on the page and the reader is told once that progress will not be kept`, async ({ page }) => {
    const errors = watchCsp(page);
    await page.addInitScript(script);
    await page.clock.install({ time: T0 });
    await page.goto(STAGES[1].path);
    await page.clock.pauseAt(T0 + 60_000);
    await expect(notKept(page)).toHaveCount(0);

    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    const boxes = page.getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    await expect(notKept(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Practice mode on: .* last only until you leave or reload this page\.$/ })).toHaveCount(1);

    await boxes.nth(1).check();
    await expect(boxes.nth(1)).toBeChecked();
    await expect(page.getByText(/^This stage: 1 of \d+ covered/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Stage 2: 1 of \d+ covered\. All stages: 1 of \d+\.$/ })).toHaveCount(1);

    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(bar(page)).toBeVisible();
    await page.clock.fastForward('01:30');
    await expect(bar(page).getByRole('timer')).toHaveText('01:30');
    await bar(page).getByRole('button', { name: 'Pause' }).click();
    await expect(bar(page).getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.clock.fastForward('01:00');
    await expect(bar(page).getByRole('timer')).toHaveText('01:30');

    // Told once, however many writes failed.
    await expect(notKept(page)).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

test('on the cheat sheet in practice mode each checkbox sits on its item\'s line, before the link', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mf-practice-mode', 'on'));
  await page.goto('/cheatsheet/');
  const entries = page.locator('.cheatsheet li');
  await expect(entries.first().getByRole('checkbox')).toBeVisible();
  for (const index of [0, 5, 20]) {
    const entry = entries.nth(index);
    const [check, link] = [await box(entry.getByRole('checkbox')), await box(entry.getByRole('link'))];
    expect(check.right, `entry ${index}`).toBeLessThanOrEqual(link.left);
    // The box is on the link's first line, not above it.
    expect(check.top, `entry ${index}`).toBeLessThan(link.top + 24);
    expect(check.bottom, `entry ${index}`).toBeGreaterThan(link.top);
  }
});

test('on a stage page a click on an item\'s bold text ticks it, and its copy control and deep link still work', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mf-practice-mode', 'on'));
  await page.goto(STAGES[2].path);
  const item = page.locator('article li.checklist-item').nth(1);
  const id = (await item.getAttribute('id'))!;
  const lead = item.locator(':scope > strong, :scope > p > strong');
  const check = item.getByRole('checkbox').first();
  await expect(check).not.toBeChecked();
  await lead.click();
  await expect(check).toBeChecked();
  await expect(item).toHaveAttribute('data-covered', '');
  await lead.click();
  await expect(check).not.toBeChecked();

  await item.hover();
  const link = item.getByRole('link', { name: /^Share link to/ });
  await expect(link).toHaveAttribute('href', `#${id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(check).not.toBeChecked();

  // Turning practice mode off leaves the bold text as it was.
  await toggle(page).click();
  await expect(item.locator('label')).toHaveCount(0);
  await expect(lead).not.toBeEmpty();
});

test('at 320×568 the practice controls are one line that expands, and the stage intro is in the first screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  await page.goto(STAGES[2].path);
  const controls = await box(page.locator('.practice-controls'));
  expect(controls.height).toBeLessThanOrEqual(56);
  const intro = await box(page.locator('article .practice-controls + p'));
  expect(intro.bottom).toBeLessThanOrEqual(568);
  const disclosure = page.getByRole('button', { name: 'Practice and timer' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle(page)).toBeHidden();

  await disclosure.click();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
  await disclosure.click();
  await expect(toggle(page)).toBeHidden();

  // On a wide screen the controls show at once, without the disclosure.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(disclosure).toBeHidden();
  await expect(toggle(page)).toBeVisible();
  await context.close();
});

test('at 320 px the timer bar shows its total clear of the buttons', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  await page.clock.install({ time: T0 });
  await page.addInitScript((startedAt) => {
    localStorage.setItem('mf-mock-timer', JSON.stringify({ v: 1, startedAt, minutes: 45, pausedAt: null, pausedMs: 0, notified: 0 }));
  }, T0);
  await page.goto(STAGES[0].path);
  await page.clock.pauseAt(T0 + 60_000);
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

const NO_CLIPBOARD = {
  'no Clipboard API': () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
  'a Clipboard API that refuses': () =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } }),
};

for (const [condition, script] of Object.entries(NO_CLIPBOARD)) {
  test(`with ${condition}, Esc on the offered URL field closes it and gives focus back to the link`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(script);
    await page.goto(STAGES[0].path);
    const item = page.locator('article li.checklist-item').nth(1);
    await item.hover();
    const link = item.getByRole('link', { name: /^Share link to/ });
    await link.click();
    const field = page.getByRole('textbox', { name: /press Control\+C/ });
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(link).toBeFocused();
    expect(errors).toEqual([]);
  });
}

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

test('Ctrl+K does not open search over an open reset confirmation; it does once the confirmation is answered', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mf-practice-mode', 'on'));
  await page.goto(STAGES[0].path);
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset practice progress?' });
  const search = page.getByRole('dialog', { name: 'Search the framework' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.press('/');
  await expect(search).toBeHidden();
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await page.keyboard.press('Control+k');
  await expect(search).toBeVisible();
});

test.describe('without the list of items', () => {
  // No offline copy: its worker would answer from its cache, past the route that fails the file.
  test.use({ serviceWorkers: 'block' });

  test('practice mode still ticks and says the counts are missing', async ({ page }) => {
    await page.route('**/practice-stages.json', (route) => route.abort('internetdisconnected'));
    await page.goto(STAGES[1].path);
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Progress counts are missing.', { exact: true })).toBeVisible();
    await expect(page.locator('.practice-controls').getByText(/The list of items could not load: check your connection and reload the page\./)).toBeVisible();
    const first = page.getByRole('checkbox').first();
    await first.check();
    await expect(first).toBeChecked();
  });
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
