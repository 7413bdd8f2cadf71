/** The smoke flows' Driver (e2e/driver.ts) on a Playwright page, for the Chromium run in e2e/smoke.spec.ts. */
import type { Page } from '@playwright/test';
import { WAIT_MS, type Driver } from './driver.ts';

/** A Driver for `page`, whose site is served at `origin`. */
export function playwrightDriver(page: Page, origin: string): Driver {
  return {
    engine: 'chromium',
    origin,
    goto: async (path) => void (await page.goto(path)),
    reload: async () => void (await page.reload()),
    click: (selector) => page.locator(selector).first().click({ timeout: WAIT_MS }),
    hover: (selector) => page.locator(selector).first().hover({ timeout: WAIT_MS }),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    wheel: async (x, y, deltaY) => {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, deltaY);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    waitUntil: async (fn, arg) => void (await page.waitForFunction(fn as never, arg, { timeout: WAIT_MS })),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: WAIT_MS })),
    text: (selector) => page.locator(selector).first().innerText({ timeout: WAIT_MS }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    addInitScript: async (fn) => void (await page.addInitScript(fn)),
    pdf: async () => new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })),
  };
}
