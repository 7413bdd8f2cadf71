// The page-side code of "Check your answer", bundled with the other components' into one file every
// page loads (src/boot.ts), and kept to a few bytes (no attribute on the page either: an example page
// has about ten bytes to spare of its 20 KiB): it loads the rehearsal module (rehearsal.ts) where the
// browser keeps something for this page's path: on a worked example, a rehearsal not yet compared;
// on the examples index, the attempts. A rehearsal that starts loads the module through the
// practice tools (start.ts), which start its timer.
import url from './rehearsal.ts?script-url';

try {
  if (localStorage.getItem(__STORAGE_KEY_REHEARSAL__ + location.pathname)) void import(/* @vite-ignore */ url);
} catch {
  // Storage blocked: nothing stored to show.
}
