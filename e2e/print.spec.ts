import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures.ts';

/** The text of each printed page of `path`. */
async function printed(page: import('@playwright/test').Page, path: string): Promise<string[]> {
  await page.goto(path);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((pageText) => pageText.replace(/\s+/g, ' '));
}

test('a printed stage page has the content without the site chrome', async ({ page }) => {
  const pages = await printed(page, '/framework/clarify-requirements/');
  const all = pages.join(' ');
  expect(all).toContain('Clarify and gather requirements');
  expect(all).toContain('Repeat back the problem in your own words.');
  expect(all).toContain('Are there any minimum performance requirements we need to meet?');
  for (const chrome of ['On this page', 'Skip to content', 'Model serving', 'Next', 'Dark theme', 'Resources']) expect(all).not.toContain(chrome);
  expect(all).not.toMatch(/Link to “/);
});

test('printed items are not split across pages where they fit', async ({ page }) => {
  const pages = await printed(page, '/framework/model-serving/');
  expect(pages.length).toBeGreaterThan(1);
  // Each item's bold lead and its last sub-bullet land on the same printed page.
  const items = await page.locator('article li.checklist-item').evaluateAll((lis) =>
    lis.map((li) => {
      const lead = li.querySelector('strong')!.textContent!.trim();
      const subs = li.querySelectorAll(':scope > ul > li');
      return { lead: lead.slice(0, 30), last: (subs[subs.length - 1]?.textContent ?? '').trim().slice(-25) };
    }),
  );
  for (const { lead, last } of items) {
    const leadPage = pages.findIndex((text) => text.includes(lead));
    expect(leadPage, `"${lead}" is printed`).toBeGreaterThanOrEqual(0);
    if (last) expect(pages[leadPage]!.replace(/\s/g, ''), `"${lead}" ends on its own page`).toContain(last.replace(/\s/g, ''));
  }
});

test('a printed external link shows its URL', async ({ page }) => {
  const all = (await printed(page, '/resources/designing-machine-learning-systems/')).join(' ');
  const href = await page.locator('article a.external').first().getAttribute('href');
  expect(all.replace(/\s/g, '')).toContain(`(${href})`);
});
