/**
 * The link control of each checklist item (copy-link): what it copies and says, by mouse and by
 * keyboard; without a usable Clipboard API, the URL offered selected in a field that Esc closes;
 * and where it sits, after the lead's sentence rather than between the bold lead and its words.
 */
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

test("an item's copy control copies exactly its absolute share URL and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(STAGES[2].path);
  const item = page.locator('article li.checklist-item').nth(2);
  const id = await item.getAttribute('id');
  await item.hover();
  await item.getByRole('link', { name: /^Share link to/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/i/data-and-features/${id}/`);
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('the copy control is reachable and usable by keyboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(STAGES[0].path);
  await page.locator('article p:visible').first().click();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('anchor-link'))) break;
  }
  const control = page.locator('.anchor-link:focus');
  await expect(control).toBeVisible();
  await expect(control).toHaveCSS('opacity', '1');
  const href = await control.getAttribute('href');
  await page.keyboard.press('Enter');
  // Stage 1 opens with items, whose controls copy their share URLs.
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/i/clarify-requirements/${href!.slice(1)}/`);
});

test('without the Clipboard API the URL is shown selected, ready to copy', async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto(STAGES[0].path);
  const item = page.locator('article li.checklist-item').first();
  const id = await item.getAttribute('id');
  await item.hover();
  await item.getByRole('link', { name: /^Share link to/ }).click();
  const field = page.getByRole('textbox', { name: /press Control\+C/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}/i/clarify-requirements/${id}/`);
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
    `${baseURL}/i/clarify-requirements/${id}/`.length,
  );
});

const NO_CLIPBOARD = {
  'no Clipboard API': () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
  'a Clipboard API that refuses': () =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } }),
};

for (const [condition, script] of Object.entries(NO_CLIPBOARD)) {
  test(`with ${condition}, Esc on the offered URL field closes it and gives focus back to the link`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(script);
    await page.goto(STAGES[0].path);
    const item = page.locator('article li.checklist-item').nth(1);
    await item.hover();
    const link = item.getByRole('link', { name: /^Share link to/ });
    await link.click();
    const field = page.getByRole('textbox', { name: /press Control\+C/ });
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(link).toBeFocused();
    expect(errors).toEqual([]);
  });
}

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
