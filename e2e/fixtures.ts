/**
 * The test object every spec uses. It watches each test's browser context and fails the test on
 * a Content-Security-Policy violation, a console error or warning, an uncaught page error, or
 * any request that leaves localhost. `allowedConsole` lets a test expect a message (a 404 page).
 * Playwright's own warning that it blocked the offline copy's worker (the config's default) is
 * no problem of the page's.
 */
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend<{ allowedConsole: RegExp[]; guard: void }>({
  allowedConsole: [[], { option: true }],
  guard: [
    async ({ context, allowedConsole, serviceWorkers }, use) => {
      const expected = serviceWorkers === 'block' ? [...allowedConsole, /^console warning: Service Worker registration blocked by Playwright$/] : allowedConsole;
      const problems: string[] = [];
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      const watch = (page: import('@playwright/test').Page) => {
        page.on('console', (message) => {
          const text = `console ${message.type()}: ${message.text()}`;
          if ((message.type() === 'error' || message.type() === 'warning') && !expected.some((re) => re.test(text))) problems.push(text);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) problems.push(`third-party request: ${request.url()}`);
      });
      await use();
      expect(problems, 'CSP violations, console errors or warnings, page errors, third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});
