// The page-side code of src/components/TableOfContents.astro, bundled with the other components' into one
// file every page loads (src/scripts/boot/index.ts).
// Marks the link of the heading or item nearest the top of the viewport with aria-current, so
// the reader sees where they are in the outline while scrolling, and scrolls the column (never
// the page) to keep that link in view. Scrolled to the very end, the page's last entries may
// never reach the top band: then the last one in view is current. A plain script (one column per
// page, and it runs on every page before the reader does anything); the inline variant has none.
const column = document.querySelector<HTMLElement>('toc-spy');
if (column) {
  const links = [...column.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter((el) => el !== null);
  const visible = new Set<Element>();
  const atEnd = () => innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  const inView = (target: Element) => {
    const rect = target.getBoundingClientRect();
    return rect.top < innerHeight && rect.bottom > 0;
  };
  // Scrolls the column, not the page, so that `link` shows with a little room around it.
  const reveal = (link: HTMLElement) => {
    const room = 32;
    const box = column.getBoundingClientRect();
    const rect = link.getBoundingClientRect();
    if (rect.top < box.top + room) column.scrollTop -= box.top + room - rect.top;
    else if (rect.bottom > box.bottom - room) column.scrollTop += rect.bottom - (box.bottom - room);
  };
  let shown: HTMLAnchorElement | undefined;
  const update = () => {
    const current = (atEnd() && targets.findLast(inView)) || targets.find((target) => visible.has(target));
    for (const link of links) {
      const on = current !== undefined && link.hash === `#${current.id}`;
      if (on) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
      if (on && link !== shown) reveal((shown = link));
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) visible[entry.isIntersecting ? 'add' : 'delete'](entry.target);
      update();
    },
    // The band below the sticky header and above the lower half of the viewport counts as "in view".
    { rootMargin: '-64px 0px -45% 0px' },
  );
  targets.forEach((target) => observer.observe(target));
  // The band may not change on the last stretch of the page; the end of the page still has to count.
  let pending = false;
  addEventListener(
    'scroll',
    () => {
      if (pending || !atEnd()) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        update();
      });
    },
    { passive: true },
  );
}
