/** Helpers for the specs about landing on an item from a link (deep links, link landings). */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * The element is the page's target (directly or through a former id). Polled: Chromium can commit
 * the URL and draw the element before it applies :target, which once failed CI when read a single time.
 */
export async function expectIsTarget(target: Locator) {
  await expect.poll(() => target.evaluate((el) => el.matches(':target, :has(> .former-id:target)'))).toBe(true);
}

/** Whether the item is the page's target (directly or through a former id) and drawn as such. */
export async function expectMarked(page: Page, item: Locator) {
  await expect(item).toBeInViewport();
  await expectIsTarget(item);
  // The mark is a thicker edge and an outline, not only a colour change.
  await expect(item).toHaveCSS('border-left-width', '6px');
  await expect(item).toHaveCSS('outline-style', 'dashed');
  const top = await item.evaluate((el) => el.getBoundingClientRect().top);
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
}
