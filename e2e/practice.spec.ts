import { expect, test, type Page } from '@playwright/test';
import { box, stageItems, watchCsp } from './practice-helpers.ts';
import { STAGES } from './site.ts';

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Site' });
const stageLink = (page: Page, n: number) => sidebar(page).getByRole('link', { name: new RegExp(STAGES[n - 1]!.title) });
const toggle = (page: Page) => page.getByRole('button', { name: 'Practice mode' });

async function turnOn(page: Page) {
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('checkbox').first()).toBeVisible();
}

test('practice mode is off by default: a toggle, but no checkbox and no counts', async ({ page }) => {
  await page.goto(STAGES[1].path);
  await expect(toggle(page)).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(sidebar(page).locator('.practice-badge')).toHaveCount(0);
  await expect(page.getByText(/\d+ of \d+ covered/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset progress' })).toBeHidden();
});

test('practice mode loads its code only when it is used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(STAGES[0].path);
  await expect(toggle(page)).toBeVisible();
  expect(scripts.filter((url) => url.includes('practice-tools'))).toEqual([]);
  await turnOn(page);
  expect(scripts.filter((url) => url.includes('practice-tools'))).toHaveLength(1);
});

test('without JavaScript nothing of practice mode or the timer shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of [STAGES[1].path, '/cheatsheet/']) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Practice mode' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start timer' })).toBeHidden();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  }
  // The cheat sheet itself works without JavaScript.
  await expect(page.locator('.cheatsheet li a').first()).toBeVisible();
  await context.close();
});

test('ticking items updates the stage and overall progress, announces it, and survives a reload', async ({ page }) => {
  const errors = watchCsp(page);
  await page.goto(STAGES[1].path);
  const items = await stageItems(page);
  await turnOn(page);
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(items.length);
  await expect(boxes.first()).toHaveAccessibleName(`Covered: ${items[0]!.text}`);
  await expect(stageLink(page, 2)).toHaveAccessibleName(new RegExp(`, 0 of ${items.length} covered$`));
  const overall = sidebar(page).getByText(/^Practice: \d+ of \d+ covered$/);
  const total = Number((await overall.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(50);

  // By keyboard: Tab to the first checkbox and press Space; the third one by pointer.
  await boxes.first().focus();
  await page.keyboard.press('Space');
  await boxes.nth(2).click();
  await expect(boxes.first()).toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(stageLink(page, 2)).toHaveAccessibleName(new RegExp(`, 2 of ${items.length} covered$`));
  await expect(stageLink(page, 2).locator('.practice-badge')).toContainText(`2 / ${items.length}`);
  await expect(stageLink(page, 1)).toHaveAccessibleName(/, 0 of 10 covered$/);
  await expect(overall).toHaveText(`Practice: 2 of ${total} covered`);
  await expect(page.getByRole('status').filter({ hasText: `Stage 2: 2 of ${items.length} covered. All stages: 2 of ${total}.` })).toHaveCount(1);
  await expect(page.getByText(`This stage: 2 of ${items.length} covered · all stages: 2 of ${total}`)).toBeVisible();

  await page.reload();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(boxes.first()).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(overall).toHaveText(`Practice: 2 of ${total} covered`);

  // Another stage adds to the total; the cheat sheet shows the same ticks.
  await stageLink(page, 3).click();
  await expect(page).toHaveURL(STAGES[2].path);
  await page.getByRole('checkbox').nth(4).check();
  await expect(stageLink(page, 3).locator('.practice-badge')).toContainText('1 / ');
  await expect(overall).toHaveText(`Practice: 3 of ${total} covered`);
  await page.goto('/cheatsheet/');
  const sheet = page.getByRole('region', { name: new RegExp(STAGES[1].title) });
  await expect(sheet.getByRole('checkbox', { name: `Covered: ${items[0]!.text}` })).toBeChecked();
  await expect(sheet.getByRole('checkbox', { name: `Covered: ${items[1]!.text}` })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
  expect(errors).toEqual([]);
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

test('reset asks first: cancel keeps the ticks, confirming clears them', async ({ page }) => {
  await page.goto(STAGES[0].path);
  await turnOn(page);
  const boxes = page.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const reset = page.getByRole('button', { name: 'Reset progress' });
  await reset.click();
  const dialog = page.getByRole('dialog', { name: 'Reset practice progress?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);

  await reset.click();
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(stageLink(page, 1)).toHaveAccessibleName(/, 0 of 10 covered$/);
  await expect(page.getByRole('status').filter({ hasText: /^Progress reset: 0 of \d+ covered\.$/ })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('turning practice mode off removes every checkbox and count, and keeps the ticks for next time', async ({ page }) => {
  await page.goto(STAGES[4].path);
  await turnOn(page);
  await page.getByRole('checkbox').nth(3).check();
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(sidebar(page).locator('.practice-badge')).toHaveCount(0);
  await expect(sidebar(page).getByText(/^Practice:/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await turnOn(page);
  await expect(page.getByRole('checkbox').nth(3)).toBeChecked();
});

test('stored progress that is malformed is ignored, not shown broken', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('mf-practice-mode', 'on');
    localStorage.setItem('mf-practice-covered', '{"v":1,"covered":[42,"nonsense","/framework/clarify-requirements/#no-such-item"]');
  });
  await page.goto(STAGES[0].path);
  await expect(page.getByRole('checkbox')).toHaveCount(10);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(stageLink(page, 1)).toHaveAccessibleName(/, 0 of 10 covered$/);
});

test('another open tab follows practice mode and its ticks', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await first.goto(STAGES[3].path);
  await second.goto(STAGES[3].path);
  await turnOn(first);
  await first.getByRole('checkbox').nth(1).check();
  await expect(second.getByRole('checkbox').nth(1)).toBeChecked();
  await expect(toggle(second)).toHaveAttribute('aria-pressed', 'true');
});
