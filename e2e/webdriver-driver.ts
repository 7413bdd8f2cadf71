/**
 * The smoke flows' Driver (e2e/driver.ts) over classic W3C WebDriver, through selenium-webdriver,
 * for the WebKit run in e2e/smoke.webkit.ts. Page functions run as Execute Script bodies; waits
 * poll them. Classic WebDriver has no init scripts: the suite's proxy (e2e/recording-proxy.ts)
 * runs them, given here as `addInitScript`. Nor has WebKitGTK's driver the Print command.
 */
import { By, Key, type Actions, type WebDriver, type WebElement } from 'selenium-webdriver';
import { WAIT_MS, type Driver } from './driver.ts';

/** selenium-webdriver has wheel actions; @types/selenium-webdriver does not list them yet. */
type WheelActions = Actions & { scroll(x: number, y: number, deltaX: number, deltaY: number): Actions };

/** A WebDriver key for a Playwright key name (`Control`, `ArrowDown`, `/`). */
function key(name: string): string {
  if (name.length === 1) return name;
  const value = (Key as unknown as Record<string, string>)[name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase()];
  if (!value) throw new Error(`No WebDriver key for "${name}"`);
  return value;
}

/** Whether the first element matching `selector` is shown, as Playwright and puppeteer mean it. */
function shown(selector: string) {
  const element = document.querySelector(selector);
  const box = element?.getBoundingClientRect();
  return !!element && !!box && box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
}

/** A Driver for `session`, whose site is served at `origin`. */
export function webdriverDriver(session: WebDriver, origin: string, options: { addInitScript(source: string): void; phone: { width: number; height: number } }): Driver {
  const run = <R, A>(fn: (arg: A) => unknown, arg?: A) =>
    session.executeScript<R>(`return (${fn}).apply(null, arguments)`, ...(arg === undefined ? [] : [arg]));

  /** Polls `fn` in the page until it returns a truthy value; a page between documents is polled again. */
  const until = async <A>(fn: (arg: A) => unknown, arg?: A) => {
    let failure: unknown;
    const holds = () =>
      run(fn, arg).then(Boolean, (error: unknown) => {
        failure = error;
        return false;
      });
    try {
      await session.wait(holds, WAIT_MS, undefined, 50);
    } catch (error) {
      throw new Error(`webkit: ${fn} did not hold within ${WAIT_MS} ms`, { cause: failure ?? error });
    }
  };

  /** The element, once shown, scrolled only as far as needed (as in e2e/puppeteer-driver.ts). */
  const reveal = async (selector: string): Promise<WebElement> => {
    await until(shown, selector);
    const element = await session.findElement(By.css(selector));
    await session.executeScript('arguments[0].scrollIntoView({ block: "nearest", inline: "nearest" })', element);
    return element;
  };

  return {
    engine: 'webkit',
    origin,
    phone: options.phone,
    goto: (path) => session.get(new URL(path, origin).href),
    reload: () => session.navigate().refresh(),
    click: async (selector) => (await reveal(selector)).click(),
    hover: async (selector) => session.actions().move({ origin: await reveal(selector) }).perform(),
    press: async (chord) => {
      const keys = chord.split('+').map(key);
      const main = keys.pop()!;
      let actions = session.actions();
      for (const modifier of keys) actions = actions.keyDown(modifier);
      actions = actions.keyDown(main).keyUp(main);
      for (const modifier of keys.reverse()) actions = actions.keyUp(modifier);
      await actions.perform();
    },
    type: (text) => session.actions().sendKeys(text).perform(),
    wheel: (x, y, deltaY) => (session.actions() as WheelActions).scroll(x, y, 0, deltaY).perform(),
    evaluate: (fn, arg) => run(fn, arg),
    waitUntil: (fn, arg) => until(fn, arg),
    waitFor: (selector) => until(shown, selector),
    text: async (selector) => {
      await until((selector) => document.querySelector(selector) !== null, selector);
      return run((selector: string) => (document.querySelector(selector) as HTMLElement).innerText, selector);
    },
    setViewport: async (width, height) => {
      // WebDriver sizes the window, and the toolbar above the page takes what the viewport must
      // not: grow the window by what is missing until the viewport is right. The page learns of
      // a resize a frame or two later.
      const window = session.manage().window();
      const viewport = () => run<[number, number], undefined>(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done([innerWidth, innerHeight])))));
      let rect = { width, height };
      let got: [number, number] = [0, 0];
      for (let tries = 0; tries < 5; tries++) {
        await window.setRect(rect);
        got = await viewport();
        if (got[0] === width && got[1] === height) return;
        rect = { width: rect.width + width - got[0], height: rect.height + height - got[1] };
      }
      throw new Error(`webkit: a ${width}×${height} viewport came out ${got.join('×')}`);
    },
    addInitScript: async (fn) => options.addInitScript(`(${fn})();`),
    pdf: () => Promise.reject(new Error("webkit: WebKitGTK's WebDriver has no Print command")),
  };
}
