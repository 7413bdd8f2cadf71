/**
 * The "On this page" column's scroll spy, loaded by boot.ts beside it on the first scroll.
 *
 * Marks the link of the section being read with aria-current: the last heading or item whose top
 * has passed into the band under the sticky header (at the very end of the page, where the last
 * entries may never get there, the last one in view), and scrolls the column (never the page) to
 * keep that link in view. One pass per frame while scrolling, over the page's few dozen targets:
 * smaller than an IntersectionObserver's bookkeeping.
 */
/** Starts following the scroll position in `column`. */
export function spy(column: HTMLElement) {
  const links = [...column.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  // The sticky header (64 px) and a little more: a heading scrolled to sits just below it.
  const BAND = 96;
  const ROOM = 32;
  let shown: HTMLAnchorElement | undefined;
  let pending = false;
  const update = () => {
    pending = false;
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    // Targets are in page order, so the last one past the band is the one being read.
    const current = links.findLast((link) => {
      const top = document.getElementById(decodeURIComponent(link.hash.slice(1)))?.getBoundingClientRect().top ?? Infinity;
      return top < BAND || (atEnd && top < innerHeight);
    });
    for (const link of links) link === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current');
    if (!current || current === shown) return;
    shown = current;
    const box = column.getBoundingClientRect();
    const rect = current.getBoundingClientRect();
    // Up when the link is above the column's room, else down when it is below it.
    column.scrollTop += Math.min(0, rect.top - box.top - ROOM) || Math.max(0, rect.bottom - box.bottom + ROOM);
  };
  addEventListener(
    'scroll',
    () => {
      if (!pending) requestAnimationFrame(update);
      pending = true;
    },
    { passive: true },
  );
  update();
}
