/** On a touch screen (issue 27): the "#" copy targets are big enough to hit, and the sidebar's group labels look like the links they are. */
import { devices } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
test.use({ ...phone });

test('every "#" copy target on a stage page is at least 24 × 24 px', async ({ page }) => {
  await page.goto(STAGES[3].path);
  const sizes = await page.locator('article .anchor-link').evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
  expect(sizes.length).toBeGreaterThan(10);
  for (const [width, height] of sizes) {
    expect(width).toBeGreaterThanOrEqual(24);
    expect(height).toBeGreaterThanOrEqual(24);
  }
});

test('the sidebar group labels that are links are underlined where there is no hover', async ({ page }) => {
  await page.goto(STAGES[0].path);
  const label = page.locator('.sidebar-label a', { hasText: 'Notes' });
  await expect(label).toHaveText('Notes');
  expect(await label.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
});
