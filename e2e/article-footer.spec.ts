/**
 * The footer of a content page: when the page last changed (its file's last commit in git), and
 * the "Edit this page" link when the build knows the repository (the sub-path build, made like the
 * deploy) and not otherwise.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { SUBPATH_SITE } from './playwright.config.ts';
import { STAGES } from './site.ts';

/** A content page of each kind with its source file. */
const CONTENT_PAGES = [
  { path: '/', file: 'content/index.mdx' },
  { path: STAGES[0].path, file: 'content/framework/1-clarify-requirements.mdx' },
  { path: '/notes/goodharts-law/', file: 'content/notes/goodharts-law.mdx' },
  { path: '/resources/rules-of-machine-learning/', file: 'content/resources/rules-of-machine-learning.mdx' },
];

/** What git says about the file: its last commit date, or '' when it has none (never committed). */
const lastCommit = (file: string) =>
  execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: path.resolve(import.meta.dirname, '..'), encoding: 'utf8' }).trim();

test.describe('the footer of a content page', () => {
  test("says when the page last changed, as its file's last commit in git", async ({ page }) => {
    for (const { path: pagePath, file } of CONTENT_PAGES) {
      await page.goto(pagePath);
      const footer = page.locator('article > footer');
      const expected = lastCommit(file);
      if (!expected) {
        await expect(footer.locator('time'), `${file} has no commit yet`).toHaveCount(0);
        continue;
      }
      await expect(footer.locator('time'), pagePath).toHaveAttribute('datetime', expected);
      const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${expected.slice(0, 10)}T00:00:00Z`),
      );
      await expect(footer).toContainText(`Last updated ${day}`);
    }
    // The cheat sheet is no content file's page: it prints without the footer.
    await page.goto('/cheatsheet/');
    await expect(page.locator('article h1')).toHaveText('Cheat sheet');
    await expect(page.getByText('Last updated')).toHaveCount(0);
  });

  test('links to the file in the repository when the build knows it, and not otherwise', async ({ page }) => {
    for (const { path: pagePath, file } of CONTENT_PAGES) {
      // The root build has no REPOSITORY_URL; the sub-path build, made like the deploy, has one.
      await page.goto(pagePath);
      await expect(page.locator('article > footer time')).toHaveCount(lastCommit(file) ? 1 : 0);
      await expect(page.getByRole('link', { name: /Edit this page/ }), pagePath).toHaveCount(0);
      await page.goto(new URL(pagePath.slice(1), SUBPATH_SITE).href);
      const edit = page.locator('article > footer').getByRole('link', { name: /Edit this page/ });
      await expect(edit, pagePath).toHaveAttribute('href', `https://github.com/example/ml-framework/edit/main/${file}`);
      await expect(edit).toBeVisible();
    }
  });
});
