import { expect, test } from '@playwright/test';
import { box, stageItems, watchCsp } from './practice-helpers.ts';
import { STAGES } from './site.ts';
import { expectIsTarget } from './landing-helpers.ts';

test('the cheat sheet lists exactly the items of the five stage pages: same count, same text, same links', async ({ page }) => {
  const errors = watchCsp(page);
  const expected: Array<Array<{ href: string; text: string }>> = [];
  for (const stage of STAGES) {
    await page.goto(stage.path);
    expected.push((await stageItems(page)).map((item) => ({ href: `${stage.path}#${item.id}`, text: item.text })));
  }
  await page.goto('/cheatsheet/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cheat sheet');
  for (const [index, stage] of STAGES.entries()) {
    const section = page.getByRole('region', { name: new RegExp(stage.title) });
    await expect(section.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', stage.path);
    const links = await section.getByRole('listitem').getByRole('link').evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href'), text: (a.textContent ?? '').trim() })),
    );
    expect(links.length, `stage ${stage.n}`).toBe(expected[index]!.length);
    expect(links, `stage ${stage.n}`).toEqual(expected[index]);
  }
  const all = page.locator('.cheatsheet li a');
  await expect(all).toHaveCount(expected.flat().length);
  // Sub-bullets stay out: one line of bold text per item.
  await expect(page.locator('.cheatsheet li ul')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a cheat sheet link lands on its item, marked', async ({ page }) => {
  await page.goto('/cheatsheet/');
  const link = page.getByRole('region', { name: new RegExp(STAGES[3].title) }).getByRole('listitem').getByRole('link').nth(2);
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(href);
  const item = page.locator(`li#${href.split('#')[1]}`);
  await expect(item).toBeInViewport();
  await expectIsTarget(item);
});

test('on the cheat sheet in practice mode each checkbox sits on its item\'s line, before the link', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mf-practice-mode', 'on'));
  await page.goto('/cheatsheet/');
  const entries = page.locator('.cheatsheet li');
  await expect(entries.first().getByRole('checkbox')).toBeVisible();
  for (const index of [0, 5, 20]) {
    const entry = entries.nth(index);
    const [check, link] = [await box(entry.getByRole('checkbox')), await box(entry.getByRole('link'))];
    expect(check.right, `entry ${index}`).toBeLessThanOrEqual(link.left);
    // The box is on the link's first line, not above it.
    expect(check.top, `entry ${index}`).toBeLessThan(link.top + 24);
    expect(check.bottom, `entry ${index}`).toBeGreaterThan(link.top);
  }
});

test('the header and the home page link to the cheat sheet', async ({ page }) => {
  await page.goto(STAGES[2].path);
  await page.getByRole('banner').getByRole('link', { name: 'Cheat sheet' }).click();
  await expect(page).toHaveURL('/cheatsheet/');
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'cheat sheet', exact: true }).click();
  await expect(page).toHaveURL('/cheatsheet/');
});

test('at 375 px the header keeps the cheat sheet link, as an icon with its name', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/cheatsheet/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cheat sheet' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

