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
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  // The sticky header (64 px) and a little more: a heading scrolled to sits just below it.
  const BAND = 96;
  const ROOM = 32;
  let shown: HTMLAnchorElement | undefined;
  let pending = false;
  const update = () => {
    pending = false;
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    let current = -1;
    targets.forEach((target, index) => {
      const top = target?.getBoundingClientRect().top ?? Infinity;
      if (top < BAND || (atEnd && top < innerHeight)) current = index;
    });
    links.forEach((link, index) => {
      if (index !== current) return link.removeAttribute('aria-current');
      link.setAttribute('aria-current', 'true');
      if (link === shown) return;
      shown = link;
      const box = column.getBoundingClientRect();
      const rect = link.getBoundingClientRect();
      if (rect.top < box.top + ROOM) column.scrollTop -= box.top + ROOM - rect.top;
      else if (rect.bottom > box.bottom - ROOM) column.scrollTop += rect.bottom - (box.bottom - ROOM);
    });
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
