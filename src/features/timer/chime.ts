/**
 * The chime the timer plays at each stage change: two short sine tones made with the Web Audio API,
 * so there is no sound file to download. Browsers let a page start sound only once the reader has
 * used it (a click, a tap or a key): `primeChime` makes or starts the audio context on that use, so
 * that a chime due later, when nobody is touching the page, can sound. (Listeners added twice are
 * added once: `prime` is one function.)
 */

/** The two notes, in hertz (A5 then E6), each this long, the second this much after the first. */
const NOTES = [880, 1318.5];
const NOTE_SECONDS = 0.6;
const GAP_SECONDS = 0.2;

/** How long a chime waits for the browser to let sound start before it says it could not. */
const ALLOW_MS = 1000;

let context: AudioContext | undefined;

/** The page's audio context, made on first need; undefined where the browser has no Web Audio. */
function audio(): AudioContext | undefined {
  if (!context && typeof AudioContext === 'function') context = new AudioContext();
  return context;
}

function prime() {
  removeEventListener('pointerdown', prime, true);
  removeEventListener('keydown', prime, true);
  audio()?.resume().catch(() => undefined);
}

/** Makes (or starts) the audio context during the reader's next click, tap or key, when the browser lets it start. */
export function primeChime(): void {
  if (context?.state === 'running') return;
  addEventListener('pointerdown', prime, true);
  addEventListener('keydown', prime, true);
}

/**
 * Plays the chime. Resolves false when it cannot sound: no Web Audio, or the browser holds sound
 * back because the page has not been used since it loaded (the tones then play once it has been).
 */
export async function chime(): Promise<boolean> {
  const ctx = audio();
  if (!ctx) return false;
  const start = ctx.currentTime + 0.02;
  NOTES.forEach((frequency, i) => {
    const at = start + i * GAP_SECONDS;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = frequency;
    // A soft attack and an exponential fade: a bell, not a beep, and no click at either end.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_SECONDS);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + NOTE_SECONDS);
  });
  if (ctx.state === 'running') return true;
  // A context the browser does not allow to start leaves resume() pending until it does.
  const allowed = ctx.resume().then(() => true, () => false);
  return Promise.race([allowed, new Promise<boolean>((resolve) => setTimeout(resolve, ALLOW_MS, false))]);
}
