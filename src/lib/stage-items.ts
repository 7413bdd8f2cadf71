/**
 * Every checklist item of the five stages, in page order, with the links the cheat sheet prints and
 * the keys practice mode stores. One list feeds both, so the cheat sheet and the checkboxes always
 * agree with the stage pages.
 */
import type { StagePage } from './navigation.ts';
import { withBase } from './urls.ts';

/** The key of one item, as practice mode stores it: the stage's site path (without base, so it survives a move to another base) and the item id. */
export function itemKey(stagePath: string, id: string): string {
  return `${stagePath}#${id}`;
}

/** An item as read from a stage page's anchors. */
export interface ItemAnchor {
  id: string;
  /** The item's bold text. */
  text: string;
}

/** One checklist item, ready to link to or tick. */
export interface StageItem extends ItemAnchor {
  /** `withBase(stage path) + '#' + id`. */
  href: string;
  /** The practice-mode key (see itemKey). */
  key: string;
}

/** One stage with its items. */
export interface StageItems {
  stage: number;
  title: string;
  /** Site path without base. */
  path: string;
  /** The stage page's URL with base. */
  href: string;
  items: StageItem[];
}

/**
 * The stages in order, each with its items. `itemsByPath` maps a stage's site path to its item
 * anchors in page order. A stage without items fails the build, naming its file: the cheat sheet
 * would silently lose a stage otherwise.
 */
export function stageItems(stages: StagePage[], itemsByPath: ReadonlyMap<string, ItemAnchor[]>, base: string): StageItems[] {
  return stages.map((stage) => {
    const anchors = itemsByPath.get(stage.path) ?? [];
    if (anchors.length === 0) throw new Error(`${stage.file}: stage ${stage.stage} has no checklist items for the cheat sheet.`);
    const href = withBase(stage.path, base);
    return {
      stage: stage.stage,
      title: stage.title,
      path: stage.path,
      href,
      items: anchors.map((anchor) => ({ id: anchor.id, text: anchor.text, href: `${href}#${anchor.id}`, key: itemKey(stage.path, anchor.id) })),
    };
  });
}
