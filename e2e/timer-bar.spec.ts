/**
 * The timer bar as a reader uses it without watching it: the whole problem on a phone, a bar made
 * small (and kept small on the next page), the keyboard's way to Pause, the time left in the tab's
 * title, the chime at each stage change, the screen kept on, high-contrast mode, and axe on each of
 * the bar's states. Time moves only with Playwright's clock.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { openWithRunningTimer, T0 } from './practice-helpers.ts';
import { STAGES } from './site.ts';

const EXAMPLE = '/examples/ad-click-prediction/';
const bar = (page: Page) => page.getByRole('region', { name: 'Mock interview timer' });
const minimize = (page: Page) => bar(page).getByRole('button', { name: 'Minimize timer' });
const box = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);

/** Opens `path` with the page's clock installed and then frozen, so only fastForward moves time. */
async function openWithFrozenClock(page: Page, path: string) {
  await page.clock.install({ time: T0 });
  await page.goto(path);
  await page.clock.pauseAt(T0 + 60_000);
}

/** Starts rehearsing the ad click example's problem, and returns the problem. */
async function rehearseExample(page: Page): Promise<string> {
  await openWithFrozenClock(page, EXAMPLE);
  const problem = (await page.locator('.example-problem').textContent())!.trim();
  await page.getByRole('button', { name: 'Rehearse this problem' }).click();
  await expect(bar(page)).toBeVisible();
  return problem;
}

/** Whether the problem's text is cut short in the bar (its lines run past its box). */
const problemCut = (page: Page) => page.locator('#timer-problem-text').evaluate((p) => p.scrollHeight > p.clientHeight + 1);

for (const width of [320, 375]) {
  test(`at ${width} px the bar shows two lines of the problem, and "Show all" the whole of it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    const problem = await rehearseExample(page);
    const showAll = bar(page).getByRole('button', { name: 'Show all' });
    await expect(showAll).toBeVisible();
    await expect(showAll).toHaveAttribute('aria-expanded', 'false');
    expect(await problemCut(page)).toBe(true);

    await showAll.click();
    const showLess = bar(page).getByRole('button', { name: 'Show less' });
    await expect(showLess).toHaveAttribute('aria-expanded', 'true');
    expect(await problemCut(page)).toBe(false);
    await expect(bar(page).locator('#timer-problem-text')).toContainText(problem);
    // The whole problem fits under the header, with the rest of the bar.
    expect((await box(bar(page))).top).toBeGreaterThanOrEqual(56);

    await showLess.click();
    await expect(showAll).toHaveAttribute('aria-expanded', 'false');
    expect(await problemCut(page)).toBe(true);
  });
}

test('at 1280 px the problem fits, and no "Show all" is offered', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await rehearseExample(page);
  await expect(bar(page).locator('#timer-problem-text')).toBeVisible();
  expect(await problemCut(page)).toBe(false);
  await expect(bar(page).getByRole('button', { name: /^Show (all|less)$/ })).toHaveCount(0);
});

test('the bar minimizes to one line of clock, stage and Pause, and stays so on the next page until shown again', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await rehearseExample(page);
  const full = (await box(bar(page))).height;
  await expect(minimize(page)).toHaveAttribute('aria-pressed', 'false');
  await minimize(page).click();
  await expect(minimize(page)).toHaveAttribute('aria-pressed', 'true');

  /** The bar is one row: clock, stage and Pause side by side, the rest hidden. */
  const expectOneLine = async () => {
    const clock = await box(bar(page).getByRole('timer'));
    const stage = await box(bar(page).getByText('Stage 1', { exact: true }));
    const pause = await box(bar(page).getByRole('button', { name: 'Pause' }));
    for (const other of [stage, pause]) expect(other.top < clock.bottom && clock.top < other.bottom, 'side by side with the clock').toBe(true);
    for (const gone of [bar(page).locator('#timer-problem-text'), bar(page).getByRole('button', { name: 'Plan' }), bar(page).getByRole('button', { name: 'Stop' })]) {
      await expect(gone).toBeHidden();
    }
    expect((await box(bar(page))).height).toBeLessThan(60);
  };
  await expectOneLine();
  expect((await box(bar(page))).height).toBeLessThan(full / 3);

  await page.goto(STAGES[1].path);
  await expect(minimize(page)).toHaveAttribute('aria-pressed', 'true');
  await expectOneLine();

  await minimize(page).click();
  await expect(minimize(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(bar(page).getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(bar(page).locator('#timer-problem-text')).toBeVisible();
});

test('the keyboard reaches Pause in two Tabs and Enter, or with Alt+P from anywhere, and Alt+P goes back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWithRunningTimer(page, STAGES[3].path);
  const pause = bar(page).getByRole('button', { name: 'Pause' });
  await expect(pause).toBeVisible();
  await expect(pause).toHaveAttribute('aria-keyshortcuts', 'Alt+P');
  // The shortcut is on the button for the eye too.
  await expect(pause).toContainText('Alt+P');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Go to the timer (Alt+P)' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(pause).toBeFocused();
  expect(new URL(page.url()).hash, 'the URL stays as it was').toBe('');
  await page.keyboard.press('Enter');
  await expect(bar(page).getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.keyboard.press('Enter');

  // From a link deep in the page, and back to it.
  const link = page.locator('article a[href]').nth(5);
  await link.focus();
  await page.keyboard.press('Alt+P');
  await expect(pause).toBeFocused();
  await page.keyboard.press('Alt+P');
  await expect(link).toBeFocused();

  // Not while a dialog holds the keyboard.
  await bar(page).getByRole('button', { name: 'Stop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop the mock interview?' });
  await page.keyboard.press('Alt+P');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
});

test('the tab title shows the time left in the current stage, says when paused, and is the page\'s own again after stop', async ({ page }) => {
  await openWithFrozenClock(page, STAGES[0].path);
  const own = await page.title();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(bar(page)).toBeVisible();
  await expect(page).toHaveTitle(`05:00 left, stage 1 · ${own}`);
  await page.clock.fastForward('01:30');
  await expect(page).toHaveTitle(`03:30 left, stage 1 · ${own}`);
  await page.clock.fastForward('04:00');
  await expect(page).toHaveTitle(`09:30 left, stage 2 · ${own}`);
  await bar(page).getByRole('button', { name: 'Pause' }).click();
  await expect(page).toHaveTitle(`Paused: 09:30 left, stage 2 · ${own}`);
  await bar(page).getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop timer' }).click();
  await expect(bar(page)).toHaveCount(0);
  await expect(page).toHaveTitle(own);
});

test.describe('the chime', () => {
  // A stand-in for Web Audio that records the tones scheduled, so that nothing really sounds and
  // the test can see what would. `state` is what the browser would allow: 'running' unless a test says otherwise.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const tones: number[] = [];
      Object.assign(window, { tones });
      class StubContext {
        state = (window as unknown as { audioState?: string }).audioState ?? 'running';
        currentTime = 0;
        destination = {};
        createOscillator() {
          const oscillator = { frequency: { value: 0 }, connect: (node: unknown) => node, start: () => tones.push(oscillator.frequency.value), stop: () => undefined };
          return oscillator;
        }
        createGain() {
          return { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (node: unknown) => node };
        }
        resume() {
          // Where sound is held back, resume() waits for a click that never comes.
          return this.state === 'running' ? Promise.resolve() : new Promise(() => undefined);
        }
      }
      Object.defineProperty(window, 'AudioContext', { value: StubContext });
    });
  });
  const tones = (page: Page) => page.evaluate(() => (window as unknown as { tones: number[] }).tones.length);

  test('is off until switched on in the plan, then sounds once as a sample and at each stage change, on every page', async ({ page }) => {
    await openWithFrozenClock(page, STAGES[0].path);
    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(bar(page)).toBeVisible();
    await bar(page).getByRole('button', { name: 'Plan' }).click();
    const chimeSwitch = bar(page).getByRole('button', { name: 'Chime at each stage change' });
    await expect(chimeSwitch).toHaveAttribute('aria-pressed', 'false');

    // Off: stage 1's end passes in silence.
    await page.clock.fastForward('05:00');
    await expect(bar(page)).toContainText('Time for stage 1 is up');
    expect(await tones(page)).toBe(0);

    await chimeSwitch.click();
    await expect(chimeSwitch).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => tones(page), { message: 'the sample: two tones' }).toBe(2);

    // Remembered on the next page, where stage 2's end chimes.
    await page.goto(STAGES[1].path);
    await expect(bar(page)).toBeVisible();
    await bar(page).getByRole('button', { name: 'Plan' }).click();
    await expect(bar(page).getByRole('button', { name: 'Chime at each stage change' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await page.clock.fastForward('10:00');
    await expect(bar(page)).toContainText('Time for stage 2 is up');
    await expect.poll(() => tones(page), { message: 'two tones at the stage change' }).toBe(2);
    // Said once: a reload does not chime again for the same change.
    await page.reload();
    await expect(bar(page)).toContainText('Time for stage 2 is up');
    expect(await tones(page)).toBe(0);
  });

  test('says so in the bar when the browser holds the sound back', async ({ page }) => {
    await page.addInitScript(() => Object.assign(window, { audioState: 'suspended' }));
    await page.addInitScript(() => localStorage.setItem('mf-timer-chime', 'on'));
    await openWithFrozenClock(page, STAGES[0].path);
    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(bar(page)).toBeVisible();
    await page.clock.fastForward('05:00');
    await expect(bar(page)).toContainText('Time for stage 1 is up');
    await page.clock.fastForward('00:02');
    await expect(bar(page)).toContainText('The chime could not sound: this browser plays sound only after a click or key press on the page.');
  });
});

test('the screen is kept on while the timer runs, let go on pause and stop, and asked for again when the page shows again', async ({ page }) => {
  // A stand-in for the Screen Wake Lock API that records what the page asks for and lets go of, and
  // a page whose visibility the test sets.
  await page.addInitScript(() => {
    const log: string[] = [];
    let visibility = 'visible';
    let current: (EventTarget & { release: () => Promise<void> }) | undefined;
    Object.assign(window, {
      wakeLog: log,
      setVisibility(state: string) {
        visibility = state;
        // The browser lets the lock go when the page is hidden.
        if (state === 'hidden') current?.dispatchEvent(new Event('release'));
        document.dispatchEvent(new Event('visibilitychange'));
      },
    });
    Object.defineProperty(document, 'visibilityState', { get: () => visibility });
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async (type: string) => {
          log.push(`request ${type}`);
          const sentinel = Object.assign(new EventTarget(), {
            release: async () => {
              log.push('release');
              sentinel.dispatchEvent(new Event('release'));
            },
          });
          current = sentinel;
          return sentinel;
        },
      },
    });
  });
  const log = () => page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog.join(', '));
  await openWithFrozenClock(page, STAGES[0].path);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect.poll(log).toBe('request screen');
  await bar(page).getByRole('button', { name: 'Plan' }).click();
  await expect(bar(page).getByText('The screen stays on while the timer runs.')).toBeVisible();
  await page.keyboard.press('Escape');

  await bar(page).getByRole('button', { name: 'Pause' }).click();
  await expect.poll(log).toBe('request screen, release');
  await bar(page).getByRole('button', { name: 'Resume' }).click();
  await expect.poll(log).toBe('request screen, release, request screen');

  await page.evaluate(() => (window as unknown as { setVisibility: (s: string) => void }).setVisibility('hidden'));
  await page.clock.fastForward('00:05');
  expect(await log()).toBe('request screen, release, request screen');
  await page.evaluate(() => (window as unknown as { setVisibility: (s: string) => void }).setVisibility('visible'));
  await expect.poll(log).toBe('request screen, release, request screen, request screen');

  await bar(page).getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop timer' }).click();
  await expect.poll(log).toBe('request screen, release, request screen, request screen, release');
});

test('where the browser cannot keep the screen on, the plan says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'wakeLock', { value: { request: () => Promise.reject(new DOMException('Battery saver is on.', 'NotAllowedError')) } });
  });
  await openWithFrozenClock(page, STAGES[0].path);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await bar(page).getByRole('button', { name: 'Plan' }).click();
  await expect(bar(page).getByText('This browser would not keep the screen on (Battery saver is on.): it may turn off during the run.')).toBeVisible();
});

test('in high-contrast mode the bar keeps its top edge and its stage track', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openWithFrozenClock(page, STAGES[0].path);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.fastForward('02:30');
  // An edge in the text's colour, thick enough to see against the page.
  const edge = await bar(page).evaluate((element) => {
    const style = getComputedStyle(element);
    return { width: parseFloat(style.borderTopWidth), style: style.borderTopStyle, inTextColour: style.borderTopColor === style.color };
  });
  expect(edge.width).toBeGreaterThanOrEqual(2);
  expect(edge).toMatchObject({ style: 'solid', inTextColour: true });
  const parts = await bar(page).locator('.timer-part').evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return { edge: style.borderTopStyle, fill: style.backgroundImage.includes('gradient') };
    }),
  );
  expect(parts).toHaveLength(6);
  for (const part of parts) expect(part).toEqual({ edge: 'solid', fill: true });
});

for (const [width, height] of [
  [320, 568],
  [1280, 800],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing at ${width} px, ${theme}: the page with the bar, then the bar with its plan, the whole problem, and minimized`, async ({ page }) => {
      // Four axe runs (one of the whole page, at 3 to 15 s on a busy machine) in one test.
      test.slow();
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height });
      // No fake clock here: axe runs on timers of its own, which it would slow to a crawl. The
      // session is stored as started 5 min 10 s ago, so the bar shows stage 1's notice.
      await page.goto(EXAMPLE);
      await page.evaluate(() => {
        const problem = document.querySelector('.example-problem')!.textContent!.trim();
        localStorage.setItem('mf-mock-timer', JSON.stringify({ v: 1, startedAt: Date.now() - 310_000, minutes: 45, pausedAt: null, pausedMs: 0, notified: 0, problem }));
      });
      await page.reload();
      await expect(bar(page)).toContainText('Time for stage 1 is up');
      expect(await axeViolations(page), 'the page').toEqual([]);
      // Then the bar alone (the plan is inside it, shown in the top layer), for each of its states.
      await bar(page).getByRole('button', { name: 'Plan' }).click();
      await expect(page.locator('#timer-plan')).toBeVisible();
      expect(await axeViolations(page, ['.timer-bar']), 'with the plan').toEqual([]);
      await page.keyboard.press('Escape');
      if (width < 800) {
        await bar(page).getByRole('button', { name: 'Show all' }).click();
        expect(await axeViolations(page, ['.timer-bar']), 'with the whole problem').toEqual([]);
      }
      await minimize(page).click();
      await expect(minimize(page)).toHaveAttribute('aria-pressed', 'true');
      expect(await axeViolations(page, ['.timer-bar']), 'minimized').toEqual([]);
    });
  }
}
