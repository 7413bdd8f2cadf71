/** Landings in context (issue 27): where a shared link lands says where it is, and a link that misses still gets the reader there. */
import { expect, test } from './fixtures.ts';
import { expectMarked } from './landing-helpers.ts';
import { STAGES } from './site.ts';

test('on a phone, a link that lands on an item shows which stage it is in, and a plain visit shows the site title', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const stage = STAGES[2];
  const home = page.locator('.site-header .site-title');
  await page.goto(stage.path);
  await expect(home.locator('.site-title-short')).toBeVisible();
  await expect(home.locator('.site-title-place')).toBeHidden();
  const id = await page.locator('article li.checklist-item').nth(4).getAttribute('id');
  await page.goto(`${stage.path}#${id}`);
  await expectMarked(page.locator(`li#${id}`));
  await expect(home.locator('.site-title-place')).toBeVisible();
  await expect(home.locator('.site-title-place')).toHaveText(new RegExp(`^3 · ${stage.title}`));
  await expect(home.locator('.site-title-short')).toBeHidden();
  // The home link's name stays the site's title for screen readers.
  await expect(home).toHaveAccessibleName(/ML System Design Interview Framework/);
});

test('the slug of an item’s title lands on the item when it has a shorter id of its own', async ({ page }) => {
  // "Propose the metrics you will use…" has the id #metrics; a reader may build the link from its title.
  await page.goto(STAGES[1].path);
  const item = page.locator('li#metrics');
  const title = (await item.locator('strong').first().textContent())!;
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
  await page.goto(`${STAGES[1].path}#${slug}`);
  await expectMarked(item);
});

test('an id that lives on another page: the notice names that page and item, and its link lands there', async ({ page }) => {
  // Find an item of stage 3 whose id stage 5 does not have.
  await page.goto(STAGES[4].path);
  const serving = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
  await page.goto(STAGES[2].path);
  const items = page.locator('article li.checklist-item');
  const ids = await items.evaluateAll((els) => els.map((el) => [el.id, el.querySelector('strong')!.textContent!.trim()] as const));
  const [id, title] = ids.find(([candidate]) => !serving.has(candidate))!;
  await page.goto(`${STAGES[4].path}#${id}`);
  const notice = page.locator('#fragment-notice');
  await expect(notice).toContainText('it is on another page');
  const link = notice.getByRole('link', { name: title });
  await expect(link).toBeVisible();
  await expect(notice).toContainText(`3 · ${STAGES[2].title}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${STAGES[2].path}#${id}$`));
  await expectMarked(page.locator(`li#${id}`));
});

test('an absurdly long fragment is quoted cut short, and the notice still offers the closest items', async ({ page }) => {
  const long = `design-the-ab-test-${'x'.repeat(400)}`;
  await page.goto(`${STAGES[4].path}#${long}`);
  const notice = page.locator('#fragment-notice');
  await expect(notice.locator('code')).toHaveText(/^#design-the-ab-test-x+…$/);
  expect((await notice.locator('code').textContent())!.length).toBeLessThan(70);
  await expect(notice.getByRole('listitem').first()).toBeVisible();
});
