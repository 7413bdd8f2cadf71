/**
 * The landing side of search: a page opened from a result (`?highlight=…#item`) marks the searched
 * words in its article. Loaded only when the address asks for it.
 */
import { matchRanges, takeHighlight } from './search-terms.ts';
import { clearHighlights, HIT_CLASS } from './search-marks.ts';

/**
 * On a page opened from a result (`?highlight=…#item`): drops the parameter from the address,
 * marks the searched words in the article, and brings the item into view below the header.
 */
export function highlightLanding() {
  const found = takeHighlight(location.href);
  if (!found) return;
  history.replaceState(history.state, '', found.cleanUrl);
  const root = document.querySelector('[data-pagefind-body]');
  if (!root || found.terms.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    // From the last match backwards, so earlier offsets stay valid while the node is split.
    for (const [start, end] of matchRanges(text.data, found.terms).reverse()) {
      const hit = text.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = HIT_CLASS;
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView({ block: 'start' });
  addEventListener('hashchange', clearHighlights, { once: true });
}
