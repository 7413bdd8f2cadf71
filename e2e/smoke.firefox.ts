/**
 * The smoke flows (e2e/smoke-flows.ts) in Debian's Firefox ESR, driven by puppeteer over WebDriver
 * BiDi, against the root build in `dist` served by e2e/serve.ts (so `_headers` applies) on
 * E2E_PORT + 2 (and E2E_PORT + 3 for the offline test), beside the Chromium suite's two servers.
 * Each test gets a fresh browser context (its own storage) and fails on a console error or warning,
 * an uncaught page error, a CSP violation or a request that leaves localhost, as e2e/fixtures.ts
 * does for Chromium.
 *
 * Run it with `npm run test:firefox` after `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { puppeteerDriver } from './puppeteer-driver.ts';
import { STAGES } from './site.ts';
import { smokeFlows } from './smoke-flows.ts';

const PORT = Number(process.env.E2E_PORT ?? 4400) + 2;
const ORIGIN = `http://localhost:${PORT}`;

let server: ChildProcess;
let browser: Browser;

/** Starts e2e/serve.ts on `dist` at `port`; resolves once it listens. */
async function serve(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'serve.ts'), '--dir', path.join(import.meta.dirname, '../dist'), '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`e2e/serve.ts exited with ${code} before serving on port ${port}`)));
  });
  return child;
}

before(async () => {
  server = await serve(PORT);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // Playwright's "Desktop Chrome" size, so both engines lay the pages out alike.
    defaultViewport: { width: 1280, height: 720 },
    extraPrefsFirefox: {
      // The light system theme, as Playwright's default; puppeteer cannot emulate it over BiDi.
      'layout.css.prefers-color-scheme.content-override': 1,
      // Let the page read the clipboard back without Firefox's "Paste" prompt.
      'dom.events.testing.asyncClipboard': true,
    },
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Collects what the flow must not cause, from the page's first document on. */
async function guard(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${page.url()}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    // Firefox says this of a load the offline worker was answering when the flow left the page (the
    // flows move on at machine speed, while a page's offline part is still loading): the worker's
    // own failures show in e2e/offline.spec.ts and in this suite's offline flow.
    if (/A ServiceWorker intercepted the request and encountered an unexpected error\.$/.test(message)) return;
    problems.push(`${page.url()}: page error: ${message}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) problems.push(`third-party request: ${request.url()}`);
  });
  return problems;
}

/** Runs `steps` on a page of a fresh browser context, then checks that the guard saw nothing. */
async function inFreshContext(steps: (page: Page) => Promise<void>) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = await guard(page);
    await steps(page);
    assert.deepEqual(problems, [], 'CSP violations, console errors or warnings, page errors, third-party requests');
  } finally {
    await context.close();
  }
}

for (const flow of smokeFlows) {
  test(flow.name, { timeout: 120_000 }, () => inFreshContext((page) => flow.run(puppeteerDriver(page, ORIGIN))));
}

// Firefox only: e2e/offline.spec.ts tests the offline copy in Chromium with Playwright's offline
// mode. Firefox's offline mode over BiDi still lets the service worker's requests reach the server
// (seen with ESR 153), so here the network goes away for real: the test stops a server of its own.
test('once the reader keeps the whole site, a page opens from the offline copy once the server is gone', { timeout: 120_000 }, () =>
  inFreshContext(async (page) => {
    const port = PORT + 1;
    const own = await serve(port);
    try {
      await page.goto(`http://localhost:${port}/`);
      await page.locator('footer.offline-keep button').click();
      await page.waitForFunction(() => document.querySelector('offline-copy [role="status"]')?.textContent?.startsWith('Saved: this site now works offline.'), { timeout: 20_000 });
    } finally {
      own.kill();
    }
    await once(own, 'exit');
    await page.goto(`http://localhost:${port}${STAGES[3].path}`);
    assert.match(await page.$eval('h1', (h1) => h1.textContent!), new RegExp(STAGES[3].title));
  }),
);

// Firefox only: the Chromium suite tests the 404 page in e2e/navigation.spec.ts.
test('an unknown URL shows the 404 page in the site layout, and its link goes home', { timeout: 60_000 }, () =>
  inFreshContext(async (page) => {
    const response = await page.goto(`${ORIGIN}/no/such/page/`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.$eval('h1', (h1) => h1.textContent!.trim()), 'Page not found');
    assert.ok(await page.$('nav[aria-label="Site"]'), 'the site navigation is there');
    await Promise.all([page.waitForNavigation(), page.locator('main a::-p-text(Go to the home page)').click()]);
    assert.equal(new URL(page.url()).pathname, '/');
  }),
);
