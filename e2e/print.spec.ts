import { extractText, getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { expect, test } from './fixtures.ts';

/** The text of each printed page of `path`. */
async function printed(page: import('@playwright/test').Page, path: string): Promise<string[]> {
  await page.goto(path);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((pageText) => pageText.replace(/\s+/g, ' '));
}

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

test('the cheat sheet prints on one A4 page, or on two that share the items, without the site around it', async ({ page }) => {
  const pages = await printed(page, '/cheatsheet/');
  const items = await page.locator('.cheatsheet li a').allTextContents();
  expect(items.length).toBeGreaterThan(40);
  expect(pages.length).toBeLessThanOrEqual(2);
  // Where each item landed, matched on its text without spaces (long items wrap).
  const squashed = pages.map((text) => text.replace(/\s/g, ''));
  const perPage = pages.map(() => 0);
  for (const item of items) {
    const at = squashed.findIndex((text) => text.includes(item.replace(/\s/g, '').slice(0, 30)));
    expect(at, `"${item}" is printed`).toBeGreaterThanOrEqual(0);
    perPage[at]! += 1;
  }
  if (pages.length === 2) expect(Math.min(...perPage), `items per page: ${perPage}`).toBeGreaterThanOrEqual(items.length / 3);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of [page.getByRole('banner'), page.getByRole('navigation', { name: 'Site' }), page.locator('.practice-controls')]) {
    await expect(chrome).toBeHidden();
  }
});

/** The number of pages of a PDF that Chromium wrote (its page objects are not compressed). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test('with practice mode on and a timer running, the printed cheat sheet is still at most two pages, without checkboxes or timer', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('mf-practice-mode', 'on');
    localStorage.setItem('mf-mock-timer', JSON.stringify({ v: 1, startedAt: Date.now(), minutes: 45, pausedAt: null, pausedMs: 0, notified: 0 }));
  });
  await page.goto('/cheatsheet/');
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mock interview timer' })).toBeVisible();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await expect(page.getByRole('region', { name: 'Mock interview timer' })).toBeHidden();
});


test('on the printed cheat sheet list numbers are the size of the items, and the items evenly spaced', async ({ page }) => {
  await page.goto('/cheatsheet/');
  await page.emulateMedia({ media: 'print' });
  const layout = await page.locator('.cheatsheet').evaluate((sheet) => {
    const sizes = new Set<string>();
    const gaps: number[] = [];
    for (const list of sheet.querySelectorAll('ol')) {
      const lines = [...list.querySelectorAll(':scope > li')].map((li) => {
        sizes.add(`${getComputedStyle(li, '::marker').fontSize} / ${getComputedStyle(li.querySelector('a')!).fontSize}`);
        // The item's text lines, not its box: a box can be taller than its text.
        const range = document.createRange();
        range.selectNodeContents(li.querySelector('a')!);
        const rects = [...range.getClientRects()];
        return { left: rects[0]!.left, top: rects[0]!.top, bottom: rects[rects.length - 1]!.bottom };
      });
      for (let i = 1; i < lines.length; i++) {
        // Only neighbours in the same column.
        if (Math.abs(lines[i]!.left - lines[i - 1]!.left) < 1 && lines[i]!.top > lines[i - 1]!.bottom) gaps.push(lines[i]!.top - lines[i - 1]!.bottom);
      }
    }
    return { sizes: [...sizes], gaps };
  });
  expect(layout.sizes).toHaveLength(1);
  const [marker, text] = layout.sizes[0]!.split(' / ');
  expect(marker).toBe(text);
  expect(layout.gaps.length).toBeGreaterThan(40);
  expect(Math.max(...layout.gaps) - Math.min(...layout.gaps), 'spread of the gaps between items, px').toBeLessThanOrEqual(1);
});

/** How many shapes a pdf.js path draws: its move-to commands (0 move, 1 line, 2 curve, 3 quadratic curve, 4 close). */
function shapes(path: number[]): number {
  const operands = [2, 2, 6, 4, 0];
  let moves = 0;
  for (let i = 0; i < path.length; i += 1 + operands[path[i]!]!) if (path[i] === 0) moves++;
  return moves;
}

/** The colors of the large filled shapes (backgrounds, not text, borders or bullets) on the pages of a PDF. */
async function backgroundColors(pdf: Buffer): Promise<string[]> {
  const { OPS } = await getResolvedPDFJS();
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const colors = new Set<string>();
  for (let n = 1; n <= document.numPages; n++) {
    const { fnArray, argsArray } = await (await document.getPage(n)).getOperatorList();
    let fill = '#000000';
    fnArray.forEach((fn, i) => {
      const args = argsArray[i];
      if (fn === OPS.setFillRGBColor) fill = args[0];
      // pdf.js gives each path its painting operator, its drawing commands and its bounding box
      // [x0, y0, x1, y1]. A background is one closed shape; a border is a ring, two of them.
      if (fn === OPS.constructPath && [OPS.fill, OPS.eoFill].includes(args[0]) && shapes(Object.values(args[1][0])) === 1) {
        const [x0, y0, x1, y1] = Object.values(args[2] as Record<string, number>) as [number, number, number, number];
        if (x1 - x0 > 40 && y1 - y0 > 20) colors.add(fill);
      }
    });
  }
  return [...colors];
}

test('a page printed from the dark theme, with backgrounds, uses the light palette', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/framework/modeling/#pick-offline-metrics-that-match-the-task');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  const colors = await backgroundColors(await page.pdf({ format: 'A4', printBackground: true }));
  // The page and its margins, and the linked item's highlight: all light.
  expect(colors.length).toBeGreaterThan(1);
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  expect(colors.filter((color) => luminance(color) < 0.8), `background colors: ${colors}`).toEqual([]);
});
