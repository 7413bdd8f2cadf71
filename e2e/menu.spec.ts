import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

test('at 375 px the menu button opens and closes the sidebar by keyboard', async ({ page }) => {
  await page.goto(STAGES[2].path);
  const sidebar = page.getByRole('navigation', { name: 'Site' });
  await expect(sidebar).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('link', { name: /Modeling/ })).toBeInViewport();
  // The panel is next in the tab order after the header's controls.
  for (let i = 0; i < 6 && !(await sidebar.evaluate((el) => el.contains(document.activeElement))); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(sidebar.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('at 375 px the "On this page" list folds above the content', async ({ page }) => {
  await page.goto(STAGES[1].path);
  const toc = page.locator('details.toc-inline');
  await expect(toc).toBeVisible();
  await toc.getByText('On this page', { exact: true }).click();
  await expect(toc.getByRole('link').first()).toBeVisible();
});

for (const path of ['/', ...STAGES.map((s) => s.path), '/notes/goodharts-law/', '/resources/']) {
  test(`at 375 px nothing scrolls sideways on ${path}`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
