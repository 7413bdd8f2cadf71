// The page-side code of "Check your answer", bundled with the other components' into one file every
// page loads (src/boot.ts), and kept to a few bytes: it loads the rehearsal module (rehearsal.ts)
// where the browser holds something for it to show. `data-rehearsal` names what, after the storage
// key's prefix: a worked example's slug (a rehearsal not yet compared), or `attempts` on the
// examples index. A rehearsal that starts loads the module through the practice tools (start.ts).
import url from './rehearsal.ts?script-url';

try {
  // Without the attribute the key ends in `undefined`, which nothing stores.
  if (localStorage.getItem(__STORAGE_KEY_REHEARSAL__ + document.querySelector<HTMLElement>('[data-rehearsal]')?.dataset.rehearsal)) void import(/* @vite-ignore */ url);
} catch {
  // Storage blocked: nothing stored to show.
}
