/**
 * Layout at the edges: small phones and landscape (the menu panel, 320 px pages, the header
 * title), a short wide window ("On this page"), two tabs (theme), and notes' item leads.
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

test('a theme change in one tab is followed by the other open tabs', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.emulateMedia({ colorScheme: 'light' });
  await second.emulateMedia({ colorScheme: 'light' });
  await first.goto('/framework/modeling/');
  await second.goto('/notes/goodharts-law/');
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'light');
  await first.getByRole('button', { name: 'Dark theme' }).click();
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(second.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await first.getByRole('button', { name: 'Dark theme' }).click();
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('on a notes page a bold lead and its sentence are one space apart, the item link intact', async ({ page }) => {
  await page.goto('/notes/data-leakage/');
  const item = page.locator('li.checklist-item#the-future-leaks-into-the-past');
  const gap = await item.evaluate((li) => {
    const lead = li.querySelector('strong')!;
    // The first letter of the sentence after the lead.
    const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && (lead.contains(node) || node.parentElement?.closest('copy-link') || !node.textContent!.trim()));
    const text = node as Text;
    const range = document.createRange();
    const start = text.data.search(/\S/);
    range.setStart(text, start);
    range.setEnd(text, start + 1);
    const space = parseFloat(getComputedStyle(li).fontSize) * 0.4;
    return { gap: range.getBoundingClientRect().left - lead.getBoundingClientRect().right, space };
  });
  expect(gap.gap).toBeGreaterThan(0);
  expect(gap.gap).toBeLessThanOrEqual(gap.space);
  // The item's link control is still there, and lands on the item.
  await item.hover();
  const control = item.getByRole('link', { name: 'Share link to “The future leaks into the past.”' });
  await expect(control).toBeVisible();
  await expect(control).toHaveAttribute('href', '#the-future-leaks-into-the-past');
});

for (const [width, height] of [[375, 667], [360, 640], [320, 568], [667, 375]] as const) {
  test(`at ${width}×${height} the open menu fills the screen below the header, scrolls alone and holds focus`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(STAGES[2].path);
    const menu = page.getByRole('button', { name: 'Menu' });
    const panel = page.getByRole('navigation', { name: 'Site' });
    await menu.click();
    await expect(panel).toBeVisible();

    // It starts where the header ends and reaches the bottom of the screen; its first label shows.
    const header = (await page.locator('.site-header').boundingBox())!;
    const box = (await panel.boundingBox())!;
    expect(box.y).toBeCloseTo(header.y + header.height, 0);
    expect(box.y + box.height).toBeCloseTo(height, 0);
    const label = panel.getByText('Framework', { exact: true });
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.y).toBeGreaterThanOrEqual(header.y + header.height);

    // Scrolling over it scrolls the panel to its last link, and never the page behind.
    const last = panel.getByRole('link').last();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 600);
    await expect(last).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Tab and Shift+Tab stay on the button and the panel's links.
    const links = await panel.getByRole('link').count();
    const inside = () => page.evaluate(() => document.activeElement?.closest('#sidebar, menu-toggle') !== null);
    for (let i = 0; i < links + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await inside(), `focus after ${i + 1} Tab presses`).toBe(true);
    }
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside(), `focus after ${i + 1} Shift+Tab presses`).toBe(true);
    }

    // Escape closes it and gives focus back to the button; so does the button itself.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(panel).toBeVisible();
    await menu.click();
    await expect(panel).toBeHidden();
    await expect(menu).toBeFocused();
    // Closed, the page is whole again: it scrolls and its links take focus.
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.locator('main').evaluate((main: HTMLElement) => main.inert)).toBe(false);
  });
}

test.describe('a menu whose code cannot load', () => {
  // No offline copy: its worker would answer from its cache, past the route that fails the file.
  test.use({ allowedConsole: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED|Service Worker registration blocked by Playwright/], serviceWorkers: 'block' });

  test('at 375 px says so, and the next tap opens it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    let fail = true;
    await page.route('**/menu-panel.*.js', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(STAGES[2].path);
    const menu = page.getByRole('button', { name: 'Menu' });
    const panel = page.getByRole('navigation', { name: 'Site' });
    await menu.click();
    await expect(page.getByText('The menu could not load: check your connection and tap it again.')).toBeVisible();
    await expect(panel).toBeHidden();
    fail = false;
    await menu.click();
    await expect(panel).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('"On this page" at 1440×600', () => {
  test.use({ viewport: { width: 1440, height: 600 } });

  /** Whether the link marked current lies inside the visible part of the column. */
  const currentShownInColumn = (page: Page) =>
    page.locator('toc-spy').evaluate((column) => {
      const link = column.querySelector('a[aria-current="true"]');
      if (!link) return 'no current entry';
      const box = column.getBoundingClientRect();
      const rect = link.getBoundingClientRect();
      return rect.top >= box.top && rect.bottom <= box.bottom && rect.bottom <= window.innerHeight ? 'shown' : 'out of view';
    });

  test('the current entry stays in view in its column, and the last one is current at the end of the page', async ({ page }) => {
    await page.goto(STAGES[2].path);
    const column = page.locator('toc-spy');
    expect(await column.evaluate((el) => el.scrollHeight > el.clientHeight), 'the outline is taller than its column').toBe(true);
    const entries = column.getByRole('link');
    // Three quarters down the page, on an item whose entry starts below the column's first screen.
    const hash = await entries.nth(Math.floor((await entries.count()) * 0.75)).getAttribute('href');
    const scrolledTo = await page.locator(hash!).evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      return window.scrollY;
    });
    await expect(column.locator(`a[href="${hash}"]`)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => currentShownInColumn(page)).toBe('shown');
    expect(await page.evaluate(() => window.scrollY), 'the column scrolled, not the page').toBe(scrolledTo);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(entries.last()).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => currentShownInColumn(page)).toBe('shown');
    await expect(column.locator('a[aria-current="true"]')).toHaveCount(1);
  });
});
