/** The smoke flows' Driver (e2e/driver.ts) on a puppeteer page, for the Firefox run in e2e/smoke.firefox.ts. */
import type { KeyInput, Page } from 'puppeteer-core';
import { WAIT_MS, type Driver } from './driver.ts';

/** Playwright's key names that puppeteer spells differently: its "/" is the keypad's. */
const KEYS: Record<string, KeyInput> = { '/': 'Slash' };

/** A Driver for `page`, whose site is served at `origin`. */
export function puppeteerDriver(page: Page, origin: string): Driver {
  /**
   * The element, once shown, scrolled only as far as needed, as Playwright does. Left to itself,
   * puppeteer centres it with scrollIntoView(), which for a link low in the sticky, scrolling
   * "On this page" column scrolls the page instead and leaves the link out of view, in both engines.
   */
  const reveal = async (selector: string) => {
    const element = await page.waitForSelector(selector, { visible: true, timeout: WAIT_MS });
    await element!.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    await element!.dispose();
    return page.locator(selector).setTimeout(WAIT_MS);
  };
  return {
    engine: 'firefox',
    origin,
    goto: async (path) => void (await page.goto(new URL(path, origin).href)),
    reload: async () => void (await page.reload()),
    click: async (selector) => (await reveal(selector)).click(),
    hover: async (selector) => (await reveal(selector)).hover(),
    press: async (chord) => {
      const keys = chord.split('+').map((key) => KEYS[key] ?? (key as KeyInput));
      const main = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(main);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    wheel: async (x, y, deltaY) => {
      await page.mouse.move(x, y);
      await page.mouse.wheel({ deltaY });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
    waitUntil: async (fn, arg) => void (await page.waitForFunction(fn as never, { timeout: WAIT_MS }, arg)),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { visible: true, timeout: WAIT_MS })),
    text: (selector) => page.$eval(selector, (element) => (element as HTMLElement).innerText),
    setViewport: (width, height) => page.setViewport({ width, height }),
    addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
    pdf: async () => new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })),
  };
}
