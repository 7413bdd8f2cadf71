import { test } from '@playwright/test';
for (const theme of ['light', 'dark'] as const) for (const width of [320, 375]) {
  test(`shots ${theme} ${width}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/examples/ad-click-prediction/');
    await page.screenshot({ path: `/tmp/shots/ex-top-${theme}-${width}.png` });
    await page.goto('/examples/');
    await page.screenshot({ path: `/tmp/shots/idx-top-${theme}-${width}.png` });
    await page.locator('#practice-prompts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/idx-prompts-${theme}-${width}.png` });
    await page.goto('/framework/high-level-architecture/#put-numbers-on-the-scale');
    await page.screenshot({ path: `/tmp/shots/stage2-${theme}-${width}.png` });
  });
}
