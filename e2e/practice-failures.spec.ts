/**
 * The practice tools where things go wrong: storage that refuses writes or is disabled, and the
 * list of items that cannot load. Both keep working on the page and say what will not be kept.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchCsp } from './practice-helpers.ts';
import { STAGES } from './site.ts';

const toggle = (page: Page) => page.getByRole('button', { name: 'Practice mode' });
const bar = (page: Page) => page.getByRole('region', { name: 'Mock interview timer' });
const notKept = (page: Page) => page.getByText('Progress will not be kept.', { exact: true });

const T0 = new Date('2025-03-03T09:00:00Z').getTime();

const FAILURES = {
  'storage that reads but refuses writes (quota exceeded)': () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'storage that is disabled (reaching localStorage throws)': () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

for (const [condition, script] of Object.entries(FAILURES)) {
  test(`with ${condition}, practice mode and the timer work on the page and the reader is told once that progress will not be kept`, async ({ page }) => {
    const errors = watchCsp(page);
    await page.addInitScript(script);
    await page.clock.install({ time: T0 });
    await page.goto(STAGES[1].path);
    await page.clock.pauseAt(T0 + 60_000);
    await expect(notKept(page)).toHaveCount(0);

    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    const boxes = page.getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    await expect(notKept(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Practice mode on: .* last only until you leave or reload this page\.$/ })).toHaveCount(1);

    await boxes.nth(1).check();
    await expect(boxes.nth(1)).toBeChecked();
    await expect(page.getByText(/^This stage: 1 of \d+ covered/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Stage 2: 1 of \d+ covered\. All stages: 1 of \d+\.$/ })).toHaveCount(1);

    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(bar(page)).toBeVisible();
    await page.clock.fastForward('01:30');
    await expect(bar(page).getByRole('timer')).toHaveText('01:30');
    await bar(page).getByRole('button', { name: 'Pause' }).click();
    await expect(bar(page).getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.clock.fastForward('01:00');
    await expect(bar(page).getByRole('timer')).toHaveText('01:30');

    // Told once, however many writes failed.
    await expect(notKept(page)).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

// The config blocks service workers: no offline copy answers from its cache, past the route that fails the file.
test('without the list of items, practice mode still ticks and says the counts are missing', async ({ page }) => {
  await page.route('**/practice-stages.json', (route) => route.abort('internetdisconnected'));
  await page.goto(STAGES[1].path);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Progress counts are missing.', { exact: true })).toBeVisible();
  await expect(page.locator('.practice-controls').getByText(/The list of items could not load: check your connection and reload the page\./)).toBeVisible();
  const first = page.getByRole('checkbox').first();
  await first.check();
  await expect(first).toBeChecked();
});


test('"Rehearse this problem" on a slow network shows it is busy, and a failure says so beside it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/practice-tools.*.js', async (route) => {
    await answered;
    await route.abort('internetdisconnected');
  });
  await page.goto('/examples/delivery-time-estimation/');
  const rehearse = page.getByRole('button', { name: 'Rehearse this problem' });
  await rehearse.click();
  await expect(rehearse).toHaveAttribute('aria-busy', 'true');
  answer();
  const reason = page.getByRole('alert').filter({ hasText: 'Practice mode could not load: check your connection and try again.' });
  await expect(reason).toBeInViewport();
  await expect(rehearse).not.toHaveAttribute('aria-busy');
  await expect(bar(page)).toBeHidden();
});
