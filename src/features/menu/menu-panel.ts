/**
 * The phone menu's panel (see MenuToggle.astro, which loads this on the first tap): opens and
 * closes the sidebar as a panel. While it is open the rest of the page is inert (no focus, no
 * clicks, hidden from screen readers), Tab cycles between the button and the panel's links, and
 * Escape or the button closes it, giving focus back to the button.
 */

/** Everything in the body that contains none of `keep`, as high up the tree as possible. */
function outside(keep: Element[]): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (keep.includes(child)) continue;
      if (keep.some((element) => child.contains(element))) walk(child);
      // Already inert elements are someone else's (a dialog): left as they are, and not restored.
      else if (child instanceof HTMLElement && !child.inert) found.push(child);
    }
  };
  walk(document.body);
  return found;
}

/** Takes over the menu button of `toggle` from its bootstrap, and opens the panel (the tap that loaded this). */
export function takeOver(toggle: HTMLElement): void {
  const button = toggle.querySelector('button')!;
  const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
  const phone = matchMedia('(max-width: 49.99rem)');
  let shut: HTMLElement[] = [];
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.toggleAttribute('data-open', open);
    shut.forEach((element) => (element.inert = false));
    shut = open ? outside([toggle, panel]) : [];
    shut.forEach((element) => (element.inert = true));
  };
  button.addEventListener('click', () => setOpen(!isOpen()));
  document.addEventListener('keydown', (event) => {
    if (!isOpen()) return;
    if (event.key === 'Escape') {
      setOpen(false);
      button.focus();
    } else if (event.key === 'Tab') {
      // The browser's own tab order already skips the inert page; this closes the loop at both ends.
      const stops = [button, ...panel.querySelectorAll<HTMLElement>('a[href]')];
      const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
      if (document.activeElement === edge) {
        event.preventDefault();
        (event.shiftKey ? stops[stops.length - 1] : stops[0])!.focus();
      }
    }
  });
  // Widened past phone size (a rotated tablet), the sidebar is a column again: nothing stays inert.
  phone.addEventListener('change', () => {
    if (!phone.matches && isOpen()) setOpen(false);
  });
  setOpen(true);
}
