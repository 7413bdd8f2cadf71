/**
 * The worked examples as a reader meets them: "Applied in" on stage items leading to the exact
 * step and back, the examples index and prompt bank, rehearsing a problem or a random prompt with
 * the timer, search landing on a step, and printing.
 */
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';
import { expectMarked } from './landing-helpers.ts';

const EXAMPLE = '/examples/ad-click-prediction/';
const EXAMPLE_TITLE = 'Ad click prediction';
const CALIBRATION_ITEM = 'calibrate-scores-used-as-probabilities';
/** Words that occur in one step of the ad click example and nowhere else on the site. */
const PHRASE = 'normalized entropy';
const T0 = new Date('2025-03-03T09:00:00Z').getTime();
const bar = (page: Page) => page.getByRole('region', { name: 'Mock interview timer' });

test('"Applied in" on an item leads to the example\'s step, marked, and its item link leads back', async ({ page }) => {
  await page.goto(STAGES[3].path);
  const item = page.locator(`li#${CALIBRATION_ITEM}`);
  const appliedIn = item.locator('.applied-in');
  await expect(appliedIn).toContainText('Applied in');
  await appliedIn.getByRole('link', { name: new RegExp(`^${EXAMPLE_TITLE}`) }).click();
  await expect(page).toHaveURL(new RegExp(`${EXAMPLE}#[a-z0-9-]+$`));
  const stepId = new URL(page.url()).hash.slice(1);
  await expectMarked(page.locator(`h3#${stepId}`));
  // The step links to the item it applies (the first such link after its heading is the step's own).
  const itemLink = page.locator(`h3#${stepId} ~ * a[href="${STAGES[3].path}#${CALIBRATION_ITEM}"]`).first();
  await itemLink.click();
  await expect(page).toHaveURL(`${STAGES[3].path}#${CALIBRATION_ITEM}`);
  await expectMarked(page.locator(`li#${CALIBRATION_ITEM}`));
});

test('"Applied in" lists every step that applies the item, and only on stage pages', async ({ page }) => {
  // What the example's steps apply, read from the example page: the link that opens a step's first
  // paragraph, and the links that open its list items.
  await page.goto(EXAMPLE);
  const applied = await page.locator('article h3[id]').evaluateAll((headings) =>
    headings.flatMap((h3) => {
      const items = new Set<string>();
      const opening = (block: Element | null) => (block?.firstChild instanceof HTMLAnchorElement ? [block.firstChild] : []);
      for (let node = h3.nextElementSibling; node && !/^H[1-3]$/.test(node.tagName); node = node.nextElementSibling) {
        const links = node === h3.nextElementSibling && node.tagName === 'P' ? opening(node) : [];
        if (node.tagName === 'UL' || node.tagName === 'OL') for (const li of node.children) links.push(...opening(li.firstElementChild?.tagName === 'P' ? li.firstElementChild : li));
        for (const a of links) items.add(new URL(a.href).pathname + new URL(a.href).hash);
      }
      return [...items].map((item) => ({ step: h3.id, item }));
    }),
  );
  expect(applied.length).toBeGreaterThanOrEqual(14);
  for (const stage of STAGES) {
    await page.goto(stage.path);
    const listed = await page.locator('article .applied-in a').evaluateAll((links) =>
      links.map((a) => ({ item: a.closest('li.checklist-item')!.id, href: new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash })),
    );
    const ids = await page.locator('article li.checklist-item').evaluateAll((items) => items.map((li) => li.id));
    // In page order of the items, then of the steps.
    const expected = ids.flatMap((id) => applied.filter((a) => a.item === `${stage.path}#${id}`).map((a) => ({ item: id, href: `${EXAMPLE}#${a.step}` })));
    expect(listed.filter((l) => l.href.startsWith(EXAMPLE)), stage.path).toEqual(expected);
  }
  await page.goto('/cheatsheet/');
  await expect(page.getByText('Applied in')).toHaveCount(0);
});

test('the examples index lists each example with its problem, shape and stages, then the prompt bank', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Site' });
  await sidebar.getByRole('link', { name: 'Worked examples' }).click();
  await expect(page).toHaveURL('/examples/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worked examples');
  // The index shows each example's facts as its page does.
  const example = page.locator('.example-list > li', { has: page.getByRole('link', { name: EXAMPLE_TITLE, exact: true }) });
  const facts = (await example.locator('.example-facts').innerText()).trim();
  expect(facts).toMatch(/The problem[\s\S]+Shape[\s\S]+Stresses/);
  await page.goto(EXAMPLE);
  expect((await page.locator('article .example-facts').innerText()).trim()).toBe(facts);
  await page.goBack();

  const prompts = page.locator('.prompt-list > li');
  expect(await prompts.count()).toBeGreaterThanOrEqual(20);
  for (const prompt of await prompts.all()) await expect(prompt).toContainText(/Stresses stages [1-5](, [1-5])*/);
  // A prompt whose closest example exists links to it.
  await prompts.filter({ hasText: 'sponsored slot' }).getByRole('link', { name: EXAMPLE_TITLE }).click();
  await expect(page).toHaveURL(EXAMPLE);
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText(EXAMPLE_TITLE);
});

test('"Rehearse this problem" shows the statement in the timer bar and keeps it across pages', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.goto(EXAMPLE);
  await page.clock.pauseAt(T0 + 60_000);
  const problem = (await page.locator('.example-problem').textContent())!.trim();
  await page.getByRole('button', { name: 'Rehearse this problem' }).click();
  await expect(bar(page)).toContainText(problem);
  await expect(bar(page)).toContainText('of 45:00');
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeFocused();
  // While the session runs, the button stays, and says that this is the problem being rehearsed.
  await expect(page.getByRole('button', { name: 'Rehearse this problem' })).toHaveAccessibleDescription(/You are rehearsing this problem/);
  await page.clock.fastForward('02:00');

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: new RegExp(STAGES[0].title) }).click();
  await expect(page).toHaveURL(STAGES[0].path);
  await expect(bar(page)).toContainText(problem);
  await expect(bar(page).getByRole('timer')).toHaveText('02:00');
  await page.clock.fastForward('01:00');
  await expect(bar(page).getByRole('timer')).toHaveText('03:00');
  await expect(bar(page)).toContainText(problem);
});

test('"Random prompt" starts a session with one of the bank\'s prompts as the statement', async ({ page }) => {
  // Math.random() of 0.5 draws the middle prompt of the list.
  await page.addInitScript(() => Object.defineProperty(Math, 'random', { value: () => 0.5 }));
  await page.goto('/examples/');
  const prompts = await page.locator('[data-prompt]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.prompt!));
  const drawn = prompts[Math.floor(prompts.length / 2)]!;
  await page.getByRole('button', { name: 'Random prompt' }).click();
  await expect(bar(page)).toContainText(drawn);
  await page.goto(EXAMPLE);
  await expect(bar(page)).toContainText(drawn);
});

test('a phrase used only in one example finds its step, labelled with the example', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the framework' });
  await page.keyboard.type(PHRASE);
  await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', PHRASE);
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText(`Example · ${EXAMPLE_TITLE}`);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${EXAMPLE}(\\?[^#]*)?#[a-z0-9-]+$`));
  const stepId = new URL(page.url()).hash.slice(1);
  // A step: its heading and what follows up to the next heading hold the phrase.
  const step = await page.locator(`h3#${stepId}`).evaluate((h3) => {
    let text = h3.textContent ?? '';
    for (let node = h3.nextElementSibling; node && !/^H[1-3]$/.test(node.tagName); node = node.nextElementSibling) text += ` ${node.textContent}`;
    return text.toLowerCase();
  });
  expect(step).toContain(PHRASE);
});

/** The text of each printed page of `path`. */
async function printed(page: Page, path: string): Promise<string> {
  await page.goto(path);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

test('a printed example has the problem and its steps without the page chrome or the timer button', async ({ page }) => {
  const all = await printed(page, EXAMPLE);
  expect(all).toContain(EXAMPLE_TITLE);
  expect(all).toContain('1. Clarify the requirements');
  expect(all).toContain('What an interviewer may probe');
  for (const chrome of ['On this page', 'Skip to content', 'Rehearse this problem', 'Previous', 'Worked examples', 'Dark theme']) expect(all).not.toContain(chrome);
});

test('a printed stage page leaves out "Applied in"', async ({ page }) => {
  const all = await printed(page, STAGES[3].path);
  const lead = (await page.locator(`li#${CALIBRATION_ITEM} strong`).first().textContent())!.trim();
  await expect(page.locator(`li#${CALIBRATION_ITEM} .applied-in`)).toHaveCount(1);
  expect(all).toContain(lead);
  expect(all).not.toMatch(/applied in/i);
});
