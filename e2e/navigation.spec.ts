import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';
import { expectBelowHeader } from './landing-helpers.ts';

test('the home page links all five stages in order', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML System Design Interview Framework');
  const outline = page.locator('article ol').first();
  const hrefs = await outline.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toEqual(STAGES.map((s) => s.path));
});

for (const stage of STAGES) {
  test(`stage ${stage.n}: the sidebar lists the five stages in order and marks this one`, async ({ page }) => {
    await page.goto(stage.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(stage.title);
    const sidebar = page.getByRole('navigation', { name: 'Site' });
    const stageLinks = sidebar.getByRole('list').first().getByRole('link');
    await expect(stageLinks).toHaveText(STAGES.map((s) => new RegExp(`${s.n}\\s*${s.title}`)));
    await expect(sidebar.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute('href', stage.path);
  });
}

test('previous/next walk home → 1 → 5, then the worked examples, and back', async ({ page }) => {
  // Two clicks per page, and with six examples the chain is thirteen pages long.
  test.slow();
  await page.goto('/');
  // The examples come in the sidebar's order, after their index page.
  const examples = await page
    .getByRole('navigation', { name: 'Site' })
    .locator('.sidebar-group', { hasText: 'Worked examples' })
    .getByRole('listitem')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(examples.length).toBeGreaterThan(0);
  const chain = ['/', ...STAGES.map((s) => s.path), '/examples/', ...examples];
  for (const expected of chain.slice(1)) {
    await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(expected);
  }
  await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  for (const expected of chain.slice(0, -1).reverse()) {
    await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /^Previous/ }).click();
    await expect(page).toHaveURL(expected);
  }
  await expect(page.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
});

test('an "On this page" link moves to its heading, updates the hash and marks it', async ({ page }) => {
  await page.goto(STAGES[1].path);
  const toc = page.getByRole('navigation', { name: 'On this page', exact: true });
  const headingLinks = toc.locator('li.toc-heading > a');
  const last = headingLinks.last();
  const hash = await last.getAttribute('href');
  expect(hash).toMatch(/^#.+/);
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  const heading = page.locator(`h2${hash}`);
  await expectBelowHeader(heading);
  await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
});

test.describe('"On this page" at 1440×600', () => {
  test.use({ viewport: { width: 1440, height: 600 } });

  /** Whether the link marked current lies inside the visible part of the column. */
  const currentShownInColumn = (page: Page) =>
    page.locator('toc-spy').evaluate((column) => {
      const link = column.querySelector('a[aria-current="true"]');
      if (!link) return 'no current entry';
      const box = column.getBoundingClientRect();
      const rect = link.getBoundingClientRect();
      return rect.top >= box.top && rect.bottom <= box.bottom && rect.bottom <= window.innerHeight ? 'shown' : 'out of view';
    });

  test('the current entry stays in view in its column, and the last one is current at the end of the page', async ({ page }) => {
    await page.goto(STAGES[2].path);
    const column = page.locator('toc-spy');
    expect(await column.evaluate((el) => el.scrollHeight > el.clientHeight), 'the outline is taller than its column').toBe(true);
    const entries = column.getByRole('link');
    // Three quarters down the page, on an item whose entry starts below the column's first screen.
    const hash = await entries.nth(Math.floor((await entries.count()) * 0.75)).getAttribute('href');
    const scrolledTo = await page.locator(hash!).evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      return window.scrollY;
    });
    await expect(column.locator(`a[href="${hash}"]`)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => currentShownInColumn(page)).toBe('shown');
    expect(await page.evaluate(() => window.scrollY), 'the column scrolled, not the page').toBe(scrolledTo);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(entries.last()).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => currentShownInColumn(page)).toBe('shown');
    await expect(column.locator('a[aria-current="true"]')).toHaveCount(1);
  });
});

test('every heading and checklist item has a visible link to itself', async ({ page }) => {
  await page.goto(STAGES[0].path);
  // The seed's seven items, then the section for generative systems.
  const items = page.locator('article li.checklist-item');
  await expect(items).toHaveCount(10);
  for (const item of await items.all()) {
    const id = await item.getAttribute('id');
    await item.hover();
    await expect(item.locator(`a.anchor-link[href="#${id}"]`)).toBeVisible();
  }
  // The seed's hint stays italic.
  await expect(page.locator('article em', { hasText: 'Use this to pick evaluation metrics for the system later on' })).toHaveCount(1);
});

test("stage 2's Goodhart link opens the note, and the note links back", async ({ page }) => {
  await page.goto(STAGES[1].path);
  await page.getByRole('link', { name: "it's dangerous to believe otherwise" }).click();
  await expect(page).toHaveURL('/notes/goodharts-law/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Goodhart's law");
  const back = page.locator(`article a[href^="${STAGES[1].path}"]`).first();
  await back.click();
  await expect(page).toHaveURL(new RegExp(`${STAGES[1].path}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(STAGES[1].title);
});

test.describe('404', () => {
  test.use({ allowedConsole: [/the server responded with a status of 404/] });
  test('an unknown URL shows the 404 page in the site layout with a way home', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL('/');
  });
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto(STAGES[0].path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
});

test('resource pages link the stages they help with and the resource itself', async ({ page }) => {
  await page.goto('/resources/');
  const entries = page.locator('.page-list a');
  expect(await entries.count()).toBeGreaterThanOrEqual(2);
  await entries.first().click();
  const details = page.locator('.resource-details');
  await expect(details.locator('a[href^="/framework/"]').first()).toBeVisible();
  await expect(details.locator('a[href^="https://"]')).toHaveCount(1);
});
