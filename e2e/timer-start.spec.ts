/**
 * Starting a mock interview: the stage hint that follows the length typed, a "Rehearse" on every
 * practice prompt, and what the start controls say and do while another session runs (they stay,
 * say why, and ask before replacing it).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

const T0 = new Date('2025-03-03T09:00:00Z').getTime();
const bar = (page: Page) => page.getByRole('region', { name: 'Mock interview timer' });

async function openWithFrozenClock(page: Page, path: string) {
  await page.clock.install({ time: T0 });
  await page.goto(path);
  await page.clock.pauseAt(T0 + 60_000);
}

test('the stage hint follows the length typed, from the first key on a page that has not loaded the timer yet', async ({ page }) => {
  await openWithFrozenClock(page, STAGES[1].path);
  const minutes = page.getByRole('spinbutton', { name: 'Mock interview length in minutes' });
  await expect(minutes).toHaveAccessibleDescription('Suggested for this stage: 10 min of 45.');
  await minutes.fill('30');
  await expect(minutes).toHaveAccessibleDescription('Suggested for this stage: 6 min 40 s of 30.');
  await minutes.fill('90');
  await expect(page.getByText('Suggested for this stage: 20 min of 90.')).toBeVisible();
  await minutes.fill('5');
  await expect(minutes).toHaveAccessibleDescription('Enter a length from 10 to 180 minutes.');
  await minutes.fill('60');
  await minutes.press('Enter');
  await expect(bar(page)).toContainText('of 1:00:00');
});

test('while a session runs, the start form gives way to a line that says where the timer is', async ({ page }) => {
  await openWithFrozenClock(page, STAGES[2].path);
  const running = page.getByText('A mock interview is running: pause or stop it in the timer bar at the bottom of the window.');
  await expect(running).toBeHidden();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(running).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeHidden();
});

test('each practice prompt has its own "Rehearse", which starts the timer on that prompt', async ({ page }) => {
  await openWithFrozenClock(page, '/examples/');
  const prompts = page.locator('.prompt-list > li');
  const count = await prompts.count();
  expect(count).toBeGreaterThanOrEqual(20);
  await expect(page.locator('.prompt-list').getByRole('button', { name: 'Rehearse' })).toHaveCount(count);
  const third = prompts.nth(2);
  const prompt = (await third.getAttribute('data-prompt'))!;
  const rehearse = third.getByRole('button', { name: 'Rehearse' });
  await expect(rehearse).toHaveAccessibleDescription(prompt);
  await rehearse.click();
  await expect(bar(page)).toContainText(prompt);
  await expect(bar(page).getByRole('timer')).toHaveText('00:00');
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeFocused();
});

test('while a session runs, "Rehearse this problem" on another example says so, and asks before it replaces the session', async ({ page }) => {
  await openWithFrozenClock(page, '/examples/ad-click-prediction/');
  const first = (await page.locator('.example-problem').textContent())!.trim();
  await page.getByRole('button', { name: 'Rehearse this problem' }).click();
  await expect(bar(page)).toContainText(first);
  await page.clock.fastForward('03:00');

  await page.goto('/examples/payment-fraud-detection/');
  const second = (await page.locator('.example-problem').textContent())!.trim();
  const rehearse = page.getByRole('button', { name: 'Rehearse this problem' });
  await expect(rehearse).toBeVisible();
  await expect(rehearse).toHaveAccessibleDescription('A mock interview is running: starting this problem stops it first (you will be asked).');
  await expect(page.getByText('A mock interview is running: starting this problem stops it first')).toBeVisible();

  await rehearse.click();
  const dialog = page.getByRole('dialog', { name: 'Stop the running mock interview?' });
  await expect(dialog).toContainText('A mock interview is running, at 03:00 of 45:00.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(bar(page)).toContainText(first);
  await expect(bar(page).getByRole('timer')).toHaveText('03:00');

  await rehearse.click();
  await dialog.getByRole('button', { name: 'Stop it and start this one' }).click();
  await expect(bar(page)).toContainText(second);
  await expect(bar(page)).not.toContainText(first);
  await expect(bar(page).getByRole('timer')).toHaveText('00:00');
  await expect(rehearse).toHaveAccessibleDescription(/You are rehearsing this problem/);
});

test('"Random prompt" while a session runs asks first, and draws a prompt only when told to', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Math, 'random', { value: () => 0 }));
  await openWithFrozenClock(page, STAGES[0].path);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(bar(page)).toBeVisible();
  await page.goto('/examples/');
  const random = page.getByRole('button', { name: 'Random prompt' });
  await expect(random).toHaveAccessibleDescription('A mock interview is running: starting a prompt stops it first (you will be asked).');
  await random.click();
  const dialog = page.getByRole('dialog', { name: 'Stop the running mock interview?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(bar(page).locator('#timer-problem-text')).toHaveCount(0);
  await random.click();
  await dialog.getByRole('button', { name: 'Stop it and draw a prompt' }).click();
  const drawn = (await page.locator('[data-prompt]').first().getAttribute('data-prompt'))!;
  await expect(bar(page)).toContainText(drawn);
});
