/** The smoke flows shared with the Firefox suite (e2e/smoke-flows.ts), here in Chromium. */
import { test } from './fixtures.ts';
import { playwrightDriver } from './playwright-driver.ts';
import { smokeFlows } from './smoke-flows.ts';

for (const flow of smokeFlows) {
  test(flow.name, async ({ page, context, baseURL }) => {
    // Each flow walks several pages (the first one, every page of the site): more than 30 s on a busy machine.
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await flow.run(playwrightDriver(page, baseURL!));
  });
}
