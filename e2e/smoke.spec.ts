/** The smoke flows shared with the Firefox suite (e2e/smoke-flows.ts), here in Chromium. */
import { test } from './fixtures.ts';
import { playwrightDriver } from './playwright-driver.ts';
import { smokeFlows } from './smoke-flows.ts';

for (const flow of smokeFlows) {
  test(flow.name, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await flow.run(playwrightDriver(page, baseURL!));
  });
}
