/**
 * The mock-interview timer bar, loaded only when a session is started or already stored (by
 * src/features/practice/boot.ts). It sits fixed at the bottom of every page while the session exists: elapsed
 * time, the current stage of the suggested plan and what is left of its budget, a track of the six
 * parts, the plan itself, pause/resume and stop, and the problem statement when the session
 * rehearses one (a worked example's, or a practice prompt's), clamped to two lines with a control
 * that shows all of it. The session is timestamps in localStorage, so the bar picks up where it was
 * on the next page, after a reload and in other tabs.
 *
 * Usable without watching it: when a stage's budget is spent it says so once, politely, shows it
 * for a minute and, if the reader turned the chime on, chimes; the tab's title shows the time left;
 * the screen stays on while the session runs. It can be minimized to one line (remembered across
 * pages), and Alt+P (or "Go to the timer", the second stop of the tab order) takes the keyboard to
 * Pause and, pressed again, back.
 */
import {
  DEFAULT_MINUTES,
  TIMER_KEY,
  elapsedMs,
  formatBudget,
  formatClock,
  isStale,
  parseMinutes,
  parseTimer,
  pauseTimer,
  pickPrompt,
  plan,
  position,
  resumeTimer,
  serializeTimer,
  sessionTitle,
  stageHint,
  startTimer,
  type Segment,
  type TimerState,
} from './interview-timer.ts';
import { chime, primeChime } from './chime.ts';
import { keepScreenOn, type ScreenState } from './wake-lock.ts';
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';
import { confirmDialog } from '../practice/confirm-dialog.ts';
import { announce, h, stageData, store } from '../practice/practice-page.ts';

/** How long a "budget spent" notice stays visible after the moment it happened. */
const NOTICE_MS = 60_000;
/** The key that takes focus to the bar and back, as aria-keyshortcuts names it, and as the reader's keyboard labels it. */
const SHORTCUT = 'Alt+P';
const SHORTCUT_LABEL = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌥P' : SHORTCUT;

interface Widget {
  bar: HTMLElement;
  elapsed: HTMLElement;
  total: HTMLElement;
  stageName: HTMLElement;
  stageTitle: HTMLElement;
  left: HTMLElement;
  notice: HTMLElement;
  track: HTMLElement[];
  steps: HTMLLIElement[];
  pause: HTMLButtonElement;
  size: HTMLButtonElement;
  chimeSwitch: HTMLButtonElement;
  screen: HTMLElement;
  /** "Go to the timer", placed after the page's skip link. */
  skip: HTMLAnchorElement;
  /** The problem's text and its "Show all" control, for a session with a problem. */
  problemText?: HTMLElement;
  more?: HTMLButtonElement;
  minutes: number;
  problem: string | undefined;
}

const root = document.documentElement;
let widget: Widget | undefined;
let ticker: ReturnType<typeof setInterval> | undefined;
/** The page's own title, put back when the session ends. */
let pageTitle: string | undefined;
/** Where the keyboard was before Alt+P took it to the bar, to go back there on the next Alt+P. */
let returnTo: HTMLElement | undefined;
/** Why the last chime did not sound, shown in the bar's notice until the reader can do something about it. */
let chimeProblem = '';

function read(): TimerState | undefined {
  const state = parseTimer(store.get(TIMER_KEY));
  if (state && isStale(state, Date.now())) {
    store.remove(TIMER_KEY);
    return undefined;
  }
  return state;
}

const save = (state: TimerState) => store.set(TIMER_KEY, serializeTimer(state));
const isSmall = () => store.get(STORAGE_KEYS.timerSize) === 'small';
const chimeOn = () => store.get(STORAGE_KEYS.timerChime) === 'on';

/** "Stage 2" and "High-level system architecture", or the wrap-up. */
function labelOf(segment: Segment): [string, string] {
  if (segment.stage === null) return ['Wrap-up and questions', ''];
  return [`Stage ${segment.stage}`, stageData().find((s) => s.stage === segment.stage)?.title ?? ''];
}
const fullLabel = (segment: Segment) => labelOf(segment).filter(Boolean).join(' · ');

/** What to say when the budget of segment `index` is spent. */
function spentNotice(segments: Segment[], index: number, minutes: number): string {
  const next = segments[index + 1];
  if (!next) return `Time is up: the ${minutes} minutes are over.`;
  const what = `Time for stage ${segments[index]!.stage} is up`;
  if (next.stage === null) return `${what}: wrap up and take questions.`;
  return `${what}: move on to stage ${next.stage}, ${labelOf(next)[1]}.`;
}

/** What the plan says about the screen. */
function screenText(state: ScreenState): string {
  if (state.kind === 'on' || state.kind === 'idle') return 'The screen stays on while the timer runs.';
  const why = state.kind === 'refused' ? `This browser would not keep the screen on (${state.reason})` : 'This browser cannot keep the screen on';
  return `${why}: it may turn off during the run.`;
}

function build(state: TimerState): Widget {
  const segments = plan(state.minutes);
  const stages = stageData();
  const elapsed = h('span', { class: 'timer-elapsed', role: 'timer' });
  const total = h('span', { class: 'timer-total' });
  const stageName = h('span', {});
  const stageTitle = h('span', { class: 'timer-stage-title' });
  const left = h('span', { class: 'timer-left' });
  const notice = h('p', { class: 'timer-notice' });
  const track = segments.map(() => h('span', { class: 'timer-part' }));
  const steps = segments.map((segment) => {
    const href = stages.find((s) => s.stage === segment.stage)?.href;
    const label = fullLabel(segment);
    const budget = `${formatBudget(segment.endMs - segment.startMs)}, ${formatClock(segment.startMs)}–${formatClock(segment.endMs)}`;
    return h('li', {}, href ? h('a', { href }, label) : label, h('span', { class: 'timer-step-budget' }, ` ${budget}`), h('span', { class: 'timer-step-state' }));
  });
  // The shortcut shows on the button it leads to; assistive tech hears it from aria-keyshortcuts instead.
  const pause = h(
    'button',
    { type: 'button', class: 'button', 'aria-keyshortcuts': SHORTCUT },
    h('span', {}, 'Pause'),
    h('kbd', { class: 'timer-shortcut', 'aria-hidden': 'true' }, SHORTCUT_LABEL),
  );
  const stop = h('button', { type: 'button', class: 'button timer-stop' }, 'Stop');
  const size = h('button', { type: 'button', class: 'button timer-size', 'aria-pressed': 'false' }, h('span', { class: 'sr-only' }, 'Minimize timer'));
  // A switch, drawn like practice mode's (practice.css).
  const chimeSwitch = h(
    'button',
    { type: 'button', class: 'button', 'aria-pressed': 'false' },
    h('span', { class: 'practice-switch', 'aria-hidden': 'true' }),
    'Chime at each stage change',
  );
  const screen = h('p', {});
  const planPanel = h(
    'div',
    { id: 'timer-plan', class: 'timer-plan-panel', popover: 'auto' },
    h('p', { class: 'timer-plan-title' }, `Suggested split of ${state.minutes} minutes`),
    h('ol', {}, ...steps),
    h(
      'div',
      { class: 'timer-settings' },
      chimeSwitch,
      screen,
      h('p', {}, h('kbd', {}, SHORTCUT_LABEL), ' takes the keyboard to Pause from anywhere on the page, and back.'),
    ),
  );
  const bar = h(
    'section',
    { id: 'timer-bar', class: 'timer-bar', 'aria-label': 'Mock interview timer', 'data-pagefind-ignore': '' },
    h('p', { class: 'timer-clock' }, h('span', { class: 'timer-label caps-label' }, h('span', { class: 'timer-name' }, 'Mock interview'), h('span', { class: 'timer-paused' }, 'Paused')), elapsed, total),
    h('div', { class: 'timer-status' }, h('p', { class: 'timer-now' }, h('span', { class: 'timer-stage' }, stageName, stageTitle), left), h('div', { class: 'timer-track', 'aria-hidden': 'true' }, ...track), notice),
    h(
      'div',
      { class: 'timer-actions' },
      // A native popover: Esc and a click outside close it, and the button reports it expanded.
      h('button', { type: 'button', class: 'button timer-plan-button', popovertarget: 'timer-plan' }, 'Plan'),
      planPanel,
      pause,
      stop,
      size,
    ),
  );
  // Early in the tab order, after the page's skip link: Pause in two Tabs and Enter. A link to the
  // bar, like the skip link, but its click takes focus straight to Pause and leaves the URL alone.
  const skip = h('a', { href: '#timer-bar', class: 'skip-link' }, `Go to the timer (${SHORTCUT_LABEL})`);
  const w: Widget = { bar, elapsed, total, stageName, stageTitle, left, notice, track, steps, pause, size, chimeSwitch, screen, skip, minutes: state.minutes, problem: state.problem };
  if (state.problem) {
    w.problemText = h('p', { class: 'timer-problem-text', id: 'timer-problem-text' }, h('span', { class: 'timer-label caps-label' }, 'Problem'), ' ', state.problem);
    w.more = h('button', { type: 'button', class: 'timer-more', 'aria-expanded': 'false', 'aria-controls': 'timer-problem-text', 'data-unneeded': '' }, 'Show all');
    w.more.addEventListener('click', () => toggleProblem(w));
    bar.prepend(h('div', { class: 'timer-problem' }, w.problemText, w.more));
  }
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    returnTo = undefined;
    pause.focus();
  });
  segments.forEach((segment, i) => track[i]!.style.setProperty('flex-grow', String(segment.endMs - segment.startMs)));
  pause.addEventListener('click', togglePause);
  stop.addEventListener('click', () => void stopSession());
  size.addEventListener('click', () => {
    store.set(STORAGE_KEYS.timerSize, isSmall() ? 'full' : 'small');
    sync();
  });
  chimeSwitch.addEventListener('click', toggleChime);
  document.body.append(bar);
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) skipLink.after(skip);
  else document.body.prepend(skip);
  // Keep the page's last lines, the sidebar's end and keyboard focus clear of the fixed bar,
  // whatever its height (global.css turns this into padding and scroll padding).
  new ResizeObserver(() => {
    root.style.setProperty('--practice-timer-height', `${bar.offsetHeight}px`);
    fitProblem(w);
  }).observe(bar);
  pageTitle ??= document.title;
  return w;
}

/**
 * Offers "Show all" only while the problem is cut short (or open, to close it again). Unneeded, it
 * keeps its room (practice-tools.css), so that offering it never resizes the bar: this runs in the
 * bar's resize observer.
 */
function fitProblem(w: Widget) {
  if (!w.problemText || !w.more) return;
  const open = w.more.getAttribute('aria-expanded') === 'true';
  w.more.toggleAttribute('data-unneeded', !open && w.problemText.scrollHeight <= w.problemText.clientHeight + 1);
}

function toggleProblem(w: Widget) {
  const open = w.more!.getAttribute('aria-expanded') !== 'true';
  w.more!.setAttribute('aria-expanded', String(open));
  w.more!.textContent = open ? 'Show less' : 'Show all';
  w.bar.toggleAttribute('data-problem-open', open);
}

function update(w: Widget, state: TimerState) {
  const segments = plan(state.minutes);
  const now = Date.now();
  const elapsed = elapsedMs(state, now);
  const at = position(segments, elapsed);
  const paused = state.pausedAt !== null;
  w.elapsed.textContent = formatClock(elapsed);
  w.total.textContent = ` of ${formatClock(state.minutes * 60_000)}`;
  const current = segments[at.index];
  const [name, title] = current ? labelOf(current) : ['Over time', ''];
  w.stageName.textContent = name;
  w.stageTitle.textContent = title && ` · ${title}`;
  w.left.textContent = current ? `${formatClock(at.remainingMs, 'up')} left` : `${formatClock(at.overMs)} over`;
  w.bar.dataset.state = paused ? 'paused' : 'running';
  w.bar.toggleAttribute('data-over', !current);
  w.pause.firstElementChild!.textContent = paused ? 'Resume' : 'Pause';
  const small = isSmall();
  w.bar.dataset.size = small ? 'small' : 'full';
  w.size.setAttribute('aria-pressed', String(small));
  w.size.title = small ? 'Show the whole timer' : 'Minimize the timer to one line';
  w.chimeSwitch.setAttribute('aria-pressed', String(chimeOn()));
  document.title = sessionTitle(state, now, pageTitle!);
  segments.forEach((segment, i) => {
    const share = Math.min(1, Math.max(0, (elapsed - segment.startMs) / (segment.endMs - segment.startMs)));
    w.track[i]!.style.setProperty('--practice-fill', String(share));
    const step = w.steps[i]!;
    if (i === at.index) step.setAttribute('aria-current', 'step');
    else step.removeAttribute('aria-current');
    step.lastElementChild!.textContent = i < at.spent ? ' (spent)' : i === at.index ? ' (now)' : '';
  });

  // The latest spent budget: visible for a minute, announced (and chimed) once per session.
  const last = at.spent - 1;
  const recent = last >= 0 && (!current || elapsed - segments[last]!.endMs < NOTICE_MS);
  w.notice.textContent = [recent ? spentNotice(segments, last, state.minutes) : '', chimeProblem].filter(Boolean).join(' ');
  if (at.spent > state.notified) {
    save({ ...state, notified: at.spent });
    announce(spentNotice(segments, last, state.minutes));
    if (chimeOn()) void ring();
  }
}

/**
 * Chimes. If the browser holds the sound back, the bar's notice says so and how to allow it, until
 * the reader does (a click or a key, which also lets the chime sound: primeChime).
 */
async function ring() {
  if (await chime()) return;
  if (typeof AudioContext !== 'function') chimeProblem = 'This browser cannot play the chime.';
  else {
    chimeProblem = 'The chime could not sound: this browser plays sound only after a click or key press on the page.';
    const allowed = () => {
      chimeProblem = '';
      sync();
    };
    addEventListener('pointerdown', allowed, { once: true });
    addEventListener('keydown', allowed, { once: true });
  }
  sync();
}

function toggleChime() {
  const on = !chimeOn();
  store.set(STORAGE_KEYS.timerChime, on ? 'on' : 'off');
  sync();
  // A sample, and the click that asked for it lets the browser start sound on this page.
  if (on) void ring();
  announce(on ? 'The timer will chime at each stage change.' : 'The timer will not chime.');
}

function teardown() {
  clearInterval(ticker);
  ticker = undefined;
  widget?.bar.remove();
  widget?.skip.remove();
  widget = undefined;
  delete root.dataset.timer;
  root.style.removeProperty('--practice-timer-height');
  keepScreenOn(false, () => undefined);
  if (pageTitle !== undefined) document.title = pageTitle;
  pageTitle = undefined;
  rehearseHints(undefined);
  // Stop tears down without a sync: the page hears of it here.
  document.dispatchEvent(new Event('timer-change'));
}

/**
 * Shows, updates or removes the bar to match the stored session, and ticks while it runs. Each time,
 * it tells the page (a `timer-change` event on the document): a rehearsal of a worked example
 * (src/features/rehearsal/rehearsal.ts) follows the session by it.
 */
export function sync(): void {
  render();
  document.dispatchEvent(new Event('timer-change'));
}

function render(): void {
  const state = read();
  if (!state) return teardown();
  if (widget && (widget.minutes !== state.minutes || widget.problem !== state.problem)) teardown();
  widget ??= build(state);
  const w = widget;
  const running = state.pausedAt === null;
  root.dataset.timer = running ? 'running' : 'paused';
  update(w, state);
  rehearseHints(state);
  keepScreenOn(running, (screen) => (w.screen.textContent = screenText(screen)));
  if (chimeOn()) primeChime();
  if (running) ticker ??= setInterval(sync, 1000);
  else {
    clearInterval(ticker);
    ticker = undefined;
  }
}

/**
 * What the page's start controls say about a running session: the line that stands in for the start
 * form, and the hint beside each "Rehearse" control, which says what it does now: start a session,
 * or, while one runs, stop that one first (after asking), or that this very problem is the one being
 * rehearsed.
 */
function rehearseHints(state: TimerState | undefined) {
  for (const note of document.querySelectorAll<HTMLElement>('.timer-running')) note.hidden = !state;
  for (const hint of document.querySelectorAll<HTMLElement>('.timer-rehearse .timer-hint')) {
    hint.dataset.idle ??= hint.textContent ?? '';
    const problem = hint.parentElement?.querySelector<HTMLElement>('[data-problem]')?.dataset.problem;
    hint.textContent = !state
      ? hint.dataset.idle
      : problem && problem.trim() === state.problem
        ? 'You are rehearsing this problem: the timer is in the bar at the bottom of the window.'
        : `A mock interview is running: starting ${problem ? 'this problem' : 'a prompt'} stops it first (you will be asked).`;
  }
}

/** Starts a session of `minutes` (rehearsing `problem`, if given), says so, and moves focus to the bar. */
function begin(minutes: number, problem?: string) {
  save(startTimer(Date.now(), minutes, problem));
  sync();
  const first = plan(minutes)[0]!;
  const statement = problem ? ` Problem: ${problem}` : '';
  announce(`Mock interview started: ${minutes} minutes.${statement} ${fullLabel(first)}: ${formatBudget(first.endMs - first.startMs)}.`);
  widget?.pause.focus();
}

/** Starts a session with the length from the start form. */
export function start(form: HTMLFormElement): void {
  const input = form.elements.namedItem('minutes');
  const minutes = input instanceof HTMLInputElement ? parseMinutes(input.value) : undefined;
  if (minutes !== undefined) begin(minutes);
}

/** Writes each start form's stage hint for the length typed in it (PracticeControls.astro). */
export function hintLength(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-timer-start]')) {
    const hint = form.querySelector<HTMLElement>('[data-stage-hint]');
    const input = form.elements.namedItem('minutes');
    if (hint && input instanceof HTMLInputElement) hint.textContent = stageHint(Number(hint.dataset.stageHint), parseMinutes(input.value));
  }
}

/** Asks before a new session replaces the running one; true to go ahead (or when none runs). */
async function replaceRunning(problem: string | undefined): Promise<boolean> {
  const state = read();
  if (!state) return true;
  const at = `${formatClock(elapsedMs(state, Date.now()))} of ${formatClock(state.minutes * 60_000)}`;
  if (problem && problem === state.problem) {
    // On a worked example, the new session's checklist ("Check your answer", src/features/rehearsal/) starts empty.
    const ticked = document.querySelectorAll('.rehearsal-panel input:checked').length;
    const clears = ticked
      ? ` and clears the ${ticked} ${ticked === 1 ? 'item' : 'items'} you ticked without comparing them: to keep them, cancel and end the rehearsal first`
      : '';
    return confirmDialog({
      title: 'Start this problem again?',
      body: `You are rehearsing this problem, and the timer stands at ${at}. Starting again sets it back to 00:00${clears}.`,
      confirm: 'Start again',
    });
  }
  return confirmDialog({
    title: 'Stop the running mock interview?',
    body: `A mock interview is running, at ${at}. Stopping it starts a new ${DEFAULT_MINUTES}-minute one with ${problem ? 'this problem' : 'a random prompt'}.`,
    confirm: problem ? 'Stop it and start this one' : 'Stop it and draw a prompt',
  });
}

/**
 * Starts a default-length session on a problem: the statement a "Rehearse this problem" button
 * carries (`data-problem`), a practice prompt's (the `[data-prompt]` entry holding its "Rehearse"),
 * or for "Random prompt" one drawn from the prompt bank on the page. While a session runs, it asks
 * before replacing it.
 */
export async function rehearse(control: HTMLElement): Promise<void> {
  if (control.hasAttribute('data-timer-random')) {
    const bank = [...document.querySelectorAll<HTMLElement>('[data-prompt]')].map((element) => element.dataset.prompt ?? '').filter(Boolean);
    if (bank.length === 0) return announce('This page has no practice prompts to draw from.');
    if (!(await replaceRunning(undefined))) return;
    return begin(DEFAULT_MINUTES, pickPrompt(bank, Math.random()));
  }
  const problem = (control.dataset.problem ?? control.closest<HTMLElement>('[data-prompt]')?.dataset.prompt)?.trim();
  if (!problem) return announce('This button has no problem statement, so no session was started.');
  if (await replaceRunning(problem)) begin(DEFAULT_MINUTES, problem);
}

function togglePause() {
  const state = read();
  if (!state) return sync();
  const now = Date.now();
  const next = state.pausedAt === null ? pauseTimer(state, now) : resumeTimer(state, now);
  save(next);
  sync();
  const at = formatClock(elapsedMs(next, now));
  announce(next.pausedAt === null ? `Timer running again from ${at}.` : `Timer paused at ${at}.`);
}

async function stopSession() {
  const state = read();
  const at = state ? formatClock(elapsedMs(state, Date.now())) : '';
  const confirmed = await confirmDialog({
    title: 'Stop the mock interview?',
    body: `The timer stands at ${at}. Stopping ends the session and clears the timer.`,
    confirm: 'Stop timer',
  });
  if (!confirmed) return;
  store.remove(TIMER_KEY);
  teardown();
  announce(`Mock interview stopped at ${at}.`);
  // The bar and its button are gone: continue from the start form, or from the content.
  const next = document.querySelector<HTMLElement>('[data-timer-start] button') ?? document.getElementById('content');
  next?.focus();
}

/**
 * Alt+P: to the bar's Pause from anywhere, and back to where the keyboard was. Not while a modal
 * dialog is open, and not in a text field where the key types a character (Option+P is "π" on a Mac).
 */
document.addEventListener('keydown', (event) => {
  if (!widget || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== 'KeyP') return;
  if (document.querySelector('dialog:modal')) return;
  const active = document.activeElement;
  const typing = active instanceof HTMLElement && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
  if (typing && event.key.toLowerCase() !== 'p') return;
  event.preventDefault();
  if (widget.bar.contains(active)) {
    (returnTo?.isConnected ? returnTo : document.getElementById('content'))?.focus();
    returnTo = undefined;
  } else {
    returnTo = active instanceof HTMLElement && active !== document.body && active !== widget.skip ? active : undefined;
    widget.pause.focus();
  }
});
