// The page-side code of src/features/search/Search.astro, bundled with the other components' into one
// file every page loads (src/boot.ts).
/**
 * The bootstrap: the button, the shortcuts (Ctrl/⌘K anywhere, "/" outside text fields) and the
 * landing highlight. It shows the dialog at once, so no keystroke is lost, and loads the dialog's
 * code (and through it Pagefind) only on intent. A plain script, not a custom element: there is
 * one search per page, and this runs on every page before the reader does anything.
 */
import type { SearchDialog } from './search-dialog.ts';
// Bundled as chunks of their own and loaded by URL: a plain import() would add Vite's preload helper to every page.
import dialogUrl from './search-dialog.ts?script-url';
import landingUrl from './search-landing.ts?script-url';

type DialogModule = typeof import('./search-dialog.ts');
type LandingModule = typeof import('./search-landing.ts');

// Each part of src/boot.ts does nothing when its element is missing, so the others still run.
const host = document.querySelector<HTMLElement>('site-search');
if (host) {
  const button = host.querySelector('button')!;
  const dialog = host.querySelector('dialog')!;
  const input = host.querySelector('input')!;
  let ui: Promise<SearchDialog> | undefined;

  const load = () => (ui ??= (import(/* @vite-ignore */ dialogUrl) as Promise<DialogModule>).then(({ SearchDialog }) => new SearchDialog(host)));

  /** Opens the dialog (or, when it is open, selects the query for retyping). */
  async function open() {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    (await load()).opened();
  }

  // Esc (or Close) gives focus back to where the reader was: the browser does that for a modal
  // dialog (HTML's focus restoration), even before the dialog code has loaded.
  if (/Mac|iPhone|iPad/.test(navigator.userAgent)) host.querySelector('.search-shortcut')!.textContent = '⌘K';
  const intent = () => void load().then((dialogUi) => dialogUi.warm());
  for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, intent, { passive: true });
  button.addEventListener('click', () => void open());
  document.addEventListener('keydown', (event) => {
    // One modal at a time: a confirmation that is open waits for its answer, and closing it for
    // search would count as an answer the reader did not give.
    const other = document.querySelector('dialog:modal');
    if (other && other !== dialog) return;
    const target = document.activeElement;
    // Enter in the field reaches the dialog's code through here, so that an Enter typed while that
    // code still loads is not lost: it opens the first result once the results are in.
    if (event.key === 'Enter' && target === input) void load().then((dialogUi) => dialogUi.enter(event));
    const editable = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const modK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable;
    if (modK || (slash && !dialog.open)) {
      event.preventDefault();
      void open();
    }
  });
  if (new URLSearchParams(location.search).has('highlight')) {
    void (import(/* @vite-ignore */ landingUrl) as Promise<LandingModule>).then(({ highlightLanding }) => highlightLanding());
  }
}
