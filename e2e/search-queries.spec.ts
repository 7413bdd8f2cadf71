/**
 * What a reader sees first for the words people actually type (issue 15): exact item phrases,
 * single words, acronyms and aliases, typos, absent words and ranking. One page and one open
 * dialog serve the whole table, so it runs in seconds; each query is its own step, and a wrong
 * answer fails the test without stopping the other queries.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

const [STAGE_1, STAGE_2, STAGE_3, STAGE_4, STAGE_5] = STAGES.map((stage) => stage.path);

// The items the table expects, by their published links.
const AB_TEST = `${STAGE_5}#design-the-ab-test`;
const LATENCY = `${STAGE_5}#state-the-latency-budget-and-throughput`;
const DRIFT = `${STAGE_5}#detect-drift-and-name-its-kind`;
const FAST_AND_SMALL = `${STAGE_5}#make-the-model-fast-and-small-enough`;
const OFFLINE_METRICS = `${STAGE_4}#pick-offline-metrics-that-match-the-task`;
const EXPLAIN = `${STAGE_4}#explain-the-model-and-run-ablations`;
const MODEL_FAMILY = `${STAGE_4}#pick-a-model-family-that-fits-the-task`;
const CALIBRATE = `${STAGE_4}#calibrate-scores-used-as-probabilities`;
const METRICS = `${STAGE_2}#metrics`;
const FUNNEL = `${STAGE_2}#split-a-large-catalog-into-a-multi-stage-funnel`;
const PERSONAL_DATA = `${STAGE_3}#what-personal-data-is-involved-and-how-is-it-protected`;
const SPLIT = `${STAGE_3}#split-the-data-so-nothing-leaks-from-the-future`;
const SAME_FEATURES = `${STAGE_3}#compute-features-the-same-way-in-training-and-serving`;
const REPEAT_BACK = `${STAGE_1}#repeat-back-the-problem-in-your-own-words`;
const COMPARE_MODELS = `${STAGE_4}#compare-candidate-models-on-their-trade-offs`;
const LOSS = `${STAGE_4}#choose-a-loss-that-stands-in-for-the-business-metric`;
// The items for systems that generate text, code or images.
const LATENCY_IN_TOKENS = `${STAGE_5}#latency-in-tokens`;
const GUARD = `${STAGE_5}#guard-inputs-and-outputs`;
const RAG = `${STAGE_2}#retrieval-grounded-architecture`;
const ADAPT = `${STAGE_4}#adapt-the-model-cheaply`;
const EVALUATE_GENERATION = `${STAGE_4}#evaluate-generation`;

/**
 * One row: the query, and what the reader sees.
 * - `first`: the first result's link; `firstOf`: one of these links is first.
 * - `none`: "No results for …" and no list; `suggests`: with "Did you mean" these words.
 * - `correctedTo`: the results shown are those of this word, labelled as such.
 * - `beforeNotes`: this result comes before every note and resource result.
 * - `firstOn`: the first result is on this page (an item of it, or the page).
 * - `partial`: results, said to hold only some of the words.
 * Every row whose query is not `correctedTo` another shows results for the words typed, or none.
 */
interface Row {
  query: string;
  first?: string;
  firstOf?: string[];
  none?: true;
  suggests?: string[];
  correctedTo?: string;
  beforeNotes?: string;
  firstOn?: string;
  partial?: true;
}

const QUERIES: Row[] = [
  // Exact item phrases.
  { query: 'Is ML needed at all?', first: `${STAGE_2}#is-ml-needed-at-all` },
  { query: 'What are the business-level goals of the system?', first: `${STAGE_1}#what-are-the-business-level-goals-of-the-system` },
  { query: 'Where do the labels come from?', first: `${STAGE_3}#where-do-the-labels-come-from` },
  { query: 'multi-stage funnel', first: FUNNEL },
  { query: 'class imbalance', first: `${STAGE_3}#handle-class-imbalance` },
  // Single words.
  { query: 'latency', first: LATENCY },
  { query: 'drift', first: DRIFT },
  { query: 'calibrate', first: CALIBRATE },
  { query: 'hyperparameters', first: `${STAGE_4}#tune-hyperparameters-systematically` },
  { query: 'guardrail', first: `${STAGE_2}#name-guardrail-metrics-that-must-not-get-worse` },
  { query: 'baselines', first: `${STAGE_4}#set-baselines-to-beat` },
  { query: 'personalized', first: `${STAGE_1}#will-the-product-need-to-be-personalized-to-each-user-if-so-what-kind-of-user-data-do-we-have-available-to-us` },
  { query: 'status quo', first: `${STAGE_1}#is-there-any-portion-of-this-system-already-in-place-or-are-we-building-everything-from-scratch` },
  // Acronyms, their expansions, and the aliases items declare.
  { query: 'A/B', first: AB_TEST },
  { query: 'ab test', first: AB_TEST },
  { query: 'online experiment', first: AB_TEST },
  { query: 'AUC', first: OFFLINE_METRICS },
  { query: 'precision at k', first: OFFLINE_METRICS },
  { query: 'SHAP', first: EXPLAIN },
  { query: 'GDPR', first: PERSONAL_DATA },
  { query: 'PII', first: PERSONAL_DATA },
  { query: 'CTR', first: METRICS },
  { query: 'click-through rate', first: METRICS },
  { query: 'two-tower', firstOf: [MODEL_FAMILY, FUNNEL] },
  { query: 'dual encoder', firstOf: [MODEL_FAMILY, FUNNEL] },
  { query: 'ANN', firstOf: [FAST_AND_SMALL, FUNNEL] },
  { query: 'approximate nearest neighbour', firstOf: [FAST_AND_SMALL, FUNNEL] },
  { query: 'PSI', first: DRIFT },
  // Generative systems: the acronyms and names a reader types.
  { query: 'TTFT', first: LATENCY_IN_TOKENS },
  { query: 'RAG', first: RAG },
  { query: 'LoRA', first: ADAPT },
  { query: 'LLM as a judge', first: EVALUATE_GENERATION },
  { query: 'prompt injection', first: GUARD },
  // The item that sizes the KV cache per token, not the one that pages it.
  { query: 'KV cache', first: LATENCY_IN_TOKENS },
  // Other forms of a word (-ing, -ation, plurals) match before any other word is suggested.
  { query: 'clarification', firstOn: `${STAGE_1}` },
  { query: 'clarifying', firstOn: `${STAGE_1}` },
  { query: 'clarifying questions', first: REPEAT_BACK },
  { query: 'calibrating', first: CALIBRATE },
  // The names candidates type for what the pages say otherwise: each item declares them as aliases.
  { query: 'ask the interviewer', first: REPEAT_BACK },
  { query: 'temporal split', first: SPLIT },
  { query: 'time series', first: SPLIT },
  { query: 'k-fold', first: COMPARE_MODELS },
  { query: 'LTR', first: MODEL_FAMILY },
  { query: 'MTL', first: MODEL_FAMILY },
  { query: 'RMSE', first: LOSS },
  { query: 'log loss', first: LOSS },
  { query: 'logloss', first: LOSS },
  { query: 'log-loss', first: LOSS },
  { query: 'train/serve skew', first: SAME_FEATURES },
  { query: 'train serve skew', first: SAME_FEATURES },
  // A question no item holds word for word: the items with most of its words.
  { query: 'how do I handle data leakage when the labels arrive late', partial: true },
  // Found by its topic words: "how" and "to" rank no resource that happens to hold them first.
  { query: 'how to handle class imbalance', partial: true, first: `${STAGE_3}#handle-class-imbalance` },
  // Typos: one clear correction shows its results; several are offered.
  { query: 'latncy', correctedTo: 'latency', first: LATENCY },
  // The corrected word is in the title of an example step about calibration, and in the item's text.
  { query: 'calibraton', correctedTo: 'calibration', firstOf: [CALIBRATE, '/examples/ad-click-prediction/#normalized-entropy-and-calibration-on-the-next-day'] },
  { query: 'lable', none: true, suggests: ['label', 'table', 'able'] },
  // Words the site does not contain: no results, not matches on a shorter fragment.
  { query: 'bert', none: true },
  { query: 'kubernetes', none: true },
  { query: 'tensorflow', none: true },
  { query: 'qzxvwjkk', none: true },
  // Markup pasted into the box: no results, and no "Did you mean" that corrects one word of it (the UX audit's c3).
  { query: '<img src=x onerror=alert(1)>', none: true, suggests: [] },
  // Ranking: an item above notes and resources; a note first for its own title.
  { query: 'leakage', first: '/notes/data-leakage/', beforeNotes: SPLIT },
  { query: 'data leakage', first: '/notes/data-leakage/', beforeNotes: SPLIT },
  { query: 'proxies', beforeNotes: METRICS },
  { query: 'Goodhart', first: '/notes/goodharts-law/' },
  { query: 'reward hacking', first: '/notes/goodharts-law/#reward-hacking' },
];

/** Site path and hash of each result, and its section label, in order. */
async function results(dialog: Locator) {
  return dialog.getByRole('option').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return { link: `${url.pathname}${url.hash}`, section: a.querySelector('.search-result-section')?.textContent ?? '' };
    }),
  );
}

/** Opens search once on the home page; returns the dialog and a function that runs one query in it. */
async function openSearch(page: Page) {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the framework' });
  const combobox = dialog.getByRole('combobox', { name: 'Search the framework' });
  const list = dialog.locator('[role="listbox"]');
  await expect(combobox).toBeFocused();
  /** Types the query and waits until the list is for `shown` (the query, or its correction). */
  const run = async (query: string, shown = query) => {
    // Clearing first makes sure the list was redrawn for this query, not left from an earlier one.
    if (await combobox.inputValue()) {
      await combobox.fill('');
      await expect(list).toHaveAttribute('data-query', '');
    }
    await combobox.fill(query);
    await expect(list).toHaveAttribute('data-query', shown.trim());
  };
  return { dialog, combobox, status: dialog.getByRole('status'), run };
}

test(`${QUERIES.length} queries: what the reader sees first`, async ({ page }) => {
  // Over forty queries in one test: the default 30 s is for one interaction, and a busy machine needs more.
  test.setTimeout(120_000);
  expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  const { dialog, status, run } = await openSearch(page);
  for (const row of QUERIES) {
    await test.step(`"${row.query}"`, async () => {
      await run(row.query, row.correctedTo);
      const found = await results(dialog);
      if (row.none) {
        expect.soft(found, `"${row.query}" shows no results`).toEqual([]);
        await expect.soft(status).toContainText(`No results for “${row.query}”`);
      }
      if (row.suggests) await expect.soft(status.getByRole('button')).toHaveText(row.suggests);
      if (row.correctedTo) await expect.soft(status).toHaveText(new RegExp(`^No results for “${row.query}”\\. Showing \\d+ results? for “${row.correctedTo}”`));
      else await expect.soft(status, `"${row.query}" is not replaced by another word`).not.toContainText('Showing');
      if (row.partial) {
        expect.soft(found.length, `"${row.query}" shows results`).toBeGreaterThan(0);
        await expect.soft(status).toContainText('none with every word');
      }
      if (row.firstOn) expect.soft(found[0]?.link.split('#')[0], `first result for "${row.query}"`).toBe(row.firstOn);
      if (row.first) expect.soft(found[0]?.link, `first result for "${row.query}"`).toBe(row.first);
      if (row.firstOf) expect.soft(row.firstOf, `first result for "${row.query}"`).toContain(found[0]?.link);
      if (row.beforeNotes) {
        const at = found.findIndex((r) => r.link === row.beforeNotes);
        const firstOther = found.findIndex((r) => /^(Note|Resource)\b/.test(r.section) && r.link !== row.first);
        expect.soft(at, `"${row.query}" shows ${row.beforeNotes}`).toBeGreaterThanOrEqual(0);
        if (firstOther >= 0) expect.soft(at, `"${row.query}": ${row.beforeNotes} before the notes and resources`).toBeLessThan(firstOther);
      }
    });
  }
});

test('a suggestion is taken with a click, and Enter then lands on the item', async ({ page }) => {
  const { dialog, combobox, run } = await openSearch(page);
  await run('lable');
  await dialog.getByRole('status').getByRole('button', { name: 'label', exact: true }).click();
  await expect(combobox).toHaveValue('label');
  await expect(combobox).toBeFocused();
  await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', 'label');
  const first = (await results(dialog))[0]!.link;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(first);
  await expect(page.locator('mark.search-hit').first()).toHaveText(/^label/i);
});

test('a clear correction is shown at once, and Enter opens its first result', async ({ page }) => {
  const { run } = await openSearch(page);
  await run('latncy', 'latency');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(LATENCY);
  await expect(page.locator(`#${LATENCY.split('#')[1]} mark.search-hit`).first()).toHaveText('latency');
});

test('short fragments mark nothing the reader did not type as a word on the landing page', async ({ page }) => {
  await page.goto(`${STAGE_5}?highlight=A%2FB#design-the-ab-test`);
  const marks = page.locator('mark.search-hit');
  await expect(marks.first()).toBeVisible();
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['A/B']));
  // A two-letter last word is not a prefix: "ab" marks "A/B", never "about" or "above".
  await page.goto(`${STAGE_5}?highlight=ab#design-the-ab-test`);
  await expect(marks.first()).toBeVisible();
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['A/B']));
});

test('"clarification" finds the forms of "clarify" on stage 1 instead of becoming "classification"', async ({ page }) => {
  const { dialog, status, run } = await openSearch(page);
  await run('clarification');
  await expect(status).toHaveText(/^\d+ results? for “clarification”/);
  await expect(status).not.toContainText('classification');
  const first = dialog.getByRole('option').first();
  await expect(first.locator('.search-result-section')).toHaveText(/^(Stage 1|1 · Clarify)/);
  expect((await results(dialog))[0]?.link.split('#')[0]).toBe(STAGE_1);
});

test('a correction names the words typed and offers them: the click searches them as typed', async ({ page }) => {
  const { dialog, combobox, status, run } = await openSearch(page);
  await run('latncy', 'latency');
  const original = status.getByRole('button', { name: 'Search for “latncy” as typed' });
  await original.click();
  await expect(combobox).toHaveValue('latncy');
  await expect(combobox).toBeFocused();
  await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('data-query', 'latncy');
  await expect(status).toContainText('No results for “latncy”');
  await expect(status.getByRole('button', { name: 'latency', exact: true })).toBeVisible();
  expect(await results(dialog)).toEqual([]);
});

test('"calibration": a plain count, and "Show more results" adds the other steps about calibration', async ({ page }) => {
  const { dialog, combobox, status, run } = await openSearch(page);
  await run('calibration');
  await expect(status).toHaveText(/^(\d+) results for “calibration” Show more results$/);
  const before = (await results(dialog)).length;
  await status.getByRole('button', { name: 'Show more results' }).click();
  await expect(combobox).toBeFocused();
  await expect(status).toHaveText(/^\d+ results for “calibration”$/);
  const after = await results(dialog);
  expect(after.length).toBeGreaterThan(before);
  const count = Number((await status.textContent())!.match(/^\d+/)![0]);
  expect(count).toBe(after.length);
  // The example steps the first list left out (audit m2) are there, the item still first.
  expect(after[0]?.link).toBe(CALIBRATE);
  const titles = await dialog.locator('.search-result-title').allTextContents();
  expect(titles).toEqual(expect.arrayContaining(['Calibrate, then set two thresholds', 'Calibrate per slice, not only overall']));
});

test('an excerpt shows the sentence that matched, not the item\'s aliases, and no label runs into its value', async ({ page }) => {
  const { dialog, run } = await openSearch(page);
  await run('A/B test power');
  const excerpt = dialog.getByRole('option').first().locator('.search-result-excerpt');
  await expect(excerpt).toContainText('statistical power');
  await expect(excerpt).not.toContainText('online experiment, controlled experiment');
  await run('rare-event classification');
  await expect(dialog.getByRole('option').first()).not.toContainText(/marketplace\.Shape|adversaryStresses/);
});
