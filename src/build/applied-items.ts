/**
 * The checklist items a worked example applies, read from the same content graph that makes each
 * item's "Applied in" line (content-graph.ts, stepsApplying): an example applies an item when one
 * of its steps opens with a link to it, or has a list item that does. The practice prompt for an
 * assistant lists them, so that its score follows the example's own steps.
 */
import { stepsApplying, type GraphPage } from '../markdown/content-graph.ts';

/** One applied item: its stage number, id and bold text. */
export interface AppliedItem {
  stage: number;
  id: string;
  text: string;
}

/** The items of `stages` (in stage order, then page order) that `example` applies, each once. */
export function appliedItems(example: GraphPage, stages: Array<{ stage: number; page: GraphPage }>): AppliedItem[] {
  return stages.flatMap(({ stage, page }) => {
    const applied = stepsApplying(page, [example]);
    return page.anchors.filter((anchor) => anchor.kind === 'item' && applied.has(anchor.id)).map((anchor) => ({ stage, id: anchor.id, text: anchor.text }));
  });
}
