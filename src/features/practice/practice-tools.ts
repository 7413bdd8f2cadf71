/**
 * The practice tools, as one lazily loaded module (boot.ts beside it loads it). On
 * load it shows what the stored state asks for (practice mode, a running timer), then handles the
 * practice controls itself: the practice toggle, the reset, the timer's start form (and its
 * hint, which follows the length typed), and the "Rehearse" and "Random prompt" buttons. It also
 * follows changes made in other tabs.
 */
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';
import { PRACTICE_COVERED_KEY, PRACTICE_MODE_KEY } from './practice-progress.ts';
import * as practice from './practice-mode.ts';
import * as timer from '../timer/timer-widget.ts';
import { parseTimer, TIMER_KEY } from '../timer/interview-timer.ts';
import { store } from './practice-page.ts';
import rehearsalUrl from '../rehearsal/start.ts?script-url';

/** The timer's keys (the session, and the reader's choices of size and chime), and null: storage cleared. */
const TIMER_KEYS: Array<string | null> = [null, STORAGE_KEYS.timer, STORAGE_KEYS.timerSize, STORAGE_KEYS.timerChime];

practice.sync();
timer.sync();
timer.hintLength();

document.addEventListener('click', (event) => {
  const rehearse = (event.target as Element).closest<HTMLElement>('[data-timer-rehearse]');
  if (rehearse) return void timer.rehearse(rehearse);
  const control = (event.target as Element).closest('[data-practice-toggle], [data-practice-reset]');
  if (!control) return;
  if (control.hasAttribute('data-practice-reset')) void practice.reset();
  else practice.toggle();
});

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!form.matches('[data-timer-start]')) return;
  event.preventDefault();
  timer.start(form);
});

document.addEventListener('input', (event) => {
  if ((event.target as Element).closest('[data-timer-start]')) timer.hintLength();
});

// On a worked example, "Check your answer" (src/features/rehearsal/) loads once a session rehearses
// the page's problem, however it started; it follows the session from then on.
const rehearsed = document.querySelector<HTMLElement>('[data-timer-rehearse][data-problem]')?.dataset.problem?.trim();
if (rehearsed) {
  const loadRehearsal = () => {
    if (parseTimer(store.get(TIMER_KEY))?.problem !== rehearsed) return;
    document.removeEventListener('timer-change', loadRehearsal);
    void import(/* @vite-ignore */ rehearsalUrl);
  };
  document.addEventListener('timer-change', loadRehearsal);
  loadRehearsal();
}

// A rehearsal ended the session it belongs to (src/features/rehearsal/rehearsal.ts): the bar follows.
document.addEventListener('timer-refresh', () => timer.sync());

// Another tab changed the state (a null key means storage was cleared): follow it.
addEventListener('storage', (event) => {
  if (event.key === null || event.key === PRACTICE_MODE_KEY || event.key === PRACTICE_COVERED_KEY) practice.sync();
  if (TIMER_KEYS.includes(event.key)) timer.sync();
});
