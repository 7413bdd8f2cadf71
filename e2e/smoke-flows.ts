/**
 * What a reader does on the built site, written once against the Driver (e2e/driver.ts) and run in
 * Chromium (e2e/smoke.spec.ts), in Firefox (e2e/smoke.firefox.ts) and in WebKit (e2e/smoke.webkit.ts).
 * Each runner also fails a flow on a console error, an uncaught page error, a CSP violation or a
 * request leaving localhost.
 * The Chromium specs test each behaviour in depth; these are the paths a reader notices first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Driver } from './driver.ts';
import { STAGES } from './site.ts';

/** One flow: a name for the test, and the steps. */
export interface Flow {
  name: string;
  run(d: Driver): Promise<void>;
}

const STATUS_QUO_ITEM = 'is-there-any-portion-of-this-system-already-in-place-or-are-we-building-everything-from-scratch';
const FORMER_METRICS_ID = 'propose-the-metrics-you-will-use-to-evaluate-the-system-in-production-and-offline-if-applicable';

/** Waits until `fn` holds in the page, failing with what was awaited. */
async function until<A>(d: Driver, what: string, fn: (arg: A) => unknown, arg?: A) {
  try {
    await d.waitUntil(fn, arg);
  } catch (error) {
    throw new Error(`${d.engine}: still waiting until ${what}`, { cause: error });
  }
}

/** Waits until a link or key has opened `path` (with its hash, if given) and the page has loaded. */
const opened = (d: Driver, what: string, path: string) =>
  until(d, `${what} opens ${path}`, (path) => `${location.pathname}${location.hash}`.startsWith(path) && document.readyState === 'complete', path);

/** The open page's path and hash. */
const where = (d: Driver) => d.evaluate(() => `${location.pathname}${location.hash}`);

/** Whether the element is in view below the sticky header (not under it). */
function shownBelowHeader(selector: string) {
  const rect = document.querySelector(selector)!.getBoundingClientRect();
  return rect.top >= document.querySelector('.site-header')!.getBoundingClientRect().bottom - 1 && rect.top < innerHeight;
}

/**
 * Whether the element with `id` is the page's target (directly or through a former id) and, with
 * `drawn`, marked as such. Waited for, not read once: an engine may draw the item before :target applies.
 */
const isTarget = (arg: { id: string; drawn: boolean }) => {
  const item = document.getElementById(arg.id)!;
  const style = getComputedStyle(item);
  return item.matches(':target, :has(> .former-id:target)') && (!arg.drawn || `${style.borderLeftWidth} ${style.outlineStyle}` === '6px dashed');
};

/** Every page the sitemap lists, as a site path. */
function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** The smoke flows, in the order they run. */
export const smokeFlows: Flow[] = [
  {
    name: 'every page of the sitemap loads, with its title',
    async run(d) {
      const paths = sitemapPaths();
      assert.ok(paths.length > 15, `${paths.length} pages in the sitemap`);
      for (const path of paths) {
        await d.goto(path);
        assert.ok((await d.text('h1')).trim().length > 0, `${path} has a title`);
      }
    },
  },
  {
    name: 'the sidebar, previous/next and "On this page" move around the site',
    async run(d) {
      const current = () => d.evaluate(() => document.querySelector('#sidebar [aria-current="page"]')?.getAttribute('href'));
      await d.goto(STAGES[0].path);
      assert.deepEqual(
        await d.evaluate(() => [...document.querySelectorAll('#sidebar .sidebar-links')[0]!.querySelectorAll('a')].map((a) => a.pathname)),
        STAGES.map((s) => s.path),
      );
      assert.equal(await current(), STAGES[0].path);
      await d.click(`#sidebar a[href="${STAGES[2].path}"]`);
      await opened(d, 'the sidebar link', STAGES[2].path);
      assert.equal(await current(), STAGES[2].path);
      await d.click('.prev-next a[rel="next"]');
      await opened(d, '"Next"', STAGES[3].path);
      await d.click('.prev-next a[rel="prev"]');
      await opened(d, '"Previous"', STAGES[2].path);

      const hash = await d.evaluate(() => [...document.querySelectorAll('toc-spy li.toc-heading > a')].at(-1)!.getAttribute('href')!);
      await d.click(`toc-spy a[href="${hash}"]`);
      await until(d, `the last "On this page" heading ${hash} is shown below the header`, shownBelowHeader, hash);
      assert.equal(await where(d), `${STAGES[2].path}${hash}`);
      await until(d, 'its entry is marked current', (hash) => document.querySelector('toc-spy a[aria-current="true"]')?.getAttribute('href') === hash, hash);
    },
  },
  {
    name: 'a deep link, or a former id, lands on its item below the header, marked',
    async run(d) {
      const path = STAGES[1].path;
      await d.goto(path);
      // The last item, so that landing means scrolling.
      const id = await d.evaluate(() => [...document.querySelectorAll('article li.checklist-item')].at(-1)!.id);
      for (const [fragment, landsOn] of [[id, id], [FORMER_METRICS_ID, 'metrics']] as const) {
        // From another page, so that the link loads the page rather than scrolling the open one.
        await d.goto('/');
        await d.goto(`${path}#${fragment}`);
        await until(d, `#${fragment} is shown below the header`, shownBelowHeader, `#${landsOn}`);
        await until(d, `#${landsOn} is the target, marked with a 6px edge and a dashed outline`, isTarget, { id: landsOn, drawn: true });
      }
    },
  },
  {
    name: "an item's copy control copies its absolute share URL and says so",
    async run(d) {
      await d.goto(STAGES[2].path);
      const id = await d.evaluate(() => document.querySelectorAll('article li.checklist-item')[2]!.id);
      await d.hover(`li#${id}`);
      await d.click(`li#${id} > copy-link a`);
      await until(d, '"Share link copied" is announced', () => document.getElementById('copy-status')?.textContent === 'Share link copied');
      assert.equal(await d.evaluate(() => navigator.clipboard.readText()), `${d.origin}/i/data-and-features/${id}/`);
      assert.equal(await where(d), `${STAGES[2].path}#${id}`);
    },
  },
  {
    name: 'without the Clipboard API the copy control shows the URL selected',
    async run(d) {
      await d.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await d.goto(STAGES[0].path);
      const id = await d.evaluate(() => document.querySelector('article li.checklist-item')!.id);
      await d.hover(`li#${id}`);
      await d.click(`li#${id} > copy-link a`);
      await until(d, 'the URL is offered in a focused field', () => document.activeElement?.classList.contains('beside-note'));
      assert.deepEqual(
        await d.evaluate(() => {
          const field = document.activeElement as HTMLInputElement;
          return { value: field.value, selected: field.selectionEnd! - field.selectionStart! };
        }),
        { value: `${d.origin}/i/clarify-requirements/${id}/`, selected: `${d.origin}/i/clarify-requirements/${id}/`.length },
      );
      assert.match(await d.text('#copy-status'), /Control\+C/);
    },
  },
  {
    name: '"/" and Ctrl+K open search; a result lands on its item with the words marked',
    async run(d) {
      const isOpen = () => document.querySelector<HTMLDialogElement>('dialog.search-dialog')!.open && document.activeElement?.id === 'site-search-input';
      await d.goto(STAGES[3].path);
      // A reader's keys go to the page they are reading: WebKitGTK's MiniBrowser can leave keyboard
      // focus in its own address bar after a navigation, and then "/" never reaches the page.
      await d.click('article h1');
      await d.press('/');
      await until(d, '"/" opens search with its field focused', isOpen);
      await d.type('status quo');
      await until(d, 'the results for "status quo" are listed', () => document.getElementById('site-search-results')!.dataset.query === 'status quo');
      const first = await d.evaluate(() => {
        const option = document.querySelector('#site-search-results [role="option"]')!;
        return { text: option.textContent!, marks: [...option.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase()) };
      });
      assert.match(first.text, /1 · Clarify and gather requirements/);
      assert.match(first.text, /Is there any portion of this system already in place/);
      assert.deepEqual(first.marks, ['status', 'quo']);
      await d.press('ArrowDown');
      await d.press('Enter');
      await opened(d, 'Enter on the first result', `${STAGES[0].path}#${STATUS_QUO_ITEM}`);
      await until(d, 'the item is shown below the header', shownBelowHeader, `#${STATUS_QUO_ITEM}`);
      await until(d, 'the item is the target', isTarget, { id: STATUS_QUO_ITEM, drawn: false });
      await until(d, 'the searched words are marked in the item', (id) =>
        [...document.querySelectorAll(`#${id} mark.search-hit`)].map((mark) => mark.textContent).join(' ') === 'status quo', STATUS_QUO_ITEM);

      await d.press('Control+K');
      await until(d, 'Ctrl+K opens search too', isOpen);
      await d.press('Escape');
      await until(d, 'Escape closes it', () => !document.querySelector<HTMLDialogElement>('dialog.search-dialog')!.open);
    },
  },
  {
    name: 'practice mode ticks items, counts them in the sidebar, and keeps them over a reload',
    async run(d) {
      const ticks = () => d.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('article .practice-check')].slice(0, 3).map((box) => box.checked));
      const badge = (path: string) => d.text(`#sidebar a[href="${path}"] .practice-badge`);
      await d.goto(STAGES[1].path);
      const ids = await d.evaluate(() => [...document.querySelectorAll('article li.checklist-item')].map((li) => li.id));
      await d.click('[data-practice-toggle]');
      await until(d, 'every item has a checkbox', (count) => document.querySelectorAll('article .practice-check').length === count, ids.length);
      // The first and the third item's own checkbox (it comes before those of nested lists).
      await d.click(`li#${ids[0]} .practice-check`);
      await d.click(`li#${ids[2]} .practice-check`);
      assert.deepEqual(await ticks(), [true, false, true]);
      await until(d, 'the sidebar counts two covered', (path) => document.querySelector(`#sidebar a[href="${path}"] .practice-badge`)?.textContent?.startsWith('2 / '), STAGES[1].path);

      await d.reload();
      await until(d, 'practice mode is still on', () => document.querySelectorAll('article .practice-check').length > 0);
      assert.equal(await d.evaluate(() => document.querySelector('[data-practice-toggle]')!.getAttribute('aria-pressed')), 'true');
      assert.deepEqual(await ticks(), [true, false, true]);
      assert.match(await badge(STAGES[1].path), /^2 \/ \d+/);
    },
  },
  {
    name: 'the mock-interview timer starts, and keeps running on the next page',
    async run(d) {
      const clock = () => d.text('.timer-bar [role="timer"]');
      await d.goto(STAGES[0].path);
      await d.click('form[data-timer-start] button[type="submit"]');
      await d.waitFor('.timer-bar');
      assert.match(await d.text('.timer-bar'), /Stage 1 · Clarify and gather requirements/);
      // Focus on the bar's Pause (its text ends with its shortcut, hidden from assistive tech).
      assert.match(await d.evaluate(() => (document.activeElement?.closest('.timer-bar') ? document.activeElement.textContent : null)) ?? '', /^Pause/);
      await until(d, 'the clock passes 00:00', () => document.querySelector('.timer-bar [role="timer"]')!.textContent !== '00:00');
      const before = await clock();
      await d.click(`#sidebar a[href="${STAGES[1].path}"]`);
      await opened(d, 'the sidebar link', STAGES[1].path);
      await d.waitFor('.timer-bar');
      assert.ok((await clock()) >= before, `${await clock()} after ${before}`);
      await until(d, 'the clock still runs', (before) => document.querySelector('.timer-bar [role="timer"]')!.textContent! > before, await clock());
    },
  },
  {
    name: 'the theme toggle switches to dark, and the next page is dark before its body exists',
    async run(d) {
      await d.addInitScript(() => {
        // Where the parser was when the theme attribute was first set on this document.
        new MutationObserver((_, observer) => {
          (window as unknown as { themeSetBeforeBody: boolean }).themeSetBeforeBody = document.body === null;
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
      });
      const look = () =>
        d.evaluate(() => ({
          theme: document.documentElement.dataset.theme,
          background: getComputedStyle(document.documentElement).backgroundColor,
          early: (window as unknown as { themeSetBeforeBody?: boolean }).themeSetBeforeBody,
        }));
      await d.goto(STAGES[0].path);
      const light = await look();
      assert.equal(light.theme, 'light', 'the system preference (light) applies first');
      await d.click('theme-toggle button');
      await until(d, 'the page turns dark', () => document.documentElement.dataset.theme === 'dark');
      const dark = (await look()).background;
      assert.notEqual(dark, light.background);
      await d.click('.prev-next a[rel="next"]');
      await opened(d, '"Next"', STAGES[1].path);
      assert.deepEqual(await look(), { theme: 'dark', background: dark, early: true });
    },
  },
  {
    name: "at a phone's size the menu opens below the header, scrolls alone, and Escape closes it",
    async run(d) {
      const shown = () => d.evaluate(() => document.getElementById('sidebar')!.checkVisibility());
      const { width, height } = d.phone ?? { width: 375, height: 667 };
      await d.setViewport(width, height);
      await d.goto(STAGES[2].path);
      assert.equal(await shown(), false, 'the sidebar is folded');
      await d.click('menu-toggle button');
      await until(d, 'the menu opens', () => document.getElementById('sidebar')!.checkVisibility());
      const box = await d.evaluate(() => {
        const panel = document.getElementById('sidebar')!.getBoundingClientRect();
        return {
          top: panel.top,
          bottom: panel.bottom,
          header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
          label: document.querySelector('#sidebar .sidebar-label')!.getBoundingClientRect().top,
          expanded: document.querySelector('menu-toggle button')!.getAttribute('aria-expanded'),
        };
      });
      assert.ok(Math.abs(box.top - box.header) < 1 && Math.abs(box.bottom - height) < 1, `panel ${box.top}–${box.bottom}, header ends at ${box.header}`);
      assert.ok(box.label >= box.header - 1, `the first label (top ${box.label}) shows below the header (${box.header})`);
      assert.equal(box.expanded, 'true');
      // Two frames for the browser to take in the page's overflow: hidden: WebKit scrolls on a thread
      // of its own, which a wheel sent the moment the panel opens can reach before that.
      await d.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      for (let i = 0; i < 4; i++) await d.wheel(width / 2, (box.top + box.bottom) / 2, 600);
      await until(d, "the panel's last link scrolls into view", () => {
        const last = [...document.querySelectorAll('#sidebar a')].at(-1)!.getBoundingClientRect();
        return last.bottom <= innerHeight && last.top >= 0;
      });
      assert.equal(await d.evaluate(() => window.scrollY), 0, 'the page behind did not scroll');
      await d.press('Escape');
      await until(d, 'Escape closes the menu', () => !document.getElementById('sidebar')!.checkVisibility());
      assert.deepEqual(
        await d.evaluate(() => ({ focused: document.activeElement === document.querySelector('menu-toggle button'), expanded: document.querySelector('menu-toggle button')!.getAttribute('aria-expanded') })),
        { focused: true, expanded: 'false' },
      );
    },
  },
  {
    name: 'a printed stage page has its content without the site chrome',
    async run(d) {
      await d.goto(STAGES[0].path);
      const { text } = await extractText(await getDocumentProxy(await d.pdf()), { mergePages: true });
      const printed = text.replace(/\s+/g, ' ');
      for (const content of ['Clarify and gather requirements', 'Repeat back the problem in your own words.', 'Are there any minimum performance requirements we need to meet?']) {
        assert.ok(printed.includes(content), `printed: ${content}`);
      }
      // The header's title (short or full), the outline, the skip link, the sidebar's last stage and
      // its resources, previous/next, the theme toggle, the practice controls and the items' copy controls.
      for (const chrome of ['ML System Design', 'On this page', 'Skip to content', 'Model serving', 'Resources', 'Next', 'Dark theme', 'Practice mode', 'Link to “', 'Share link to “']) {
        assert.ok(!printed.includes(chrome), `not printed: ${chrome}`);
      }
    },
  },
];
