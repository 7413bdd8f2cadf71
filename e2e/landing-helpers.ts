/** Helpers for the specs about landing on an item from a link (deep links, link landings). */
import type { Locator } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * The element is the page's :target, or with `viaFormerId` may instead hold the former id that is.
 * Polled: Chromium can commit the URL and draw the element before it applies :target, which once
 * failed CI when read a single time.
 */
export async function expectIsTarget(target: Locator, { viaFormerId = false } = {}) {
  const selector = viaFormerId ? ':target, :has(> .former-id:target)' : ':target';
  await expect.poll(() => target.evaluate((el, selector) => el.matches(selector), selector)).toBe(true);
}

/**
 * The element's top is in view below the sticky header, not under it. Polled: the URL of a link
 * into another page commits before that page has scrolled to its target, and an element can be
 * "in the viewport" while under the header.
 */
export async function expectBelowHeader(element: Locator) {
  await expect(element).toBeInViewport();
  await expect
    .poll(() => element.evaluate((el) => el.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom), {
      message: 'top below the header',
    })
    .toBeGreaterThanOrEqual(0);
}

/** Whether the item is the page's target (directly or through a former id) and drawn as such. */
export async function expectMarked(item: Locator) {
  await expectBelowHeader(item);
  await expectIsTarget(item, { viaFormerId: true });
  // The mark is a thicker edge and an outline, not only a colour change.
  await expect(item).toHaveCSS('border-left-width', '6px');
  await expect(item).toHaveCSS('outline-style', 'dashed');
}
