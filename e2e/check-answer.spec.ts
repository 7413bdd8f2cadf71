/**
 * "Check your answer" (src/features/rehearsal/): rehearsing a worked example folds its answer, a
 * checklist takes the reader's ticks, and the end of the rehearsal compares them with what the
 * answer applies. What the answer applies is worked out here from the example's MDX (a step's
 * opening link, or the opening links of its list items; the `Skipped:` paragraphs' links), not
 * taken from the feature, and checked against the built rehearsal.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const SLUG = 'payment-fraud-detection';
const EXAMPLE = `/examples/${SLUG}/`;
const ROOT = path.resolve(import.meta.dirname, '..');

interface Item {
  id: string;
  text: string;
}
interface Stage {
  stage: number;
  title: string;
  items: Item[];
}

/** The stages and their items, as the build lists them for practice mode and the rehearsal. */
function builtKey(): { stages: Stage[]; example: { applied: Array<{ stage: number; id: string; step: string }> } } {
  return JSON.parse(readFileSync(path.join(ROOT, 'dist', EXAMPLE, 'rehearsal.json'), 'utf8'));
}

/** Slug of a heading, as rehype-slug makes it for these headings. */
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

/**
 * Read from the MDX: each applied item (`stage:id`) with the first step applying it, and each item a
 * `Skipped:` paragraph links to. A stage is the number in the linked file's name.
 */
function fromContent(slug: string) {
  const source = readFileSync(path.join(ROOT, 'content/examples', `${slug}.mdx`), 'utf8');
  const link = /^(?:- )?\[[^\]]*\]\(\.\.\/framework\/(\d)-[^)#]*\.mdx#([^)]+)\)/;
  const applied = new Map<string, string>();
  const skipped = new Set<string>();
  let step: string | undefined;
  let opening = false;
  for (const line of source.split('\n')) {
    if (line.startsWith('## ')) step = undefined;
    if (line.startsWith('### ')) {
      step = slugOf(line.slice(4).trim());
      opening = true;
      continue;
    }
    if (line.startsWith('Skipped:')) {
      for (const m of line.matchAll(/\]\(\.\.\/framework\/(\d)-[^)#]*\.mdx#([^)]+)\)/g)) skipped.add(`${m[1]}:${m[2]}`);
    }
    if (!step || line.trim() === '') continue;
    const m = link.exec(line);
    // The step's first paragraph, or a list item of the step.
    if (m && (opening || line.startsWith('- '))) {
      const key = `${m[1]}:${m[2]}`;
      if (!applied.has(key)) applied.set(key, step);
    }
    opening = false;
  }
  return { applied, skipped };
}

const bar = (page: Page) => page.getByRole('region', { name: 'Mock interview timer' });
const checklist = (page: Page) => page.getByRole('region', { name: 'Check your answer' });
const comparison = (page: Page) => page.getByRole('region', { name: 'How your answer compares' });
/** A section heading of the example by its id (its accessible name includes its copy-link control). */
const section = (page: Page, id: string) => page.locator(`h2[id="${id}"]`);
const SECTIONS = ['1-clarify-the-requirements', '3-data-and-features', 'what-an-interviewer-may-probe'];

async function startRehearsal(page: Page) {
  await page.goto(EXAMPLE);
  await page.getByRole('button', { name: 'Rehearse this problem' }).click();
  await expect(bar(page)).toBeVisible();
  await expect(checklist(page)).toBeVisible();
}

/** Opens the checklist's stage group and ticks the item. */
async function tick(page: Page, stage: Stage, item: Item) {
  const group = checklist(page).locator('details').filter({ has: page.getByText(`Stage ${stage.stage} · ${stage.title}`) });
  if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator('summary').click();
  await group.getByRole('checkbox', { name: item.text, exact: true }).check();
}

test('the answer folds while rehearsing; the comparison lists what was covered, missed and raised besides, and keeps the attempt', async ({ page }) => {
  // The whole loop, with a click on every "missed" link and axe twice: more than one interaction's 30 s on a busy machine.
  test.slow();
  const key = builtKey();
  const { applied, skipped } = fromContent(SLUG);
  // The build's key and the content agree on what the answer applies and where.
  expect(new Map(key.example.applied.map((item) => [`${item.stage}:${item.id}`, item.step]))).toEqual(applied);

  await startRehearsal(page);
  // Folded: the stage sections and the probe questions; the problem stays.
  await expect(page.locator('.example-problem')).toBeVisible();
  for (const id of SECTIONS) {
    await expect(section(page, id)).toBeAttached();
    await expect(section(page, id)).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Show the worked answer' })).toBeVisible();

  // Ticks in two stages: in stage 1 an applied item and one the answer does not apply; in stage 3
  // an applied item and one the answer skips (with its reason), or one it does not apply.
  const [stage1, , stage3] = [key.stages[0]!, key.stages[1]!, key.stages[2]!];
  const isApplied = (stage: Stage, item: Item) => applied.has(`${stage.stage}:${item.id}`);
  const ticks: Array<[Stage, Item]> = [
    [stage1, stage1.items.find((item) => isApplied(stage1, item))!],
    [stage1, stage1.items.find((item) => !isApplied(stage1, item))!],
    [stage3, stage3.items.find((item) => isApplied(stage3, item))!],
    [stage3, stage3.items.find((item) => !isApplied(stage3, item) && skipped.has(`3:${item.id}`)) ?? stage3.items.find((item) => !isApplied(stage3, item))!],
  ];
  for (const [stage, item] of ticks) await tick(page, stage, item);
  await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(4);
  // Starting the problem again would clear the ticks: the question says so, and cancelling keeps them.
  await page.getByRole('button', { name: 'Rehearse this problem' }).click();
  const again = page.getByRole('dialog', { name: 'Start this problem again?' });
  await expect(again).toContainText('clears the 4 items you ticked without comparing them');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(4);
  const ticked = new Set(ticks.map(([stage, item]) => `${stage.stage}:${item.id}`));

  await checklist(page).getByRole('button', { name: 'End the rehearsal and compare' }).click();
  await expect(comparison(page)).toBeVisible();
  await expect(comparison(page)).toBeFocused();
  await expect(bar(page)).toHaveCount(0);
  await expect(checklist(page)).toHaveCount(0);
  for (const id of SECTIONS) await expect(section(page, id)).toBeVisible();

  // Per stage, what the test expects from the content.
  let missedTotal = 0;
  let worst = { stage: 0, missed: 0 };
  for (const stage of key.stages) {
    const part = comparison(page).getByRole('region', { name: `Stage ${stage.stage} · ${stage.title}` });
    const list = (kind: string) => part.locator(`ul.rehearsal-${kind} > li`);
    const covered = stage.items.filter((item) => isApplied(stage, item) && ticked.has(`${stage.stage}:${item.id}`));
    const missed = stage.items.filter((item) => isApplied(stage, item) && !ticked.has(`${stage.stage}:${item.id}`));
    const extra = stage.items.filter((item) => !isApplied(stage, item) && ticked.has(`${stage.stage}:${item.id}`));
    await expect(list('covered')).toHaveText(covered.map((item) => item.text));
    await expect(list('missed').locator('a')).toHaveText(missed.map((item) => item.text));
    await expect(list('extra').locator('a')).toHaveText(extra.map((item) => item.text));
    for (const item of extra) {
      const reason = list('extra').filter({ hasText: item.text });
      if (skipped.has(`${stage.stage}:${item.id}`)) await expect(reason).toContainText('Skipped:');
      else await expect(reason).not.toContainText('Skipped:');
    }
    // Each missed item links to the step that applies it.
    const hrefs = await list('missed').locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(missed.map((item) => `#${applied.get(`${stage.stage}:${item.id}`)}`));
    missedTotal += missed.length;
    if (missed.length > worst.missed) worst = { stage: stage.stage, missed: missed.length };
  }
  const coveredTotal = [...ticked].filter((t) => applied.has(t)).length;
  await expect(comparison(page).locator('.rehearsal-summary')).toHaveText(
    `You covered ${coveredTotal} of the ${coveredTotal + missedTotal} items this answer applies; stage ${worst.stage} is where you lost most (${worst.missed} missed).`,
  );

  // Each missed link lands on its step.
  const links = comparison(page).locator('ul.rehearsal-missed a');
  const count = await links.count();
  expect(count).toBe(missedTotal);
  for (let i = 0; i < count; i++) {
    const href = (await links.nth(i).getAttribute('href'))!;
    await links.nth(i).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
  }

  // Kept: listed on the examples index after a reload, and deletable.
  await page.goto('/examples/');
  await page.reload();
  const attempts = page.getByRole('region', { name: 'Your rehearsals' });
  await expect(attempts.locator('li.rehearsal-attempt')).toHaveCount(1);
  await expect(attempts.getByRole('link', { name: 'Payment fraud detection' })).toBeVisible();
  await expect(attempts).toContainText(`${coveredTotal} of ${coveredTotal + missedTotal} applied items covered`);
  await expect(attempts.getByRole('img', { name: /^Covered by stage: stage 1: \d+ of \d+, .*stage 5: \d+ of \d+$/ })).toBeVisible();
  expect(await axeViolations(page, ['.rehearsal-attempts'])).toEqual([]);
  await attempts.getByRole('button', { name: /^Delete the attempt of / }).click();
  await expect(attempts).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your rehearsals' })).toHaveCount(0);
});

test('a deep link into the folded answer shows its target, on arrival and by a link on the page', async ({ page }) => {
  const { applied } = fromContent(SLUG);
  const step = [...applied.values()][4]!;
  await startRehearsal(page);
  await expect(page.getByRole('button', { name: 'Show the worked answer' })).toBeVisible();
  // A link on the page ("On this page") into the folded part.
  await page.getByRole('navigation', { name: 'On this page', exact: true }).getByRole('link', { name: '3. Data and features' }).click();
  await expect(section(page, '3-data-and-features')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Show the worked answer' })).toHaveCount(0);
  // Arriving with a fragment while the rehearsal still runs.
  await page.goto('/examples/');
  await page.goto(`${EXAMPLE}#${step}`);
  await expect(checklist(page)).toBeVisible();
  await expect(page.locator(`[id="${step}"]`)).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Show the worked answer' })).toHaveCount(0);
  // Without a fragment, it folds again; "Show the worked answer" reveals it.
  await page.goto(EXAMPLE);
  const show = page.getByRole('button', { name: 'Show the worked answer' });
  await expect(show).toBeVisible();
  await expect(page.locator(`[id="${step}"]`)).toBeHidden();
  await show.click();
  await expect(page.locator(`[id="${step}"]`)).toBeVisible();
});

test('the timer bar\'s Stop ends the rehearsal too, and with storage refusing writes it works on the page and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await startRehearsal(page);
  await expect(checklist(page).getByText('Progress will not be kept.', { exact: true })).toBeVisible();
  const box = checklist(page).getByRole('checkbox').first();
  await box.check();
  await expect(checklist(page)).toContainText('1 ticked');
  await bar(page).getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop timer' }).click();
  await expect(comparison(page)).toBeVisible();
  await expect(comparison(page).getByText('Progress will not be kept.', { exact: true })).toBeVisible();
  await expect(comparison(page).locator('ul.rehearsal-covered > li, ul.rehearsal-extra > li')).toHaveCount(1);
});

/**
 * html-validate's findings on what the feature drew (the fold, the checklist, the comparison), in a
 * page of their own, with the site's rules (.htmlvalidate.mjs) except those on how the browser
 * serializes attributes (`open=""`), which say nothing of the DOM.
 */
async function htmlProblems(page: Page): Promise<string> {
  const drawn = await page.locator('.rehearsal-fold, .rehearsal-panel, .rehearsal-result').evaluateAll((parts) => parts.map((part) => part.outerHTML).join('\n'));
  expect(drawn).not.toBe('');
  const html = `<!DOCTYPE html>\n<html lang="en"><head><title>Check your answer</title></head><body><main><h1>An example</h1>${drawn}</main></body></html>`;
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, path.join(ROOT, 'dist', EXAMPLE, 'index.html'), {
    extends: [],
    rules: { 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' },
  });
  return report.valid ? '' : formatterFactory('text')(report.results);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe (and html-validate) find nothing on the folded page with its checklist, nor on the comparison (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await startRehearsal(page);
    await checklist(page).locator('summary').nth(1).click();
    expect(await axeViolations(page)).toEqual([]);
    if (theme === 'light') expect(await htmlProblems(page)).toBe('');
    await checklist(page).getByRole('checkbox').first().check();
    await checklist(page).getByRole('button', { name: 'End the rehearsal and compare' }).click();
    await expect(comparison(page)).toBeVisible();
    expect(await axeViolations(page, ['.rehearsal-result'])).toEqual([]);
    if (theme === 'light') expect(await htmlProblems(page)).toBe('');
  });
}

test('on a 320 px phone the checklist and the comparison fit, and focus is never under the timer bar', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await startRehearsal(page);
  for (const summary of await checklist(page).locator('summary').all()) {
    if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
  }
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // Tab through the checklist: each focused control is clear of the fixed timer bar.
  await checklist(page).getByRole('checkbox').first().focus();
  const boxes = await checklist(page).getByRole('checkbox').count();
  for (let i = 0; i < boxes; i++) {
    const clear = await page.evaluate(() => {
      const focused = document.activeElement!.getBoundingClientRect();
      const barTop = document.getElementById('timer-bar')!.getBoundingClientRect().top;
      return focused.bottom <= barTop && focused.top >= 0;
    });
    expect(clear, `checkbox ${i} is visible above the timer bar`).toBe(true);
    await page.keyboard.press('Tab');
  }
  await checklist(page).getByRole('button', { name: 'End the rehearsal and compare' }).click();
  await expect(comparison(page)).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
