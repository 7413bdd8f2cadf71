/**
 * The pages that have share pages, as src/lib/share-pages.ts takes them, from the content folder
 * read as data (content-graph.ts): their title, stage and kind, and the anchors that get a share
 * page (the kind's `share`: its checklist items, or its `### ` steps). The share route and the
 * share-page specs read it.
 */
import type { GraphPage } from '../markdown/content-graph.ts';
import { kindOfFile } from '../lib/page-kinds.ts';
import type { ShareSource } from '../lib/share-pages.ts';

/** The share sources among the content pages, in content order. */
export function shareSources(pages: GraphPage[]): ShareSource[] {
  return pages.flatMap((page): ShareSource[] => {
    const kind = kindOfFile(page.relative);
    if (!kind.share) return [];
    const steps = new Set(page.steps.map((step) => step.id));
    const anchors = page.anchors
      .filter((anchor) => (kind.share === 'items' ? anchor.kind === 'item' : steps.has(anchor.id)))
      .map((anchor) => ({ id: anchor.id, formerIds: anchor.formerIds, text: anchor.text, details: page.details[anchor.id] ?? [] }));
    return [{ path: page.path, title: page.title ?? page.path, kind, stage: page.stage, anchors }];
  });
}
