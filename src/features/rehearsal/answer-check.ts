/**
 * "Check your answer", as pure functions: what a worked example's answer applies (the answer key,
 * which the build writes beside each example's page, as `rehearsal.json`, from the content graph, src/build/answer-key.ts), the
 * comparison of the items a reader ticked with it, stage by stage, its one-line summary, and the
 * running rehearsal and the finished attempts as the browser stores them. The DOM side is
 * rehearsal.ts beside it.
 */

/** A checklist item as the checklist shows it. */
export interface KeyItem {
  id: string;
  /** The item's bold text. */
  text: string;
}

/** A stage with its items, in page order. */
export interface KeyStage {
  stage: number;
  title: string;
  /** The stage page's URL with base. */
  href: string;
  items: KeyItem[];
}

/** An item the answer applies, and the first of its steps that applies it. */
export interface AppliedItem {
  stage: number;
  id: string;
  /** The step's id on the example page. */
  step: string;
  stepText: string;
}

/** An item an example's `Skipped:` paragraph names, with its sentence as the reason. */
export interface SkippedItem {
  stage: number;
  id: string;
  reason: string;
}

/** What one example's answer applies and skips. */
export interface ExampleKey {
  title: string;
  applied: AppliedItem[];
  skipped: SkippedItem[];
}

/** An example's `rehearsal.json` beside its page: the stages' items, and what its answer applies and skips. */
export interface AnswerKey {
  /** The example's slug. */
  slug: string;
  stages: KeyStage[];
  example: ExampleKey;
}

/** How a ticked item is stored: stage number and item id (ids are unique within a stage only). */
export function tickKey(stage: number, id: string): string {
  return `${stage}:${id}`;
}

/** One stage of the comparison, each list in the stage's item order. */
export interface StageComparison {
  stage: number;
  title: string;
  href: string;
  /** Applied by the answer and ticked. */
  covered: KeyItem[];
  /** Applied by the answer, not ticked: each with the step that applies it. */
  missed: Array<KeyItem & { step: string; stepText: string }>;
  /** Ticked, not applied by the answer: with the answer's reason when it says why it skips it. */
  extra: Array<KeyItem & { reason?: string }>;
}

/** The whole comparison, and its totals. */
export interface Comparison {
  stages: StageComparison[];
  applied: number;
  covered: number;
  extra: number;
}

/** Compares the ticked items (tickKey) with what the example's answer applies, stage by stage. */
export function compareAnswer(stages: readonly KeyStage[], example: ExampleKey, ticked: Iterable<string>): Comparison {
  const tickedSet = new Set(ticked);
  const applied = new Map(example.applied.map((item) => [tickKey(item.stage, item.id), item]));
  const reasons = new Map<string, string>();
  for (const skip of example.skipped) if (!reasons.has(tickKey(skip.stage, skip.id))) reasons.set(tickKey(skip.stage, skip.id), skip.reason);
  const result: Comparison = { stages: [], applied: 0, covered: 0, extra: 0 };
  for (const stage of stages) {
    const row: StageComparison = { stage: stage.stage, title: stage.title, href: stage.href, covered: [], missed: [], extra: [] };
    const known = new Set<string>();
    for (const item of stage.items) {
      const key = tickKey(stage.stage, item.id);
      known.add(key);
      const step = applied.get(key);
      const isTicked = tickedSet.has(key);
      if (step && isTicked) row.covered.push({ id: item.id, text: item.text });
      else if (step) row.missed.push({ id: item.id, text: item.text, step: step.step, stepText: step.stepText });
      else if (isTicked) {
        const reason = reasons.get(key);
        row.extra.push(reason === undefined ? { id: item.id, text: item.text } : { id: item.id, text: item.text, reason });
      }
    }
    // An applied item the stage list lacks (the key and the list come from one build, so only a
    // stale cache could do this) still counts, under its id, rather than vanishing from the totals.
    for (const item of example.applied) {
      if (item.stage !== stage.stage || known.has(tickKey(item.stage, item.id))) continue;
      if (tickedSet.has(tickKey(item.stage, item.id))) row.covered.push({ id: item.id, text: item.id });
      else row.missed.push({ id: item.id, text: item.id, step: item.step, stepText: item.stepText });
    }
    result.applied += row.covered.length + row.missed.length;
    result.covered += row.covered.length;
    result.extra += row.extra.length;
    result.stages.push(row);
  }
  return result;
}

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/** The one-line summary: how many applied items were covered, and the stage where most were missed. */
export function summarize(comparison: Comparison): string {
  const { applied, covered } = comparison;
  if (applied === 0) return 'This answer applies no checklist items, so there is nothing to compare.';
  const head = `You covered ${covered} of the ${items(applied)} this answer applies`;
  let worst: StageComparison | undefined;
  for (const stage of comparison.stages) if (stage.missed.length > (worst?.missed.length ?? 0)) worst = stage;
  if (!worst) return `${head}: none missed.`;
  return `${head}; stage ${worst.stage} is where you lost most (${worst.missed.length} missed).`;
}

/** The running rehearsal: which example, the timer session it belongs to, and the ticks so far. */
export interface Rehearsal {
  v: 1;
  /** The example's slug. */
  example: string;
  /** The timer session's start (its `startedAt`): a new session of the same problem is a new rehearsal. */
  started: number;
  ticked: string[];
}

const TICK = /^[1-9]\d*:[^\s:]+$/;

/** Reads a stored rehearsal; anything malformed is none. Never throws. */
export function parseRehearsal(raw: string | null | undefined): Rehearsal | undefined {
  try {
    const value = JSON.parse(raw ?? '') as Partial<Rehearsal>;
    if (value?.v !== 1 || typeof value.example !== 'string' || !Number.isFinite(value.started) || !Array.isArray(value.ticked)) return undefined;
    return { v: 1, example: value.example, started: value.started!, ticked: value.ticked.filter((key): key is string => typeof key === 'string' && TICK.test(key)) };
  } catch {
    return undefined;
  }
}

/** One finished rehearsal, as kept: covered, applied and extra counts per stage. */
export interface Attempt {
  /** Unique among the attempts: the finishing time in ms, as a string. */
  id: string;
  /** The example's slug and title. */
  example: string;
  title: string;
  /** When it finished, ISO 8601. */
  date: string;
  stages: Array<{ stage: number; covered: number; applied: number; extra: number }>;
}

/** How many attempts are kept: the oldest go first. */
export const MAX_ATTEMPTS = 50;

/** The attempt a comparison makes. */
export function attemptOf(example: string, title: string, finished: Date, comparison: Comparison): Attempt {
  return {
    id: String(finished.getTime()),
    example,
    title,
    date: finished.toISOString(),
    stages: comparison.stages.map((stage) => ({
      stage: stage.stage,
      covered: stage.covered.length,
      applied: stage.covered.length + stage.missed.length,
      extra: stage.extra.length,
    })),
  };
}

const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Reads the stored attempts (`{"v":1,"attempts":[…]}`), keeping those that are well formed. Never throws. */
export function parseAttempts(raw: string | null | undefined): Attempt[] {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    return [];
  }
  const list = (value as { v?: unknown; attempts?: unknown } | null)?.v === 1 ? (value as { attempts: unknown }).attempts : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((attempt): attempt is Attempt => {
    const a = attempt as Partial<Attempt> | null;
    return (
      typeof a?.id === 'string' &&
      typeof a.example === 'string' &&
      typeof a.title === 'string' &&
      typeof a.date === 'string' &&
      !Number.isNaN(Date.parse(a.date)) &&
      Array.isArray(a.stages) &&
      a.stages.every((s) => count(s?.stage) && count(s?.covered) && count(s?.applied) && count(s?.extra) && s.covered <= s.applied)
    );
  });
}

/** The stored form of the attempts, the newest MAX_ATTEMPTS of them. */
export function serializeAttempts(attempts: readonly Attempt[]): string {
  return JSON.stringify({ v: 1, attempts: attempts.slice(-MAX_ATTEMPTS) });
}
