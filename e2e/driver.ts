/**
 * What the smoke flows (e2e/smoke-flows.ts) ask of a browser tab, so that they are written once
 * and run in three engines: Chromium through Playwright (e2e/playwright-driver.ts), Firefox through
 * puppeteer over WebDriver BiDi (e2e/puppeteer-driver.ts) and WebKit over classic WebDriver
 * (e2e/webdriver-driver.ts). Selectors are CSS; keys are written as Playwright writes them
 * (`Control+K`, `/`, `Escape`).
 */
export interface Driver {
  /** The engine, named in failure messages. */
  readonly engine: 'chromium' | 'firefox' | 'webkit';
  /** The served site's origin, e.g. `http://localhost:4400`. */
  readonly origin: string;
  /** The viewport of the phone flows, where the engine's suite names one (WebKit: an iPhone's 390×844); else 375×667. */
  readonly phone?: { width: number; height: number };
  /** Opens a site path and waits for its load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Clicks the first element matching `selector` once it is visible. */
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Presses a key, or a chord such as `Control+K`. */
  press(key: string): Promise<void>;
  /** Types text into whatever has focus. */
  type(text: string): Promise<void>;
  /** Turns the mouse wheel with the pointer at (x, y). */
  wheel(x: number, y: number, deltaY: number): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves once `fn` returns a truthy value in the page; fails after 10 s. */
  waitUntil<A = undefined>(fn: (arg: A) => unknown, arg?: A): Promise<void>;
  /** Resolves once the first element matching `selector` is shown; fails after 10 s. */
  waitFor(selector: string): Promise<void>;
  /** The rendered text of the first element matching `selector`. */
  text(selector: string): Promise<string>;
  /** Resizes the viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** Runs `fn` in every document this tab opens from now on, before the page's own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  /** Prints the page to an A4 PDF with backgrounds, as the reader's print dialog would. */
  pdf(): Promise<Uint8Array>;
}

/** How long a driver waits for an element or a condition before the flow fails. */
export const WAIT_MS = 10_000;
