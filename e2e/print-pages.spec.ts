/** How pages break when printed (issue 27): no last page holding only the footer, no page left mostly blank by a diagram. */
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

/** The text of each printed A4 page of `path`. */
async function printed(page: import('@playwright/test').Page, path: string): Promise<string[]> {
  await page.goto(path);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((pageText) => pageText.replace(/\s+/g, ' ').trim());
}

const PAGES = [...STAGES.map((stage) => stage.path), '/examples/support-assistant/', '/examples/ad-click-prediction/', '/notes/goodharts-law/'];

for (const path of PAGES) {
  test(`${path} printed: no page is a stray last page or mostly empty`, async ({ page }) => {
    const pages = await printed(page, path);
    const last = pages.at(-1)!;
    expect(last.replace(/Last updated \d{1,2} \w+ \d{4}/, '').trim().length, `last page: "${last.slice(0, 80)}"`).toBeGreaterThan(100);
    // A page pushed short by a diagram kept whole carried a few lines only; full pages carry 2,000+ characters.
    pages.slice(0, -1).forEach((text, index) => expect(text.length, `page ${index + 1} of ${pages.length}`).toBeGreaterThan(600));
  });
}
