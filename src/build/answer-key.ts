/**
 * The answer key of "Check your answer" (src/features/rehearsal/): for each worked example, the
 * checklist items its steps apply, each with the first step that applies it, and the items its
 * `Skipped:` paragraphs name, with their reasons. Read from the content graph with stepsApplying,
 * the function behind every item's "Applied in" list, so the comparison and that list never disagree.
 */
import { linkTarget, stepsApplying, type GraphPage } from '../markdown/content-graph.ts';
import type { ExampleKey } from '../features/rehearsal/answer-check.ts';

/** A stage page of the graph and its number. */
export interface GraphStage {
  stage: number;
  page: GraphPage;
}

/** What `example` applies and skips of the stages' items, in the example's content order. */
export function exampleKey(example: GraphPage, stages: readonly GraphStage[]): ExampleKey {
  const key: ExampleKey = { title: example.title ?? example.path, applied: [], skipped: [] };
  for (const { stage, page } of stages) {
    for (const [id, steps] of stepsApplying(page, [example])) {
      const first = steps[0]!;
      key.applied.push({ stage, id, step: first.stepId, stepText: first.stepText });
    }
  }
  // A skip names an item by its current id or a former one, as a step may.
  const items = new Map<string, { stage: number; id: string }>();
  for (const { stage, page } of stages) {
    for (const anchor of page.anchors) {
      if (anchor.kind !== 'item') continue;
      for (const id of [anchor.id, ...anchor.formerIds]) items.set(`${page.file}#${id}`, { stage, id: anchor.id });
    }
  }
  const seen = new Set<string>();
  for (const skip of example.skips) {
    const { file, fragment } = linkTarget(skip.url, example.file);
    const item = items.get(`${file}#${fragment}`);
    if (!item || seen.has(`${item.stage}:${item.id}`)) continue;
    seen.add(`${item.stage}:${item.id}`);
    key.skipped.push({ ...item, reason: skip.reason });
  }
  return key;
}
