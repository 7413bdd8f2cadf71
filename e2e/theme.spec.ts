/**
 * The theme: the system preference by default, the toggle kept over a reload, and followed by the
 * other open tabs. That a stored theme applies before the body exists (no flash) is a smoke flow
 * (smoke-flows.ts), so that it runs in Firefox too.
 */
import { expect, test } from './fixtures.ts';

test('the theme follows the system preference by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the theme toggle persists across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/framework/clarify-requirements/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBackground);
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
