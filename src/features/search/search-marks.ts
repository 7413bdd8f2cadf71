/**
 * The searched words a landing page marks, and their removal: a module of its own so that the
 * search dialog, which clears them when it opens, does not load the landing code with it.
 */

/** The class of the `<mark>` elements a landing adds. */
export const HIT_CLASS = 'search-hit';

/** Removes the highlight of searched words that a landing left in the page. */
export function clearHighlights() {
  for (const mark of document.querySelectorAll(`mark.${HIT_CLASS}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
