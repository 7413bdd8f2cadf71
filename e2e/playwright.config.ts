import { defineConfig, devices } from '@playwright/test';

/** The port of the e2e server (E2E_PORT overrides it); the site is built before the suite runs (`npm test`). */
const PORT = Number(process.env.E2E_PORT ?? 4400);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './.output',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on these machines.
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node serve.ts --dir ../dist --port ${PORT}`,
    cwd: import.meta.dirname,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
  },
});
