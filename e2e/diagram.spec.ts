/**
 * Stage 2's system diagram as a reader meets it: every box on screen at phone and desktop widths
 * in both themes, nothing scrolling sideways, each linked box landing on its item, real text for
 * screen readers, search and print.
 */
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';
import { expectIsTarget } from './landing-helpers.ts';

const STAGE_2 = STAGES[1].path;
/** The boxes of the canonical ML system, in the order data flows (Serving holds the funnel's three). */
const BOXES = ['Data sources and logging', 'Feature pipeline and store', 'Training and evaluation', 'Model registry', 'Serving', 'Candidate generation', 'Ranking', 'Policy layer', 'Monitoring'];
const TOP_LEVEL = ['Data sources and logging', 'Feature pipeline and store', 'Training and evaluation', 'Model registry', 'Serving', 'Monitoring'];
const LOOP = 'Back to step 1';

const diagramOf = (page: Page) => page.getByRole('figure', { name: /canonical ML system/ });

for (const theme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test.describe(`at ${width} px, ${theme} theme`, () => {
      test.use({ colorScheme: theme, viewport: { width, height: 900 } });

      test('every box is on screen, in flow order, and nothing scrolls sideways', async ({ page }) => {
        await page.goto(STAGE_2);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const diagram = diagramOf(page);
        for (const label of BOXES) {
          const box = diagram.getByRole('listitem').filter({ has: page.getByRole('link', { name: label, exact: true }) }).last();
          await expect(box, `box "${label}"`).toBeVisible();
          // Whole from left to right: not cut off, not pushed past the edge of the screen.
          const { x, width: boxWidth } = (await box.boundingBox())!;
          expect(x, `box "${label}" starts on screen`).toBeGreaterThanOrEqual(0);
          expect(x + boxWidth, `box "${label}" ends on screen`).toBeLessThanOrEqual(width);
        }
        await expect(diagram.getByText(LOOP)).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

        const boxes = await diagram.locator(':scope > div > ol > li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
        expect(boxes).toHaveLength(TOP_LEVEL.length);
        if (width === 320) {
          // One column: each box below the one before it.
          for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThan(boxes[i - 1]!.bottom);
        } else {
          // Rows of three: the first three side by side, the next row below them.
          const [a, b, c, d] = boxes;
          expect(new Set([a!.top, b!.top, c!.top]).size).toBe(1);
          expect(a!.right).toBeLessThan(b!.left);
          expect(b!.right).toBeLessThan(c!.left);
          expect(d!.top).toBeGreaterThan(c!.bottom);
        }
      });
    });
  }
}

// Where a link lands does not depend on the theme: once per width.
for (const width of [320, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('each linked box lands on the item that explains it, marked as the target', async ({ page }) => {
      // Nine clicks and nine steps back: more than the default 30 s on a busy two-core machine.
      test.slow();
      await page.goto(STAGE_2);
      const links = diagramOf(page).getByRole('link');
      const count = await links.count();
      expect(count).toBe(BOXES.length);
      for (let i = 0; i < count; i++) {
        if (i > 0) await page.goBack();
        const link = diagramOf(page).getByRole('link').nth(i);
        const target = new URL((await link.getAttribute('href'))!, page.url());
        await link.click();
        await expect(page).toHaveURL(target.href);
        const item = page.locator(`li[id="${decodeURIComponent(target.hash.slice(1))}"]`);
        await expect(item, `${target.pathname}${target.hash} is a checklist item`).toHaveClass(/checklist-item/);
        await expect(item).toBeInViewport();
        await expectIsTarget(item);
      }
    });
  });
}

test('screen readers get a named figure whose boxes are an ordered list in flow order, then the way back', async ({ page }) => {
  await page.goto(STAGE_2);
  const diagram = diagramOf(page);
  await expect(diagram).toMatchAriaSnapshot(`
    - figure:
      - list:
        - listitem:
          - paragraph:
            - link "Data sources and logging"
          - paragraph: Product events, item and user tables, and a log of every request served
        - listitem:
          - paragraph:
            - link "Feature pipeline and store"
          - paragraph: /One definition per feature/
        - listitem:
          - paragraph:
            - link "Training and evaluation"
          - paragraph
        - listitem:
          - paragraph:
            - link "Model registry"
          - paragraph
        - listitem:
          - paragraph:
            - link "Serving"
          - paragraph
          - list:
            - listitem:
              - paragraph:
                - link "Candidate generation"
              - paragraph
            - listitem:
              - paragraph:
                - link "Ranking"
              - paragraph
            - listitem:
              - paragraph:
                - link "Policy layer"
              - paragraph
        - listitem:
          - paragraph:
            - link "Monitoring"
          - paragraph
      - paragraph: /^Back to step 1:/
  `);
  // The boxes are not checklist items: no ids, no entries in "On this page".
  await expect(diagram.locator('[id]')).toHaveCount(0);
  for (const label of BOXES) await expect(page.locator('.toc').getByText(label, { exact: true })).toHaveCount(0);
});

// The diagram may run onto a second page between its boxes (kept whole, it left most of a page
// blank: e2e/print-pages.spec.ts, and each box stays whole in print.css), but never skips a box or
// leaves out the way back.
test('a printed stage 2 has every box, in flow order, and the way back', async ({ page }) => {
  await page.goto(STAGE_2);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  const pages = text.map((pageText) => pageText.replace(/\s+/g, ' '));
  let last = 0;
  for (const label of BOXES) {
    const at = pages.findIndex((pageText, index) => index >= last && pageText.includes(label));
    expect(at, `"${label}" is printed, on or after the page of the box before it`).toBeGreaterThanOrEqual(last);
    last = at;
  }
  expect(pages.slice(last).join(' ')).toContain(LOOP);
});

test('search finds words that only the diagram has, in its section of stage 2', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('product events');
  const dialog = page.getByRole('dialog', { name: 'Search the framework' });
  await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', 'product events');
  const top = await dialog.getByRole('option').evaluateAll((links) => links.slice(0, 3).map((a) => {
    const url = new URL((a as HTMLAnchorElement).href);
    return `${url.pathname}${url.hash}`;
  }));
  expect(top).toContain(`${STAGE_2}#components-and-data-flow`);
});
