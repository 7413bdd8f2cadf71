import { expect, test } from './fixtures.ts';
import { expectMarked } from './landing-helpers.ts';
import { STAGES } from './site.ts';

const STAGE_2 = STAGES[1].path;
const FORMER_METRICS_ID = 'propose-the-metrics-you-will-use-to-evaluate-the-system-in-production-and-offline-if-applicable';

test('opening the URL of every item of a stage puts it in view, below the header, marked', async ({ page }) => {
  await page.goto(STAGE_2);
  const ids = await page.locator('article li.checklist-item').evaluateAll((items) => items.map((li) => li.id));
  expect(ids.length).toBeGreaterThanOrEqual(9);
  for (const id of ids) {
    await page.goto(`${STAGE_2}#${id}`);
    await expectMarked(page.locator(`li#${id}`));
  }
});

test('a former id lands on the renamed item', async ({ page }) => {
  await page.goto(`${STAGE_2}#${FORMER_METRICS_ID}`);
  await expectMarked(page.locator('li#metrics'));
});

test("an item's copy control copies exactly its absolute share URL and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(STAGES[2].path);
  const item = page.locator('article li.checklist-item').nth(2);
  const id = await item.getAttribute('id');
  await item.hover();
  await item.getByRole('link', { name: /^Share link to/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/i/data-and-features/${id}/`);
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('the copy control is reachable and usable by keyboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(STAGES[0].path);
  await page.locator('article p').first().click();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('anchor-link'))) break;
  }
  const control = page.locator('.anchor-link:focus');
  await expect(control).toBeVisible();
  await expect(control).toHaveCSS('opacity', '1');
  const href = await control.getAttribute('href');
  await page.keyboard.press('Enter');
  // Stage 1 opens with items, whose controls copy their share URLs.
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/i/clarify-requirements/${href!.slice(1)}/`);
});

test('without the Clipboard API the URL is shown selected, ready to copy', async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto(STAGES[0].path);
  const item = page.locator('article li.checklist-item').first();
  const id = await item.getAttribute('id');
  await item.hover();
  await item.getByRole('link', { name: /^Share link to/ }).click();
  const field = page.getByRole('textbox', { name: /press Control\+C/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}/i/clarify-requirements/${id}/`);
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
    `${baseURL}/i/clarify-requirements/${id}/`.length,
  );
});

test('"On this page" nests each heading\'s items under it', async ({ page }) => {
  await page.goto(STAGE_2);
  const toc = page.getByRole('navigation', { name: 'On this page', exact: true });
  const firstSection = toc.locator('li.toc-heading').first();
  await expect(firstSection.locator('li.toc-item a').first()).toHaveAttribute('href', '#metrics');
  const itemCount = await page.locator('article li.checklist-item').count();
  await expect(toc.locator('li.toc-item')).toHaveCount(itemCount);
});

test("the Goodhart note's Referenced from entry lands on the stage 2 item", async ({ page }) => {
  await page.goto('/notes/goodharts-law/');
  const section = page.getByRole('region', { name: 'Referenced from' });
  const entry = section.getByRole('link', { name: /^Propose the metrics/ });
  await expect(section.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Propose the metrics/ }) }).getByText('2 · High-level system architecture')).toBeVisible();
  await entry.click();
  await expect(page).toHaveURL(`${STAGE_2}#metrics`);
  await expectMarked(page.locator('li#metrics'));
});

test('every note and resource lists the items that link to it', async ({ page }) => {
  for (const index of ['/notes/', '/resources/']) {
    await page.goto(index);
    const pages = await page.locator('.page-list a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    for (const path of pages) {
      await page.goto(path);
      const entries = page.getByRole('region', { name: 'Referenced from' }).getByRole('link');
      if (index === '/notes/') expect(await entries.count(), `${path} has backlinks`).toBeGreaterThan(0);
      for (const href of await entries.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')))) {
        expect(href).toMatch(/^\/.+#.+/);
      }
    }
  }
});
