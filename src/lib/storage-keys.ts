/**
 * Every name this site stores under in the reader's browser, defined once. The lazily loaded
 * modules import them; the small scripts every page runs (src/boot.ts, the theme's head script,
 * the offline switch) get them as compile-time constants through `vite.define` in astro.config.mjs,
 * because a module imported by both a page script and a lazy chunk becomes a file of its own: one
 * more request on every page.
 */
export const STORAGE_KEYS = {
  /** localStorage: 'light' or 'dark', the reader's choice of theme. */
  theme: 'theme',
  /** localStorage: 'on' while practice mode is on. */
  practiceMode: 'mf-practice-mode',
  /** localStorage: the ticked items, as JSON. */
  practiceCovered: 'mf-practice-covered',
  /** localStorage: the running mock interview, as JSON. */
  timer: 'mf-mock-timer',
  /** localStorage: 'small' while the reader keeps the timer bar minimized to one line. */
  timerSize: 'mf-timer-size',
  /** localStorage: 'on' when the timer chimes at each stage change. */
  timerChime: 'mf-timer-chime',
  /**
   * localStorage, a prefix followed by a page's path (base included): on a worked example's path,
   * its rehearsal not yet compared (its ticks), as JSON; on the examples index's path, the finished
   * rehearsals. So a page finds what it has to show from its own URL (src/features/rehearsal/boot.ts).
   */
  rehearsal: 'mf-rehearsal-',
  /**
   * localStorage: the reader's choice of offline copy: 'off' (none), 'all' (the whole site); unset,
   * the pages they open are kept as they go (src/features/offline/).
   */
  offline: 'mf-offline-copy',
  /** localStorage: the day of the reader's first visit (days since 1970, local time), to tell a later day's visit. */
  offlineFirstDay: 'mf-offline-first-day',
  /** Cache Storage: the offline copy's caches are named `<this> <base> <version>`. */
  offlineCache: 'mf-offline',
} as const;

/** The `vite.define` table: `__STORAGE_KEY_THEME__` and so on, each the key as a string literal. */
export function storageKeyDefines(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(STORAGE_KEYS).map(([name, key]) => [`__STORAGE_KEY_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}__`, JSON.stringify(key)]),
  );
}
