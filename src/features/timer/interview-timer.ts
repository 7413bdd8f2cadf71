/**
 * The mock-interview timer as data: a session is a start time, a length, the time spent paused and
 * optionally the problem being rehearsed, stored in the browser so that it survives navigation and reloads. From it follow the elapsed time
 * and where the candidate should be in the suggested plan. Pure functions; the widget lives in
 * src/features/timer/timer-widget.ts.
 *
 * The suggested plan for a 45-minute interview (BASE_PLAN): 5 min to clarify the requirements,
 * 10 for the high-level architecture, 10 for data and features, 10 for modeling, 7 for serving,
 * and 3 to wrap up and take questions. Clarifying is short but comes first; the three middle stages
 * carry most of the design; serving gets a little less because it builds on what came before.
 * Another length scales every part by the same factor (60 min: 6:40, 13:20, 13:20, 13:20, 9:20, 4:00).
 */
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';

/** localStorage key of the running session (see serializeTimer). */
export const TIMER_KEY = STORAGE_KEYS.timer;
/** The default interview length, in minutes. */
export const DEFAULT_MINUTES = 45;
/** The shortest and longest session the start form accepts, in minutes. */
export const MIN_MINUTES = 10;
export const MAX_MINUTES = 180;
/** The longest problem statement a session keeps (a worked example's is at most 400 characters). */
export const MAX_PROBLEM_LENGTH = 500;
/** A session older than this (in wall-clock time) is treated as abandoned. */
export const STALE_AFTER_MS = 12 * 60 * 60 * 1000;

/** One part of the plan: a stage (1–5), or the wrap-up (stage null), with its minutes in a 45-minute interview. */
export interface PlanPart {
  stage: number | null;
  minutes: number;
}

/** The suggested split of a 45-minute interview; see the module comment. */
export const BASE_PLAN: readonly PlanPart[] = [
  { stage: 1, minutes: 5 },
  { stage: 2, minutes: 10 },
  { stage: 3, minutes: 10 },
  { stage: 4, minutes: 10 },
  { stage: 5, minutes: 7 },
  { stage: null, minutes: 3 },
];
const BASE_TOTAL = BASE_PLAN.reduce((sum, part) => sum + part.minutes, 0);

/** A part of the plan placed on the session's time line, in milliseconds from the start. */
export interface Segment {
  stage: number | null;
  startMs: number;
  endMs: number;
}

/** A running or paused session, as stored. */
export interface TimerState {
  v: 1;
  /** When the session started (epoch ms). */
  startedAt: number;
  /** The interview length chosen at the start, in minutes. */
  minutes: number;
  /** When the current pause began (epoch ms), or null while running. */
  pausedAt: number | null;
  /** Time spent in earlier, finished pauses (ms). */
  pausedMs: number;
  /** How many segments have had their "budget spent" announcement, so none is announced twice. */
  notified: number;
  /** The problem being rehearsed, shown in the timer bar; absent for a session without one. */
  problem?: string;
}

/** The plan for an interview of `minutes`: BASE_PLAN scaled, the last segment ending exactly at the length. */
export function plan(minutes: number): Segment[] {
  const totalMs = minutes * 60_000;
  let before = 0;
  return BASE_PLAN.map((part) => {
    const startMs = Math.round((before / BASE_TOTAL) * totalMs);
    before += part.minutes;
    return { stage: part.stage, startMs, endMs: Math.round((before / BASE_TOTAL) * totalMs) };
  });
}

/** A new session of `minutes`, started at `now`, rehearsing `problem` if one is given. */
export function startTimer(now: number, minutes: number, problem?: string): TimerState {
  const statement = problem?.trim().slice(0, MAX_PROBLEM_LENGTH);
  return { v: 1, startedAt: now, minutes, pausedAt: null, pausedMs: 0, notified: 0, ...(statement ? { problem: statement } : {}) };
}

/** The interview time elapsed at `now`: wall-clock time since the start minus the pauses; never negative. */
export function elapsedMs(state: TimerState, now: number): number {
  const end = state.pausedAt ?? now;
  return Math.max(0, end - state.startedAt - state.pausedMs);
}

/** The session paused at `now` (unchanged if already paused). */
export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.pausedAt === null ? { ...state, pausedAt: Math.max(now, state.startedAt) } : state;
}

/** The session running again from `now`, the pause added to the paused time (unchanged if running). */
export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.pausedAt === null) return state;
  return { ...state, pausedAt: null, pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt) };
}

/** True when the session started so long ago that it was surely abandoned (or the clock moved back before its start by more than a minute). */
export function isStale(state: TimerState, now: number): boolean {
  return now - state.startedAt > STALE_AFTER_MS || state.startedAt - now > 60_000;
}

/** Where the session stands in its plan. */
export interface Position {
  /** Index of the current segment; equals segments.length once the whole time is spent. */
  index: number;
  /** Time left in the current segment (0 once over). */
  remainingMs: number;
  /** How many segments' budgets are spent. */
  spent: number;
  /** Time past the end of the plan (0 until then). */
  overMs: number;
}

/** The current segment at `elapsed`, what is left of it, and how many budgets are spent. */
export function position(segments: Segment[], elapsed: number): Position {
  const index = segments.findIndex((segment) => elapsed < segment.endMs);
  const last = segments.at(-1);
  if (index === -1) return { index: segments.length, remainingMs: 0, spent: segments.length, overMs: last ? elapsed - last.endMs : 0 };
  return { index, remainingMs: segments[index]!.endMs - elapsed, spent: index, overMs: 0 };
}

/** One of `prompts`, drawn with `random` (a number in [0, 1), as Math.random gives); undefined when there are none. */
export function pickPrompt<T>(prompts: readonly T[], random: number): T | undefined {
  return prompts[Math.min(prompts.length - 1, Math.floor(random * prompts.length))];
}

/** The minutes typed into the start form, if they are a whole number in range; undefined otherwise. */
export function parseMinutes(value: string): number | undefined {
  const text = value.trim();
  const minutes = Number(text);
  return /^\d+$/.test(text) && minutes >= MIN_MINUTES && minutes <= MAX_MINUTES ? minutes : undefined;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Reads a stored session. Returns undefined for anything that is not a well-formed version-1
 * session (missing, malformed JSON, another version, out-of-range or inconsistent numbers), so a
 * bad value never shows a broken timer. Never throws.
 */
export function parseTimer(raw: string | null | undefined): TimerState | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, startedAt, minutes, pausedAt, pausedMs, notified, problem } = value as Record<string, unknown>;
  if (v !== 1 || !isTime(startedAt) || startedAt === 0 || !isTime(pausedMs)) return undefined;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) return undefined;
  if (pausedAt !== null && !(isTime(pausedAt) && pausedAt >= startedAt)) return undefined;
  if (problem !== undefined && !(typeof problem === 'string' && problem.trim() && problem.length <= MAX_PROBLEM_LENGTH)) return undefined;
  const told = typeof notified === 'number' && Number.isInteger(notified) ? Math.min(Math.max(notified, 0), BASE_PLAN.length) : 0;
  return { v: 1, startedAt, minutes, pausedAt, pausedMs, notified: told, ...(problem ? { problem } : {}) };
}

/** The stored form of a session. */
export function serializeTimer(state: TimerState): string {
  return JSON.stringify(state);
}

/**
 * A duration as a clock: `mm:ss`, or `h:mm:ss` from one hour on. Whole seconds, rounded down for
 * time elapsed and up for time left, so that the two always add up to the budget.
 */
export function formatClock(ms: number, rounding: 'down' | 'up' = 'down'): string {
  const total = (rounding === 'up' ? Math.ceil : Math.floor)(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** A budget as words for the plan list: "5 min", or "6 min 40 s" when it is not a whole minute. */
export function formatBudget(ms: number): string {
  const total = Math.round(ms / 1000);
  const [m, s] = [Math.floor(total / 60), total % 60];
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/**
 * The start form's hint on a stage page: that stage's budget in an interview of `minutes` (as the
 * reader types it), or the lengths the form takes when `minutes` is not one (see parseMinutes).
 */
export function stageHint(stage: number, minutes: number | undefined): string {
  if (minutes === undefined) return `Enter a length from ${MIN_MINUTES} to ${MAX_MINUTES} minutes.`;
  const segment = plan(minutes).find((s) => s.stage === stage);
  return segment ? `Suggested for this stage: ${formatBudget(segment.endMs - segment.startMs)} of ${minutes}.` : '';
}

/**
 * The tab's title while a session exists: what is left of the current part, and which part, before
 * the page's own title, so that a reader working in another tab sees it in the tab strip.
 */
export function sessionTitle(state: TimerState, now: number, pageTitle: string): string {
  const segments = plan(state.minutes);
  const at = position(segments, elapsedMs(state, now));
  const current = segments[at.index];
  const where = current
    ? `${formatClock(at.remainingMs, 'up')} left, ${current.stage === null ? 'wrap-up' : `stage ${current.stage}`}`
    : `${formatClock(at.overMs)} over`;
  return `${state.pausedAt === null ? '' : 'Paused: '}${where} · ${pageTitle}`;
}
