/**
 * Where a link to a fragment the page lacks should land: on the item itself when only the case
 * differs (`#Metrics` for `#metrics`), otherwise nowhere, with the closest items to offer instead.
 * Pure, so the client module (src/features/fragment-notice/fragment-notice.ts) only reads the page and renders.
 */
import { closest } from '../../lib/closest.ts';

/** Something on the page a link can land on: a heading, an item, or an item's former id. */
export interface PageTarget {
  id: string;
  /** What a reader sees for it: the heading or the item's bold text. */
  title: string;
  /** For a former id: the item's current id, which a suggestion links to instead. */
  itemId?: string | undefined;
}

export type Landing =
  /** Only the case differs: go to this id (it may be a former id, which lands on its item too). */
  | { kind: 'case'; id: string }
  /** Nothing matches: the closest items, nearest first, by their current ids. */
  | { kind: 'missing'; suggestions: Array<{ id: string; title: string }> };

/**
 * Decides the landing for a fragment that matched no id exactly. Closeness ignores case and is
 * the build's own (closest.ts), so the page offers what the build's error messages would.
 */
export function fragmentLanding(wanted: string, targets: PageTarget[], count = 3): Landing {
  const folded = wanted.toLowerCase();
  const sameWord = targets.find((target) => target.id.toLowerCase() === folded);
  if (sameWord) return { kind: 'case', id: sameWord.id };
  const byId = new Map(targets.map((target) => [target.id, target]));
  const suggestions = new Map<string, string>();
  for (const id of closest(folded, byId.keys(), targets.length)) {
    const target = byId.get(id)!;
    const shown = target.itemId ?? target.id;
    if (!suggestions.has(shown)) suggestions.set(shown, target.title);
    if (suggestions.size === count) break;
  }
  return { kind: 'missing', suggestions: [...suggestions].map(([id, title]) => ({ id, title })) };
}
