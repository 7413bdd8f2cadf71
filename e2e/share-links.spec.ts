/**
 * Share pages (src/lib/share-pages.ts): every checklist item and example step has a URL of its own
 * whose raw HTML a link preview reads as that item (tags parsed by open-graph-scraper, as a preview
 * service would, with no JavaScript), whose card is a 1200 × 630 PNG in the build, and which sends
 * a browser on to the item, highlighted, with one history entry, with or without JavaScript. The
 * copy control copies it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ogs from 'open-graph-scraper';
import type { Page } from '@playwright/test';
import { readContent } from '../src/markdown/content-graph.ts';
import { shareSources } from '../src/build/share-sources.ts';
import { sharePages, type SharePage } from '../src/lib/share-pages.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { expectMarked } from './landing-helpers.ts';
import { STAGES } from './site.ts';

const DIST = path.resolve(import.meta.dirname, '../dist');
const SHARES = sharePages(shareSources(readContent(path.resolve(import.meta.dirname, '../content'))));
const share = (sharePath: string) => SHARES.find((s) => s.path === sharePath)!;
const BASELINES = share('/i/modeling/set-baselines-to-beat/');
const FORMER_METRICS = share('/i/high-level-architecture/propose-the-metrics-you-will-use-to-evaluate-the-system-in-production-and-offline-if-applicable/');
const itemId = (s: SharePage) => s.target.split('#')[1]!;

/** A PNG's width and height, from its header. */
function pngSize(file: string): string {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString(), `${file} is a PNG`).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

test('every item, every example step and every former id has a share page, and nothing else does', () => {
  const stageItems = SHARES.filter((s) => s.target.startsWith('/framework/'));
  expect(new Set(stageItems.map((s) => s.target.split('#')[0])).size).toBe(STAGES.length);
  expect(SHARES.filter((s) => s.target.startsWith('/examples/')).length).toBeGreaterThan(100);
  expect(FORMER_METRICS.target).toBe('/framework/high-level-architecture/#metrics');
  expect(new Set(SHARES.map((s) => s.path)).size, 'unique share URLs').toBe(SHARES.length);
  for (const s of SHARES) expect(existsSync(path.join(DIST, s.path, 'index.html')), s.path).toBe(true);
});

test("every share page's raw HTML previews as its item: tags read by open-graph-scraper, with no JavaScript", async () => {
  const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const problems: string[] = [];
  for (const s of SHARES) {
    const html = readFileSync(path.join(DIST, s.path, 'index.html'), 'utf8');
    const { result, error } = await ogs({ html });
    if (error) throw new Error(`${s.path}: open-graph-scraper could not read it`);
    const check = (ok: boolean, what: string) => ok || problems.push(`${s.path}: ${what}`);
    check(result.ogTitle === `${s.text} · ${s.place}`, `og:title "${result.ogTitle}" is the item's text with its page`);
    check(result.ogDescription === s.description && s.description.length > 0, `og:description "${result.ogDescription}"`);
    check(result.ogUrl !== undefined && new URL(result.ogUrl).pathname === s.path, `og:url ${result.ogUrl} is the page itself`);
    check(result.twitterCard === 'summary_large_image', 'twitter:card');
    const image = result.ogImage?.[0];
    const file = image && path.join(DIST, new URL(image.url).pathname);
    check(!!file && existsSync(file) && pngSize(file) === '1200x630', `og:image ${image?.url} is a 1200×630 PNG in dist/`);
    // Its page's card (src/lib/social-cards.ts shareCard says why not one of its own).
    const card = `/cards${s.target.split('#')[0]!.slice(0, -1)}.png`;
    check(image !== undefined && new URL(image.url).pathname === card, `og:image ${image?.url} is ${card}`);
    check(/<meta name="robots" content="noindex">/.test(html) && !/rel="canonical"/.test(html), 'noindex, no canonical');
    check(!sitemap.includes(s.path), 'not in the sitemap');
    check(!html.includes('data-pagefind-body'), 'not in search');
    // Early in <head>: every sharing tag before any style or script, within the first 4 KiB.
    const lastTag = Math.max(...[...html.matchAll(/<meta (?:property="og:|name="twitter:)[^>]*>/g)].map((m) => m.index! + m[0].length));
    check(lastTag < Math.min(html.indexOf('<style'), html.indexOf('<script'), 4096), 'sharing tags come first in <head>');
  }
  expect(problems).toEqual([]);
});

test('a share page sends the browser on to its item, highlighted under the header, replacing itself in the history', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  await page.goto(BASELINES.path);
  await expect(page).toHaveURL(BASELINES.target);
  await expectMarked(page.locator(`li#${itemId(BASELINES)}`));
  expect(await page.evaluate(() => history.length), 'one entry for the share link: the stage page replaced the share page').toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test("an example step's share page lands on the step, with one history entry", async ({ page }) => {
  const step = SHARES.find((s) => s.target.startsWith('/examples/'))!;
  const before = await page.evaluate(() => history.length);
  await page.goto(step.path);
  await expect(page).toHaveURL(step.target);
  await expect(page.locator(`h3#${itemId(step)}`)).toBeInViewport();
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
});

test("a former id's share page lands on the renamed item", async ({ page }) => {
  await page.goto(FORMER_METRICS.path);
  await expect(page).toHaveURL('/framework/high-level-architecture/#metrics');
  await expectMarked(page.locator('li#metrics'));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a share page still reaches its item', async ({ page }) => {
    await page.goto(BASELINES.path);
    await expect(page).toHaveURL(BASELINES.target);
    await expect(page.locator(`li#${itemId(BASELINES)}`)).toBeInViewport();
    await expect.poll(() => page.locator(`li#${itemId(BASELINES)}`).evaluate((el) => el.matches(':target'))).toBe(true);
  });
});

/** Opens a share page as a browser that does not follow the refresh would show it. */
async function openWithoutRefresh(page: Page, sharePath: string) {
  await page.route(`**${sharePath}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  await page.goto(sharePath);
}

test('a share page shows the item, readable on its own, with a link on to it', async ({ page }) => {
  await openWithoutRefresh(page, BASELINES.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BASELINES.text);
  await expect(page.getByText(BASELINES.details[0]!)).toBeVisible();
  await page.getByRole('link', { name: 'Open in the checklist' }).click();
  await expect(page).toHaveURL(BASELINES.target);
});

for (const theme of ['light', 'dark'] as const) {
  test(`a share page has no axe violations, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openWithoutRefresh(page, FORMER_METRICS.path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the copy control copies the item's share URL, says so, and that URL lands on the item", async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(STAGES[3].path);
  const item = page.locator(`li#${itemId(BASELINES)}`);
  await item.hover();
  const control = item.getByRole('link', { name: /^Share link to/ });
  await control.hover();
  expect(await item.locator('copy-link').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Copy share link"');
  await control.click();
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${BASELINES.path}`);
  // The address bar's #id URL still lands too, for whoever copies it from there.
  await expect(page).toHaveURL(BASELINES.target);

  const other = await context.newPage();
  await other.goto(copied);
  await expectMarked(other.locator(`li#${itemId(BASELINES)}`));
});

test("an example step's copy control copies its share URL; a section heading's copies its #id URL", async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const step = SHARES.find((s) => s.target.startsWith('/examples/'))!;
  const [examplePath, stepId] = step.target.split('#') as [string, string];
  await page.goto(examplePath);
  const heading = page.locator(`h3#${stepId}`);
  await heading.hover();
  await heading.getByRole('link', { name: 'Share link', exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${step.path}`);

  const section = page.locator('article h2[id]').first();
  await section.hover();
  await section.getByRole('link', { name: 'Link to this section', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Link copied$/ })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${examplePath}#${await section.getAttribute('id')}`);
});
