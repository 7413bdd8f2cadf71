import { defineConfig, devices } from '@playwright/test';

/**
 * The site built at the root (`dist`) and under a sub-path (`dist-subpath`), each on its own port
 * (E2E_PORT moves both, for running two checkouts' suites at once).
 */
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4400);
const SUBPATH_PORT = ROOT_PORT + 1;
export const SUBPATH = '/ml-framework/';
/**
 * The sub-path build, made like the deploy (SITE_URL, BASE_PATH, REPOSITORY_URL set), for the odd
 * spec outside subpath.spec.ts that compares it with the root build.
 */
export const SUBPATH_SITE = `http://localhost:${SUBPATH_PORT}${SUBPATH}`;

export default defineConfig({
  testDir: '.',
  outputDir: './.output',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    // No offline copy unless a test asks for it (test.use({ serviceWorkers: 'allow' })): otherwise
    // every page's worker downloads the whole site in the background, from the one server both
    // workers share, and answers requests a test routes. The specs that test the copy opt in.
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on these machines.
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'site', testMatch: '**/*.spec.ts', testIgnore: '**/subpath.spec.ts', use: { baseURL: `http://localhost:${ROOT_PORT}` } },
    { name: 'subpath', testMatch: '**/subpath.spec.ts', use: { baseURL: `http://localhost:${SUBPATH_PORT}` } },
  ],
  webServer: [
    {
      command: `node serve.ts --dir ../dist --port ${ROOT_PORT}`,
      cwd: import.meta.dirname,
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node serve.ts --dir ../dist-subpath --port ${SUBPATH_PORT} --base ${SUBPATH}`,
      cwd: import.meta.dirname,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
