/**
 * The phone menu in Chromium, beyond its smoke flow (smoke-flows.ts, which runs in Firefox too:
 * at 375×667 it opens below the header down to the bottom of the screen, scrolls alone, and Escape
 * closes it): the keyboard path and the focus the open menu holds, the button closing it and the
 * page whole again after, the panel at the other phone sizes and in landscape, and a menu whose
 * code cannot load.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' });
const panelOf = (page: Page) => page.getByRole('navigation', { name: 'Site' });

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('by keyboard the menu opens, takes focus into its links and holds it; Escape or the button closes it, and the page is whole again', async ({ page }) => {
    await page.goto(STAGES[2].path);
    const menu = menuButton(page);
    const panel = panelOf(page);
    await expect(panel).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link', { name: /Modeling/ })).toBeInViewport();
    // The panel is next in the tab order after the header's controls.
    for (let i = 0; i < 6 && !(await panel.evaluate((el) => el.contains(document.activeElement))); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(panel.getByRole('link').first()).toBeFocused();

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
});

// 375×667 is the smoke flow's.
for (const [width, height] of [[360, 640], [320, 568], [667, 375]] as const) {
  test(`at ${width}×${height} the open menu fills the screen below the header, its first label shows, and it scrolls alone`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(STAGES[2].path);
    const panel = panelOf(page);
    await menuButton(page).click();
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
  });
}

test.describe('a menu whose code cannot load', () => {
  // The config blocks service workers: no offline copy answers from its cache, past the route that fails the file.
  test.use({ allowedConsole: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });

  test('at 375 px, scrolled down: busy while it loads, the reason beside the button, and the next tap opens it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    let fail = true;
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/menu-panel.*.js', async (route) => {
      if (!fail) return route.continue();
      await answered;
      await route.abort('internetdisconnected');
    });
    await page.goto(STAGES[2].path);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const menu = menuButton(page);
    const panel = panelOf(page);
    await menu.click();
    // A slow network: the tap shows at once that something is coming.
    await expect(menu).toHaveAttribute('aria-busy', 'true');
    answer();
    const reason = page.getByRole('alert').filter({ hasText: 'The menu could not load: check your connection and try again.' });
    await expect(reason).toBeInViewport();
    await expect(menu).not.toHaveAttribute('aria-busy');
    await expect(panel).toBeHidden();
    fail = false;
    await menu.click();
    await expect(panel).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(reason).toHaveCount(0);
  });
});
