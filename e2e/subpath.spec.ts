/** The site built with BASE_PATH=/ml-framework/ works entirely under that sub-path. */
import { expect, test as base } from './fixtures.ts';
import { SUBPATH } from './playwright.config.ts';
import { STAGES } from './site.ts';

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
  expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
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
