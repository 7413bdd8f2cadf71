/**
 * Where links land when they are not quite right: a mistyped or case-changed #id, and the notice
 * for a fragment the page lacks. (The footer of a content page: article-footer.spec.ts.)
 */
import { axeViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectMarked } from './landing-helpers.ts';
import { STAGES } from './site.ts';

const STAGE_2 = STAGES[1].path;
const FORMER_METRICS_ID = 'propose-the-metrics-you-will-use-to-evaluate-the-system-in-production-and-offline-if-applicable';

/** The notice about a missing fragment: the page's polite live region that holds it. */
const notice = (page: Page) => page.locator('main [role="status"]#fragment-notice');

test.describe('a link to a fragment the page lacks', () => {
  test('says so near the top, politely, and offers the closest items as links', async ({ page }) => {
    await page.goto(`${STAGE_2}#is-ml-neded-at-all`);
    const region = notice(page);
    await expect(region).toHaveAttribute('role', 'status');
    await expect(region).toContainText('No item #is-ml-neded-at-all on this page.');
    await expect(region).toBeInViewport();
    // Above the article's title: the first thing of the content.
    const noticeTop = await region.evaluate((el) => el.getBoundingClientRect().top);
    expect(noticeTop).toBeLessThan(await page.locator('article h1').evaluate((el) => el.getBoundingClientRect().top));
    const links = region.getByRole('link');
    await expect(links).toHaveCount(3);
    await expect(links.first()).toHaveText('Is ML needed at all?');
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${STAGE_2}#is-ml-needed-at-all$`));
    await expectMarked(page.locator('li#is-ml-needed-at-all'));
    await expect(region).toBeEmpty();
  });

  test('a case-only difference lands on the item itself, marked, with no notice', async ({ page }) => {
    // The last item, so landing means scrolling.
    await page.goto(`${STAGE_2}#How-Quickly-Does-The-Model-Go-Stale`);
    await expect(page).toHaveURL(new RegExp(`${STAGE_2}#how-quickly-does-the-model-go-stale$`));
    await expectMarked(page.locator('li#how-quickly-does-the-model-go-stale'));
    await expect(notice(page)).toBeEmpty();
  });

  test('a former id in another case still lands on the renamed item', async ({ page }) => {
    await page.goto(`${STAGE_2}#${FORMER_METRICS_ID.toUpperCase()}`);
    await expectMarked(page.locator('li#metrics'));
    await expect(notice(page)).toBeEmpty();
  });

  test('is checked on every hash change, not only on load', async ({ page }) => {
    await page.goto(STAGE_2);
    await page.locator('li#how-quickly-does-the-model-go-stale').scrollIntoViewIfNeeded();
    await page.evaluate(() => (location.hash = 'put-numbers-on-scale'));
    const region = notice(page);
    await expect(region).toContainText('No item #put-numbers-on-scale on this page.');
    await expect(region).toBeInViewport();
    await expect(region.getByRole('link').first()).toHaveAttribute('href', '#put-numbers-on-the-scale');
    await page.evaluate(() => (location.hash = 'Put-Numbers-On-The-Scale'));
    await expectMarked(page.locator('li#put-numbers-on-the-scale'));
    await expect(region).toBeEmpty();
  });

  test('the notice can be dismissed, leaving focus in the content', async ({ page }) => {
    await page.goto(`${STAGE_2}#metric`);
    const region = notice(page);
    await expect(region.getByRole('link').first()).toHaveAttribute('href', '#metrics');
    await region.getByRole('button', { name: 'Dismiss' }).click();
    await expect(region).toBeEmpty();
    await expect(page.locator('main#content')).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the notice has no accessibility violations (${theme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${STAGE_2}#metric`);
      await expect(notice(page).getByRole('link').first()).toBeVisible();
      expect(await axeViolations(page, ['#fragment-notice'])).toEqual([]);
    });
  }

  test('a normal visit does not fetch the notice code; a missing fragment does', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${STAGE_2}#metrics`);
    await page.goto(`${STAGE_2}#${FORMER_METRICS_ID}`);
    await page.goto('/');
    await expect(page.locator('article h1')).toBeVisible();
    expect(fetched.filter((path) => path.includes('fragment-notice'))).toEqual([]);
    await page.goto(`${STAGE_2}#metric`);
    await expect(notice(page).getByRole('link').first()).toBeVisible();
    expect(fetched.filter((path) => path.includes('fragment-notice'))).toHaveLength(1);
  });

  test.describe('when the notice code cannot load', () => {
    test.use({ allowedConsole: [/Failed to load resource|fragment-notice/] });
    test('the page still says the item is missing', async ({ page }) => {
      await page.route('**/fragment-notice.*.js', (route) => route.abort());
      await page.goto(`${STAGE_2}#metric`);
      await expect(notice(page)).toHaveText('No item #metric on this page.');
    });
  });
});

