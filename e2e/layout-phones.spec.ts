/**
 * Layout on phones: nothing scrolls sideways at 375 and 320 px, what must fit at 320 px does, the
 * header title's short form, and "On this page" folded above the content. (The menu panel at
 * phone sizes: menu.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

const SITE_TITLE = 'ML System Design Interview Framework';

/** Every page the sitemap lists, as a site path. */
function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** How far the document is wider than the window (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('"On this page" folds above the content', async ({ page }) => {
    await page.goto(STAGES[1].path);
    const toc = page.locator('details.toc-inline');
    await expect(toc).toBeVisible();
    await toc.getByText('On this page', { exact: true }).click();
    await expect(toc.getByRole('link').first()).toBeVisible();
  });

  test('nothing scrolls sideways on the home page, the stages, a note and the resources', async ({ page }) => {
    const wide: string[] = [];
    for (const path of ['/', ...STAGES.map((s) => s.path), '/notes/goodharts-law/', '/resources/']) {
      await page.goto(path);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path} (${overflow} px)`);
    }
    expect(wide, 'pages wider than 375 px').toEqual([]);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  test('no page of the sitemap scrolls sideways', async ({ page }) => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(15);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path} (${overflow} px)`);
    }
    expect(wide, 'pages wider than 320 px').toEqual([]);
  });

  test('the "Helps with" chips of a resource wrap inside its facts box', async ({ page }) => {
    await page.goto('/resources/rules-of-machine-learning/');
    const box = (await page.locator('.resource-details').boundingBox())!;
    const chips = page.locator('.stage-chips a');
    expect(await chips.count()).toBeGreaterThan(2);
    for (const chip of await chips.all()) {
      const rect = (await chip.boundingBox())!;
      expect(rect.x + rect.width, await chip.innerText()).toBeLessThanOrEqual(box.x + box.width);
    }
  });

  test('stage 2\'s "Next" card fits the screen, its title uncut', async ({ page }) => {
    await page.goto(STAGES[1].path);
    const next = page.getByRole('link', { name: /^Next/ });
    await next.scrollIntoViewIfNeeded();
    const rect = (await next.boundingBox())!;
    expect(rect.x + rect.width).toBeLessThanOrEqual(320);
    const title = next.locator('.prev-next-title');
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
});

test('the header title has a short form on phones, shown whole, and the full title as the link\'s name at every width', async ({ page }) => {
  await page.goto('/framework/modeling/');
  const home = page.getByRole('link', { name: SITE_TITLE, exact: true });
  for (const [width, text] of [[320, 'ML System Design'], [375, 'ML System Design'], [1280, SITE_TITLE]] as const) {
    await page.setViewportSize({ width, height: 640 });
    await expect(home).toBeVisible();
    // The title text the reader sees: the spans of the link that are laid out at a readable size.
    const shown = await home.evaluate((link) =>
      [...link.querySelectorAll('span')]
        .filter((span) => span.getBoundingClientRect().width > 1)
        .map((span) => ({ text: span.textContent, cut: span.scrollWidth > span.clientWidth || span.scrollHeight > span.clientHeight })),
    );
    expect(shown, `at ${width} px`).toEqual([{ text, cut: false }]);
  }
});

