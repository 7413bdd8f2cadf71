/**
 * Practice mode's bookkeeping: which checklist items the reader ticked as covered, stored in the
 * browser as a set of item keys (`/framework/modeling/#set-baselines-to-beat`), and the progress
 * per stage and overall that follows from it. Pure functions; the DOM side lives in
 * src/features/practice/practice-mode.ts.
 */
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';
import { itemKey } from '../../lib/stage-items.ts';

/** localStorage key: "on" while practice mode is on; absent (or anything else) means off. */
export const PRACTICE_MODE_KEY = STORAGE_KEYS.practiceMode;
/** localStorage key of the covered items (see serializeCovered). */
export const PRACTICE_COVERED_KEY = STORAGE_KEYS.practiceCovered;

/** A stage as practice mode sees it: its site path (without base) and its items' ids in page order. */
export interface StageItems {
  path: string;
  ids: string[];
}

/** Covered and total items of one stage, or of the whole framework. */
export interface Tally {
  done: number;
  total: number;
}


// A site path, '#', an id: no whitespace, exactly one '#'.
const KEY = /^\/[^#\s]*#[^#\s]+$/;
// More keys than the site could ever have items means the value is not ours.
const MAX_KEYS = 2000;

/**
 * Reads the stored covered set. Accepts the current format (`{"v":1,"covered":[…]}`) and a bare
 * array of keys (the shape before versioning); anything else (missing, malformed JSON, a newer or
 * unknown shape, non-string entries, keys that are not `path#id`) yields what can be trusted, which
 * may be nothing. Never throws.
 */
export function parseCovered(raw: string | null | undefined): Set<string> {
  if (!raw) return new Set();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return new Set();
  }
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1
      ? (value as { covered?: unknown }).covered
      : undefined;
  if (!Array.isArray(list)) return new Set();
  const keys = new Set<string>();
  for (const key of list.slice(0, MAX_KEYS)) if (typeof key === 'string' && KEY.test(key)) keys.add(key);
  return keys;
}

/** The stored form of a covered set, versioned so that a later format can tell it apart; keys sorted for stable output. */
export function serializeCovered(covered: Iterable<string>): string {
  return JSON.stringify({ v: 1, covered: [...new Set(covered)].sort() });
}

/**
 * Progress per stage (in the given order) and overall. Only keys of items that exist count, so a
 * key left behind by a renamed or removed item never pushes a stage past its total.
 */
export function progress(stages: StageItems[], covered: ReadonlySet<string>): { stages: Array<Tally & { path: string }>; overall: Tally } {
  const perStage = stages.map((stage) => {
    const ids = new Set(stage.ids);
    const done = [...ids].filter((id) => covered.has(itemKey(stage.path, id))).length;
    return { path: stage.path, done, total: ids.size };
  });
  return {
    stages: perStage,
    overall: perStage.reduce((sum, stage) => ({ done: sum.done + stage.done, total: sum.total + stage.total }), { done: 0, total: 0 }),
  };
}

/** A copy of `covered` with `key` added (on) or removed (off). */
export function withCovered(covered: ReadonlySet<string>, key: string, on: boolean): Set<string> {
  const next = new Set(covered);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
