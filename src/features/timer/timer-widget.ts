/**
 * The mock-interview timer bar, loaded only when a session is started or already stored (see
 * Practice.astro). It sits fixed at the bottom of every page while the session exists: elapsed
 * time, the current stage of the suggested plan and what is left of its budget, a track of the six
 * parts, the plan itself, pause/resume and stop, and the problem statement when the session
 * rehearses one (a worked example's, or a random prompt's). The session is timestamps in localStorage, so
 * the bar picks up where it was on the next page, after a reload and in other tabs. When a stage's
 * budget is spent it says so once, politely, and shows it for a minute.
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
  startTimer,
  type Segment,
  type TimerState,
} from './interview-timer.ts';
import { confirmDialog } from '../practice/confirm-dialog.ts';
import { announce, h, stageData, store } from '../practice/practice-page.ts';

/** How long a "budget spent" notice stays visible after the moment it happened. */
const NOTICE_MS = 60_000;

interface Widget {
  bar: HTMLElement;
  elapsed: HTMLElement;
  total: HTMLElement;
  stage: HTMLElement;
  left: HTMLElement;
  notice: HTMLElement;
  track: HTMLElement[];
  steps: HTMLLIElement[];
  pause: HTMLButtonElement;
  minutes: number;
  problem: string | undefined;
}

const root = document.documentElement;
let widget: Widget | undefined;
let ticker: ReturnType<typeof setInterval> | undefined;

function read(): TimerState | undefined {
  const state = parseTimer(store.get(TIMER_KEY));
  if (state && isStale(state, Date.now())) {
    store.remove(TIMER_KEY);
    return undefined;
  }
  return state;
}

const save = (state: TimerState) => store.set(TIMER_KEY, serializeTimer(state));

/** "Stage 2 · High-level system architecture", or the wrap-up. */
function labelOf(segment: Segment): string {
  if (segment.stage === null) return 'Wrap-up and questions';
  const stage = stageData().find((s) => s.stage === segment.stage);
  return `Stage ${segment.stage} · ${stage?.title ?? ''}`;
}

/** What to say when the budget of segment `index` is spent. */
function spentNotice(segments: Segment[], index: number, minutes: number): string {
  const next = segments[index + 1];
  if (!next) return `Time is up: the ${minutes} minutes are over.`;
  const what = `Time for stage ${segments[index]!.stage} is up`;
  if (next.stage === null) return `${what}: wrap up and take questions.`;
  const title = stageData().find((s) => s.stage === next.stage)?.title ?? '';
  return `${what}: move on to stage ${next.stage}, ${title}.`;
}

function build(state: TimerState): Widget {
  const segments = plan(state.minutes);
  const stages = stageData();
  const elapsed = h('span', { class: 'timer-elapsed', role: 'timer' });
  const total = h('span', { class: 'timer-total' });
  const stage = h('span', { class: 'timer-stage' });
  const left = h('span', { class: 'timer-left' });
  const notice = h('p', { class: 'timer-notice' });
  const track = segments.map(() => h('span', { class: 'timer-part' }));
  const steps = segments.map((segment) => {
    const href = stages.find((s) => s.stage === segment.stage)?.href;
    const label = labelOf(segment);
    const budget = `${formatBudget(segment.endMs - segment.startMs)}, ${formatClock(segment.startMs)}–${formatClock(segment.endMs)}`;
    return h('li', {}, href ? h('a', { href }, label) : label, h('span', { class: 'timer-step-budget' }, ` ${budget}`), h('span', { class: 'timer-step-state' }));
  });
  const pause = h('button', { type: 'button', class: 'button' }, 'Pause');
  const stop = h('button', { type: 'button', class: 'button' }, 'Stop');
  const problem = state.problem ? [h('p', { class: 'timer-problem' }, h('span', { class: 'timer-label caps-label' }, 'Problem'), ' ', state.problem)] : [];
  const bar = h(
    'section',
    { class: 'timer-bar', 'aria-label': 'Mock interview timer', 'data-pagefind-ignore': '' },
    ...problem,
    h('p', { class: 'timer-clock' }, h('span', { class: 'timer-label caps-label' }, h('span', { class: 'timer-name' }, 'Mock interview'), h('span', { class: 'timer-paused' }, 'Paused')), elapsed, total),
    h('div', { class: 'timer-status' }, h('p', { class: 'timer-now' }, stage, left), h('div', { class: 'timer-track', 'aria-hidden': 'true' }, ...track), notice),
    h(
      'div',
      { class: 'timer-actions' },
      // A native popover: Esc and a click outside close it, and the button reports it expanded.
      h('button', { type: 'button', class: 'button', popovertarget: 'timer-plan' }, 'Plan'),
      h('div', { id: 'timer-plan', class: 'timer-plan-panel', popover: 'auto' }, h('p', {}, `Suggested split of ${state.minutes} minutes`), h('ol', {}, ...steps)),
      pause,
      stop,
    ),
  );
  segments.forEach((segment, i) => track[i]!.style.setProperty('flex-grow', String(segment.endMs - segment.startMs)));
  pause.addEventListener('click', togglePause);
  stop.addEventListener('click', () => void stopSession());
  document.body.append(bar);
  // Keep the page's last lines and the sidebar's end clear of the fixed bar, whatever its height.
  new ResizeObserver(() => root.style.setProperty('--practice-timer-height', `${bar.offsetHeight}px`)).observe(bar);
  return { bar, elapsed, total, stage, left, notice, track, steps, pause, minutes: state.minutes, problem: state.problem };
}

function update(w: Widget, state: TimerState) {
  const segments = plan(state.minutes);
  const elapsed = elapsedMs(state, Date.now());
  const at = position(segments, elapsed);
  const paused = state.pausedAt !== null;
  w.elapsed.textContent = formatClock(elapsed);
  w.total.textContent = ` of ${formatClock(state.minutes * 60_000)}`;
  const current = segments[at.index];
  w.stage.textContent = current ? labelOf(current) : 'Over time';
  w.left.textContent = current ? `${formatClock(at.remainingMs, 'up')} left` : `${formatClock(at.overMs)} over`;
  w.bar.dataset.state = paused ? 'paused' : 'running';
  w.bar.toggleAttribute('data-over', !current);
  w.pause.textContent = paused ? 'Resume' : 'Pause';
  segments.forEach((segment, i) => {
    const share = Math.min(1, Math.max(0, (elapsed - segment.startMs) / (segment.endMs - segment.startMs)));
    w.track[i]!.style.setProperty('--practice-fill', String(share));
    const step = w.steps[i]!;
    if (i === at.index) step.setAttribute('aria-current', 'step');
    else step.removeAttribute('aria-current');
    step.lastElementChild!.textContent = i < at.spent ? ' (spent)' : i === at.index ? ' (now)' : '';
  });

  // The latest spent budget: visible for a minute, announced once per session.
  const last = at.spent - 1;
  const recent = last >= 0 && (!current || elapsed - segments[last]!.endMs < NOTICE_MS);
  w.notice.textContent = recent ? spentNotice(segments, last, state.minutes) : '';
  if (at.spent > state.notified) {
    save({ ...state, notified: at.spent });
    announce(spentNotice(segments, last, state.minutes));
  }
}

function teardown() {
  clearInterval(ticker);
  ticker = undefined;
  widget?.bar.remove();
  widget = undefined;
  delete root.dataset.timer;
  root.style.removeProperty('--practice-timer-height');
}

/** Shows, updates or removes the bar to match the stored session, and ticks while it runs. */
export function sync(): void {
  const state = read();
  if (!state) return teardown();
  if (widget && (widget.minutes !== state.minutes || widget.problem !== state.problem)) teardown();
  widget ??= build(state);
  root.dataset.timer = state.pausedAt === null ? 'running' : 'paused';
  update(widget, state);
  if (state.pausedAt === null) ticker ??= setInterval(sync, 1000);
  else {
    clearInterval(ticker);
    ticker = undefined;
  }
}

/** Starts a session of `minutes` (rehearsing `problem`, if given), says so, and moves focus to the bar. */
function begin(minutes: number, problem?: string) {
  save(startTimer(Date.now(), minutes, problem));
  sync();
  const first = plan(minutes)[0]!;
  const statement = problem ? ` Problem: ${problem}` : '';
  announce(`Mock interview started: ${minutes} minutes.${statement} ${labelOf(first)}: ${formatBudget(first.endMs - first.startMs)}.`);
  widget?.pause.focus();
}

/** Starts a session with the length from the start form. */
export function start(form: HTMLFormElement): void {
  const input = form.elements.namedItem('minutes');
  const minutes = input instanceof HTMLInputElement ? parseMinutes(input.value) : undefined;
  if (minutes !== undefined) begin(minutes);
}

/**
 * Starts a default-length session on a problem: the statement a "Rehearse this problem" button
 * carries (`data-problem`), or for "Random prompt" one drawn from the prompt bank on the page.
 */
export function rehearse(control: HTMLElement): void {
  if (control.hasAttribute('data-timer-random')) {
    const bank = [...document.querySelectorAll<HTMLElement>('[data-prompt]')].map((element) => element.dataset.prompt ?? '');
    const prompt = pickPrompt(bank.filter(Boolean), Math.random());
    if (prompt) begin(DEFAULT_MINUTES, prompt);
    else announce('This page has no practice prompts to draw from.');
    return;
  }
  const problem = control.dataset.problem?.trim();
  if (problem) begin(DEFAULT_MINUTES, problem);
  else announce('This button has no problem statement, so no session was started.');
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
