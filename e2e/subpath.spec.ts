/** The site built with BASE_PATH=/ml-framework/ works entirely under that sub-path. */
import { expect, test as base } from './fixtures.ts';
import { SUBPATH } from './playwright.config.ts';
import { STAGES } from './site.ts';
import { expectIsTarget } from './landing-helpers.ts';

/** Fails a test when any request goes outside the sub-path. */
const test = base.extend<{ outside: string[] }>({
  outside: [
    async ({ context }, use) => {
      const outside: string[] = [];
      context.on('request', (request) => {
        if (!new URL(request.url()).pathname.startsWith(SUBPATH)) outside.push(request.url());
      });
      await use(outside);
      expect(outside, 'requests outside the sub-path').toEqual([]);
    },
    { auto: true },
  ],
});

test('navigation walks all five stages under the sub-path', async ({ page }) => {
  await page.goto(SUBPATH);
  for (const stage of STAGES) {
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(`${SUBPATH}${stage.path.slice(1)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(stage.title);
    await expect(page.getByRole('navigation', { name: 'Site' }).locator('[aria-current="page"]')).toHaveAttribute('href', `${SUBPATH}${stage.path.slice(1)}`);
  }
});

test('a deep link to an item lands on it, and content links keep the sub-path', async ({ page }) => {
  await page.goto(`${SUBPATH}framework/high-level-architecture/#metrics`);
  const item = page.locator('li#metrics');
  await expect(item).toBeInViewport();
  await expectIsTarget(item);
  await item.getByRole('link', { name: "it's dangerous to believe otherwise" }).click();
  await expect(page).toHaveURL(`${SUBPATH}notes/goodharts-law/`);
});

test.describe('404', () => {
  test.use({ allowedConsole: [/the server responded with a status of 404/] });
  test('an unknown URL under the sub-path shows the 404 page with working links', async ({ page }) => {
  const response = await page.goto(`${SUBPATH}nope/`);
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(SUBPATH);
});
});

test('a search result lands on its item under the sub-path, loading search files from it', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/pagefind/')) searchFiles.push(pathname);
  });
  await page.goto(`${SUBPATH}${STAGES[3].path.slice(1)}`);
  await page.keyboard.press('/');
  await page.keyboard.type('status quo');
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', 'status quo');
  await expect(page.getByRole('option').first()).toContainText('1 · Clarify and gather requirements');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const id = 'is-there-any-portion-of-this-system-already-in-place-or-are-we-building-everything-from-scratch';
  await expect(page).toHaveURL(`${SUBPATH}${STAGES[0].path.slice(1)}#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id} mark.search-hit`)).toHaveText(['status', 'quo']);
  expect(searchFiles.length).toBeGreaterThan(0);
  expect(searchFiles.every((p) => p.startsWith(`${SUBPATH}pagefind/`))).toBe(true);
});

test.describe('the offline copy', () => {
  // The config blocks service workers; this test is about the one that keeps the offline copy.
  test.use({ serviceWorkers: 'allow' });

  test("the offline copy's worker is scoped to the sub-path, and every URL it keeps is under it", async ({ page }) => {
    await page.goto(SUBPATH);
    await page.getByRole('contentinfo').getByRole('button', { name: 'Keep the whole site offline' }).click();
    await expect(page.locator('offline-copy').getByRole('status')).toContainText('Saved: this site now works offline.', { timeout: 20_000 });
    const { scopes, kept } = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('mf-offline '));
      const kept = (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)))).flat();
      return { scopes: (await navigator.serviceWorker.getRegistrations()).map((registration) => new URL(registration.scope).pathname), kept };
    });
    expect(scopes).toEqual([SUBPATH]);
    expect(kept.filter((url) => !url.startsWith(SUBPATH))).toEqual([]);
    for (const stage of STAGES) expect(kept).toContain(`${SUBPATH}${stage.path.slice(1)}`);
    expect(kept).toContain(`${SUBPATH}pagefind/pagefind.js`);

    const manifest = (await (await page.request.get(`${SUBPATH}manifest.webmanifest`)).json()) as { start_url: string; scope: string; icons: Array<{ src: string }> };
    expect([manifest.start_url, manifest.scope]).toEqual([SUBPATH, SUBPATH]);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(`${SUBPATH}icons/`), icon.src).toBe(true);
      expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);
    }

    await page.context().setOffline(true);
    await page.goto(`${SUBPATH}${STAGES[4].path.slice(1)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(STAGES[4].title);
  });
});

test('"Copy as Markdown" and "Practise with an assistant" fetch their files under the sub-path, and copy links that keep it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await page.goto(`${SUBPATH}framework/modeling/`);
  await expect(page.locator('head link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', `${SUBPATH}framework/modeling.md`);
  await page.getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
  await expect(page.locator('#copy-status')).toHaveText('Page copied as Markdown');
  expect(await clipboard()).toMatch(new RegExp(`^# Stage 4: Modeling\\n[^]*Web page: <https?://[^/]+${SUBPATH}framework/modeling/>`));
  await page.goto(`${SUBPATH}examples/payment-fraud-detection/`);
  await page.getByRole('button', { name: 'Practise with an assistant' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Prompt copied: paste it into any chat assistant');
  expect(await clipboard()).toMatch(new RegExp(`\\]\\(https?://[^/]+${SUBPATH}framework/clarify-requirements/#`));
});

test("a share page and its card live under the sub-path, and it lands on its item there", async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${SUBPATH}framework/high-level-architecture/`);
  const item = page.locator('li#metrics');
  await item.hover();
  await item.getByRole('link', { name: /^Share link to/ }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(shared).pathname).toBe(`${SUBPATH}i/high-level-architecture/metrics/`);

  const html = await (await request.get(shared)).text();
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  // The share page shows its page's card (a card per item took the build past its budget).
  expect(new URL(image!).pathname).toBe(`${SUBPATH}cards/framework/high-level-architecture.png`);
  // Absolute at the build's SITE_URL, which is not this test server's port: compare paths.
  expect(new URL(/<meta property="og:url" content="([^"]+)"/.exec(html)![1]!).pathname).toBe(new URL(shared).pathname);
  const png = await request.get(new URL(image!).pathname);
  expect(png.headers()['content-type']).toBe('image/png');

  await page.goto(shared);
  await expect(page).toHaveURL(`${SUBPATH}framework/high-level-architecture/#metrics`);
  await expectIsTarget(page.locator('li#metrics'));
});
