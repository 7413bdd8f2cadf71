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

test('"On this page" nests each heading\'s items under it', async ({ page }) => {
  await page.goto(STAGE_2);
  const toc = page.getByRole('navigation', { name: 'On this page', exact: true });
  const firstSection = toc.locator('li.toc-heading').first();
  await expect(firstSection.locator('li:not(.toc-heading) a').first()).toHaveAttribute('href', '#metrics');
  const itemCount = await page.locator('article li.checklist-item').count();
  await expect(toc.locator('li:not(.toc-heading)')).toHaveCount(itemCount);
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
