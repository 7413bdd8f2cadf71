/**
 * "Check your answer", loaded by boot.ts beside it: on a worked example, while the timer rehearses
 * its problem, the worked answer folds away (a deep link into it, or "Show the worked answer",
 * shows it again) and a checklist of the five stages' items lets the reader tick what they raised.
 * When the session ends (the checklist's "End the rehearsal", the timer's Stop, or any other way),
 * it compares the ticks with what the answer applies (answer-check.ts, on the answer key the build
 * writes to /rehearsal.json), keeps the attempt in the browser, and the examples index lists the
 * attempts with a small chart per stage.
 *
 * The timer session is the rehearsal's clock: this module reads it from the practice tools' storage
 * (the same store, so it also works where the browser keeps nothing) and follows it by the
 * `timer-change` event that the timer bar sends on each update.
 */
import {
  attemptOf,
  compareAnswer,
  parseAttempts,
  parseRehearsal,
  serializeAttempts,
  summarize,
  tickKey,
  type AnswerKey,
  type Attempt,
  type Comparison,
  type Rehearsal,
} from './answer-check.ts';
import { fallbackStorage, type StorageProblem } from '../practice/fallback-storage.ts';
import { addStylesheet, announce, h, store } from '../practice/practice-page.ts';
import { parseTimer, TIMER_KEY } from '../timer/interview-timer.ts';
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';
import { withBase } from '../../lib/urls.ts';
import stylesUrl from './rehearsal.css?script-url';

const EXAMPLES_PATH = withBase('/examples/', import.meta.env.BASE_URL);
/** Where the attempts are kept: under the examples index's path, where boot.ts looks. */
const ATTEMPTS_KEY = `${STORAGE_KEYS.rehearsal}${EXAMPLES_PATH}`;

/** What the reader is told when the browser will not keep their attempts. */
const NOT_KEPT: Record<StorageProblem, string> = {
  unavailable: 'This browser does not let the site store anything: your ticks and this attempt last only until you leave or reload this page.',
  full: 'This browser’s storage for the site is full: your ticks and this attempt last only until you leave or reload this page.',
};
let storageProblem: StorageProblem | undefined;
/** The rehearsal's own keys: a storage problem is said in the checklist, the comparison and the attempts. */
const kept = fallbackStorage(
  () => localStorage,
  (problem) => {
    storageProblem = problem;
    for (const place of document.querySelectorAll('.rehearsal-panel, .rehearsal-result, .rehearsal-attempts')) addStorageNote(place);
  },
);

function addStorageNote(place: Element) {
  if (!storageProblem || place.querySelector('.rehearsal-storage-note')) return;
  place.querySelector('h2')?.after(h('p', { class: 'practice-storage-note rehearsal-storage-note' }, h('strong', {}, 'Progress will not be kept. '), NOT_KEPT[storageProblem]));
}

/** The stylesheet, added once; drawing waits for it so that nothing shows unstyled (and an unfolded answer does not jump). */
const styled = addStylesheet(stylesUrl, "The rehearsal's styles");

let keyLoaded: Promise<AnswerKey | undefined> | undefined;
/** The example's answer key, beside its page (so the URL has its base), fetched once, when first needed. */
function answerKey(): Promise<AnswerKey | undefined> {
  const url = new URL('rehearsal.json', location.href).pathname;
  keyLoaded ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json() as Promise<AnswerKey>;
    })
    .catch((error: unknown) => {
      console.error('The rehearsal could not load its answer key:', error);
      keyLoaded = undefined;
      return undefined;
    });
  return keyLoaded;
}

// ---------------------------------------------------------------------------------------------
// The example page: fold, checklist, comparison.

// Only a worked example has a "Rehearse this problem" with its statement (RehearseButton.astro).
const rehearseButton = document.querySelector<HTMLElement>('[data-timer-rehearse][data-problem]');
const control = rehearseButton?.parentElement;
const problem = rehearseButton?.dataset.problem?.trim();
/** The example's slug: the last part of its path, as of its file (`/examples/<slug>/`). */
const slug = control ? location.pathname.split('/').filter(Boolean).at(-1) : undefined;
/** Where this example's rehearsal is kept until it is compared: under its path, where boot.ts looks. */
const REHEARSAL_KEY = `${STORAGE_KEYS.rehearsal}${location.pathname}`;
const article = control?.closest('article');

/** The worked answer: from the first stage section to the end of the article's content. */
function answerParts(): HTMLElement[] {
  const parts: HTMLElement[] = [];
  let node = article?.querySelector(':scope > h2');
  while (node && !node.matches('.article-footer')) {
    if (node instanceof HTMLElement && !node.matches('.rehearsal-fold')) parts.push(node);
    node = node.nextElementSibling;
  }
  return parts;
}

let foldControl: HTMLElement | undefined;

function isFolded() {
  return Boolean(foldControl?.isConnected);
}

/** Folds the worked answer away behind "Show the worked answer". */
function fold() {
  if (isFolded()) return;
  const parts = answerParts();
  if (parts.length === 0) return;
  for (const part of parts) part.classList.add('rehearsal-folded');
  const show = h('button', { type: 'button', class: 'button' }, 'Show the worked answer');
  show.addEventListener('click', () => {
    unfold();
    const first = answerParts()[0];
    first?.setAttribute('tabindex', '-1');
    first?.focus();
    announce('The worked answer is shown.');
  });
  foldControl = h(
    'div',
    { class: 'rehearsal-fold', 'data-pagefind-ignore': '' },
    h('p', {}, 'The worked answer is folded while you rehearse, so that you answer first.'),
    show,
  );
  parts[0]!.before(foldControl);
}

function unfold() {
  for (const part of document.querySelectorAll('.rehearsal-folded')) part.classList.remove('rehearsal-folded');
  foldControl?.remove();
  foldControl = undefined;
}

/** The element a same-page fragment names, if it is in the folded answer. */
function foldedTarget(hash: string): Element | undefined {
  if (!isFolded() || hash.length < 2) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
  const target = document.getElementById(id);
  return target?.closest('.rehearsal-folded') ? target : undefined;
}

/** A deep link always shows its target: unfold when the URL's fragment lands in the folded answer. */
function revealTarget() {
  const target = foldedTarget(location.hash);
  if (!target) return;
  unfold();
  target.scrollIntoView();
}

let current: Rehearsal | undefined;
let panel: HTMLElement | undefined;
let building: Promise<void> | undefined;
let finishing = false;

const saveRehearsal = (rehearsal: Rehearsal) => kept.set(REHEARSAL_KEY, JSON.stringify(rehearsal));

/** Puts the page in step with the stored session: a rehearsal starts, runs or ends. */
async function follow() {
  if (!slug || !problem || finishing) return;
  const session = parseTimer(store.get(TIMER_KEY));
  const active = session?.problem === problem ? session : undefined;
  const stored = parseRehearsal(kept.get(REHEARSAL_KEY));
  const ours = stored?.example === slug ? stored : undefined;
  if (active) {
    if (!ours || ours.started !== active.startedAt) {
      current = { v: 1, example: slug, started: active.startedAt, ticked: [] };
      saveRehearsal(current);
      panel?.remove();
      panel = undefined;
      document.querySelector('.rehearsal-result')?.remove();
    } else current = ours;
    await start();
  } else if (ours) {
    await finish(ours);
  } else if (panel) {
    // Cleared elsewhere (another tab, or storage cleared): nothing to compare.
    panel.remove();
    panel = undefined;
    current = undefined;
    unfold();
  }
}

/** Shows the checklist (once) and folds the answer, unless the URL points into it. */
async function start() {
  if (panel?.isConnected) return syncTicks();
  building ??= (async () => {
    const [key] = await Promise.all([answerKey(), styled]);
    if (!key) {
      announce('The checklist could not load: check your connection and reload the page.');
      return;
    }
    if (!current || panel?.isConnected) return;
    panel = buildPanel(key);
    control!.after(panel);
    fold();
    revealTarget();
    syncTicks();
  })().finally(() => (building = undefined));
  await building;
}

function syncTicks() {
  if (!panel || !current) return;
  const ticked = new Set(current.ticked);
  for (const box of panel.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = ticked.has(box.value);
  for (const group of panel.querySelectorAll<HTMLElement>('.rehearsal-stage')) {
    const count = group.querySelectorAll('input:checked').length;
    group.querySelector('.rehearsal-count')!.textContent = `${count} ticked`;
  }
}

function buildPanel(key: AnswerKey): HTMLElement {
  const section = h(
    'section',
    { class: 'rehearsal-panel', 'aria-labelledby': 'rehearsal-title', 'data-pagefind-ignore': '' },
    h('h2', { id: 'rehearsal-title' }, 'Check your answer'),
    h('p', {}, 'Tick each item as you raise it. When you end the rehearsal, you see which items of this worked answer you covered and which you missed.'),
  );
  key.stages.forEach((stage, index) => {
    const legend = h('legend', { class: 'sr-only' }, `Stage ${stage.stage} items you raised`);
    const boxes = stage.items.map((item) => {
      const id = `rehearsal-${stage.stage}-${item.id}`;
      return h('li', {}, h('input', { type: 'checkbox', id, value: tickKey(stage.stage, item.id) }), h('label', { for: id }, item.text));
    });
    const details = h(
      'details',
      { class: 'rehearsal-stage' },
      h('summary', {}, h('span', {}, `Stage ${stage.stage} · ${stage.title}`), h('span', { class: 'rehearsal-count' }, '0 ticked')),
      h('fieldset', {}, legend, h('ul', {}, ...boxes)),
    );
    details.open = index === 0;
    section.append(details);
  });
  const end = h('button', { type: 'button', class: 'button button-strong' }, 'End the rehearsal and compare');
  end.addEventListener('click', () => void endRehearsal());
  section.append(h('p', { class: 'rehearsal-end' }, end));
  section.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!current || box.type !== 'checkbox') return;
    const ticked = new Set(current.ticked);
    if (box.checked) ticked.add(box.value);
    else ticked.delete(box.value);
    current = { ...current, ticked: [...ticked] };
    saveRehearsal(current);
    syncTicks();
  });
  addStorageNote(section);
  return section;
}

/** "End the rehearsal": stops the timer session it belongs to, which ends the rehearsal. */
async function endRehearsal() {
  const session = parseTimer(store.get(TIMER_KEY));
  if (session?.problem === problem) store.remove(TIMER_KEY);
  // The timer bar follows (practice-tools.ts), and its `timer-change` brings follow() here too.
  document.dispatchEvent(new Event('timer-refresh'));
  await follow();
}

/** Compares, keeps the attempt, shows the answer and the comparison in place of the checklist. */
async function finish(rehearsal: Rehearsal) {
  finishing = true;
  try {
    const [key] = await Promise.all([answerKey(), styled]);
    const example = key?.slug === rehearsal.example ? key.example : undefined;
    if (!key || !example) {
      announce('The comparison could not load: check your connection and reload the page; your ticks are kept.');
      return;
    }
    kept.remove(REHEARSAL_KEY);
    const comparison = compareAnswer(key.stages, example, rehearsal.ticked);
    const attempts = parseAttempts(kept.get(ATTEMPTS_KEY));
    attempts.push(attemptOf(rehearsal.example, example.title, new Date(), comparison));
    kept.set(ATTEMPTS_KEY, serializeAttempts(attempts));
    panel?.remove();
    panel = undefined;
    current = undefined;
    unfold();
    const result = buildResult(comparison);
    document.querySelector('.rehearsal-result')?.remove();
    control!.after(result);
    result.focus();
    announce(`Rehearsal ended. ${summarize(comparison)}`);
  } finally {
    finishing = false;
  }
}

function buildResult(comparison: Comparison): HTMLElement {
  const section = h(
    'section',
    { class: 'rehearsal-result', 'aria-labelledby': 'rehearsal-result-title', tabindex: '-1', 'data-pagefind-ignore': '' },
    h('h2', { id: 'rehearsal-result-title' }, 'How your answer compares'),
    h('p', { class: 'rehearsal-summary' }, summarize(comparison)),
  );
  addStorageNote(section);
  for (const stage of comparison.stages) {
    const headingId = `rehearsal-result-stage-${stage.stage}`;
    const part = h('section', { class: 'rehearsal-result-stage', 'aria-labelledby': headingId }, h('h3', { id: headingId }, `Stage ${stage.stage} · ${stage.title}`));
    const group = (kind: string, title: string, entries: HTMLLIElement[]) => {
      if (entries.length === 0) return;
      part.append(h('h4', { class: `rehearsal-group-${kind}` }, `${title} (${entries.length})`), h('ul', { class: `rehearsal-${kind}` }, ...entries));
    };
    group('covered', 'Covered', stage.covered.map((item) => h('li', {}, item.text)));
    group(
      'missed',
      'Missed',
      stage.missed.map((item) => h('li', {}, h('a', { href: `#${item.step}` }, item.text), h('span', { class: 'rehearsal-step' }, ` — this answer’s step: “${item.stepText}”`))),
    );
    group(
      'extra',
      'Raised, and this answer skips',
      stage.extra.map((item) =>
        h('li', {}, h('a', { href: `${stage.href}#${item.id}` }, item.text), ...(item.reason ? [h('span', { class: 'rehearsal-reason' }, ` — Skipped: ${item.reason}`)] : [])),
      ),
    );
    if (part.childElementCount === 1) part.append(h('p', {}, 'This answer applies none of this stage’s items, and you ticked none.'));
    section.append(part);
  }
  const close = h('button', { type: 'button', class: 'button' }, 'Close the comparison');
  close.addEventListener('click', () => {
    section.remove();
    control?.querySelector<HTMLElement>('[data-timer-rehearse]')?.focus();
  });
  section.append(h('p', { class: 'rehearsal-result-end' }, 'Kept with your other attempts on ', h('a', { href: `${EXAMPLES_PATH}#rehearsal-attempts` }, 'the worked examples page'), '. ', close));
  return section;
}

if (slug) {
  addEventListener('hashchange', revealTarget);
  // A click on a link to the folded answer unfolds it first, so that the browser scrolls to a visible target.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href*="#"]');
    if (link && link.pathname === location.pathname && foldedTarget(link.hash)) unfold();
  });
  document.addEventListener('timer-change', () => void follow());
  addEventListener('storage', (event) => {
    if (event.key === null || event.key === TIMER_KEY || event.key === REHEARSAL_KEY) {
      current = undefined;
      void follow();
    }
  });
  void follow();
}

// ---------------------------------------------------------------------------------------------
// The examples index: the attempts, newest first, each with its chart and a delete button.

const attemptsPlace = location.pathname === EXAMPLES_PATH ? document.querySelector('.example-list') : null;

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function attemptItem(attempt: Attempt, onDelete: () => void): HTMLLIElement {
  const covered = attempt.stages.reduce((sum, s) => sum + s.covered, 0);
  const applied = attempt.stages.reduce((sum, s) => sum + s.applied, 0);
  const date = new Date(attempt.date);
  const when = dateFormat.format(date);
  const bars = attempt.stages.map((s) => {
    const fill = h('span', { class: 'rehearsal-fill' });
    fill.style.setProperty('--rehearsal-share', String(s.applied ? s.covered / s.applied : 0));
    return h('span', { class: 'rehearsal-chart-stage' }, h('span', { class: 'rehearsal-bar' }, fill), h('span', { class: 'rehearsal-bar-label' }, String(s.stage)));
  });
  const label = attempt.stages.map((s) => `stage ${s.stage}: ${s.covered} of ${s.applied}`).join(', ');
  const remove = h('button', { type: 'button', class: 'button rehearsal-delete' }, 'Delete', h('span', { class: 'sr-only' }, ` the attempt of ${when}`));
  remove.addEventListener('click', onDelete);
  return h(
    'li',
    { class: 'rehearsal-attempt' },
    h('p', { class: 'rehearsal-attempt-head' }, h('time', { datetime: attempt.date }, when), ' · ', h('a', { href: withBase(`/examples/${attempt.example}/`, import.meta.env.BASE_URL) }, attempt.title)),
    h('p', { class: 'rehearsal-attempt-total' }, `${covered} of ${applied} applied items covered`),
    // One image to assistive technology, named with the figures it draws.
    h('div', { class: 'rehearsal-chart', role: 'img', 'aria-label': `Covered by stage: ${label}` }, ...bars),
    remove,
  );
}

async function listAttempts() {
  const attempts = parseAttempts(kept.get(ATTEMPTS_KEY));
  document.querySelector('.rehearsal-attempts')?.remove();
  if (attempts.length === 0 || !attemptsPlace) return;
  await styled;
  const list = h('ol', { class: 'rehearsal-attempt-list', reversed: '' });
  const section = h(
    'section',
    { id: 'rehearsal-attempts', class: 'rehearsal-attempts', 'aria-labelledby': 'rehearsal-attempts-title', 'data-pagefind-ignore': '' },
    h('h2', { id: 'rehearsal-attempts-title', tabindex: '-1' }, 'Your rehearsals'),
    h('p', {}, 'Kept in this browser only. Each chart shows, stage by stage, the share of the items the worked answer applies that you covered.'),
    list,
  );
  addStorageNote(section);
  [...attempts].reverse().forEach((attempt) => {
    list.append(
      attemptItem(attempt, () => {
        const next = parseAttempts(kept.get(ATTEMPTS_KEY)).filter((a) => a.id !== attempt.id);
        kept.set(ATTEMPTS_KEY, serializeAttempts(next));
        const item = [...list.children].find((li) => li.querySelector('time')?.getAttribute('datetime') === attempt.date);
        const focusNext = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>('.rehearsal-delete');
        item?.remove();
        announce(`Attempt of ${dateFormat.format(new Date(attempt.date))} deleted.`);
        if (list.childElementCount === 0) section.remove();
        (focusNext ?? document.getElementById('content'))?.focus();
      }),
    );
  });
  attemptsPlace.after(section);
  if (location.hash === '#rehearsal-attempts') section.scrollIntoView();
}

if (attemptsPlace) {
  void listAttempts();
  addEventListener('storage', (event) => {
    if (event.key === null || event.key === ATTEMPTS_KEY) void listAttempts();
  });
}
