/**
 * Keeps the screen on while a session runs, where the browser offers the Screen Wake Lock API: a
 * phone left on the desk during a 45-minute rehearsal should not go dark. The lock is released on
 * pause and stop; the browser drops it whenever the page is hidden, and it is asked for again when
 * the page shows while the session still runs.
 */

/** Where the screen stands, for the reader: kept on, not asked for (no session running), or not to be had. */
export type ScreenState = { kind: 'on' | 'idle' | 'unsupported' } | { kind: 'refused'; reason: string };

let wanted = false;
let lock: WakeLockSentinel | undefined;
let asking = false;
/** Set by a refusal, so that the timer's every tick does not ask again; cleared when the page shows again. */
let refused = false;
let report: (state: ScreenState) => void = () => undefined;

/** Holds the lock while `on` (asking only while the page is visible), releases it otherwise, and tells `onState` how it went. */
export function keepScreenOn(on: boolean, onState: (state: ScreenState) => void): void {
  report = onState;
  wanted = on;
  if (!('wakeLock' in navigator)) return report({ kind: 'unsupported' });
  if (!on) {
    void lock?.release().catch(() => undefined);
    lock = undefined;
    return report({ kind: 'idle' });
  }
  if (lock || asking || refused || document.visibilityState !== 'visible') return;
  asking = true;
  navigator.wakeLock.request('screen').then(
    (sentinel) => {
      asking = false;
      if (!wanted) return void sentinel.release().catch(() => undefined);
      lock = sentinel;
      // The browser let it go (the page was hidden): forget it, to ask again on the way back.
      sentinel.addEventListener('release', () => {
        if (lock === sentinel) lock = undefined;
      });
      report({ kind: 'on' });
    },
    (error: Error) => {
      asking = false;
      refused = true;
      report({ kind: 'refused', reason: error.message });
    },
  );
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'visible') return;
  refused = false;
  keepScreenOn(wanted, report);
});
