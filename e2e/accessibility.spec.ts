import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const sitemap = readFileSync(path.resolve(import.meta.dirname, '../dist/sitemap-0.xml'), 'utf8');
const PATHS = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const pagePath of PATHS) {
      test(`${pagePath} has no violations`, async ({ page }) => {
        await page.goto(pagePath);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('the search dialog, open and showing results, has no violations', async ({ page }) => {
      await page.goto('/framework/model-serving/');
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search the framework' });
      await page.keyboard.type('latency');
      // The results for the whole word, so that none re-render while axe reads the dialog.
      await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', 'latency');
      await expect(dialog.getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('keyboard: controls come in reading order and each shows a focus ring', async ({ page }) => {
  await page.goto('/framework/high-level-architecture/');
  const regions: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const region = el.closest('header') ? 'header' : el.closest('#sidebar') ? 'sidebar' : el.closest('main') ? 'main' : el.closest('.toc-aside') ? 'toc' : 'other';
      return { region, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, name: el.textContent?.trim().slice(0, 40) ?? '' };
    });
    expect(focused.ring, `focus ring on "${focused.name}" (${focused.region})`).toBe(true);
    if (regions.at(-1) !== focused.region) regions.push(focused.region);
  }
  // Skip link, then header, sidebar, then the content.
  expect(regions.slice(0, 4)).toEqual(['other', 'header', 'sidebar', 'main']);
});
