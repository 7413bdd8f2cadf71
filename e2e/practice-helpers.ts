/** Helpers shared by the practice specs (cheat sheet, practice mode, timer). */
import type { Locator, Page } from '@playwright/test';

/** Collects Content-Security-Policy violations reported in the console, to assert none happened. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

/** The checklist items of the stage page that is open: id and bold text, in page order. */
export function stageItems(page: Page): Promise<Array<{ id: string; text: string }>> {
  return page.locator('article li.checklist-item').evaluateAll((items) =>
    items.map((li) => ({ id: li.id, text: (li.querySelector(':scope > strong, :scope > p > strong')?.textContent ?? '').trim() })),
  );
}

/** The element's box in the window, in CSS pixels. */
export const box = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);

/** The time the timer specs start their clocks at. */
export const T0 = new Date('2025-03-03T09:00:00Z').getTime();

/**
 * Opens `path` with a 45-minute session stored as started at T0 (rehearsing `problem`, if given),
 * Playwright's clock installed at T0 and frozen a minute in.
 */
export async function openWithRunningTimer(page: Page, path: string, problem?: string): Promise<void> {
  await page.clock.install({ time: T0 });
  await page.addInitScript(
    ({ startedAt, problem }) =>
      localStorage.setItem('mf-mock-timer', JSON.stringify({ v: 1, startedAt, minutes: 45, pausedAt: null, pausedMs: 0, notified: 0, ...(problem ? { problem } : {}) })),
    { startedAt: T0, problem },
  );
  await page.goto(path);
  await page.clock.pauseAt(T0 + 60_000);
}
