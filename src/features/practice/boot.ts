// The page-side code of src/features/practice/Practice.astro, bundled with the other components' into one
// file every page loads (src/boot.ts).
import { loadFeature } from '../load-feature.ts';
import toolsUrl from './practice-tools.ts?script-url';

// Loads the practice tools (src/features/practice/practice-tools.ts) only when they are needed: at once
// when practice mode is on or a timer session is stored, otherwise on the first use of a practice
// control, which is then replayed for the tools to handle. It also opens and closes the practice
// controls' disclosure on phones. The storage keys are compile-time constants (src/lib/storage-keys.ts),
// so that this script does not pull in the tools' modules. Not a custom element,
// and kept small: it runs on every page before the reader does anything.
let ready = false;
let loading: Promise<unknown> | undefined;
/** Loads the tools, once (again after a failure); `control` is the one the reader pressed, if any. */
const load = (control?: Element) =>
  // import() settles once the tools have run, their top-level await (the stage data and their stylesheet) included.
  (loading ??= loadFeature(toolsUrl, 'Practice mode', control).then((module) => (module ? (ready = true) : (loading = undefined))));
try {
  if (localStorage.getItem(__STORAGE_KEY_PRACTICE_MODE__) === 'on' || localStorage.getItem(__STORAGE_KEY_TIMER__)) void load();
} catch {
  // Storage blocked: nothing stored to show; the tools load on first use and say so.
}
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  // The phones' one-line disclosure of the practice controls needs no tools to open.
  const disclosure = target.closest('[data-practice-disclosure]');
  disclosure?.setAttribute('aria-expanded', String(disclosure.getAttribute('aria-expanded') !== 'true'));
  // The start form's submit button too: its click (Enter in the field makes one) would submit the
  // form before the tools are there to take it, so it is held back and made again once they are.
  const control = target.closest<HTMLElement>('[data-practice-toggle],[data-practice-reset],[data-timer-rehearse],[data-timer-start] button');
  if (control && !ready) {
    event.preventDefault();
    void load(control).then(() => ready && control.click());
  }
});
// Typing a length: the tools write the stage hint for it (they read the field, so nothing to replay).
document.addEventListener('input', (event) => (event.target as Element).closest('[data-timer-start]') && load());
// Another tab turned practice mode on or started a timer: the tools follow it from then on.
addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith('mf-')) void load();
});
