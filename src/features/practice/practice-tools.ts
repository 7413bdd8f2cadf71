/**
 * The practice tools, as one lazily loaded module (see Practice.astro for how it is loaded). On
 * load it shows what the stored state asks for (practice mode, a running timer), then handles the
 * practice controls itself: the practice toggle, the reset, the timer's start form, and the
 * "Rehearse this problem" and "Random prompt" buttons. It also
 * follows changes made in other tabs.
 */
import { TIMER_KEY } from '../timer/interview-timer.ts';
import { PRACTICE_COVERED_KEY, PRACTICE_MODE_KEY } from './practice-progress.ts';
import * as practice from './practice-mode.ts';
import * as timer from '../timer/timer-widget.ts';

practice.sync();
timer.sync();

document.addEventListener('click', (event) => {
  const rehearse = (event.target as Element).closest<HTMLElement>('[data-timer-rehearse]');
  if (rehearse) return timer.rehearse(rehearse);
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

// Another tab changed the state (a null key means storage was cleared): follow it.
addEventListener('storage', (event) => {
  if (event.key === null || event.key === PRACTICE_MODE_KEY || event.key === PRACTICE_COVERED_KEY) practice.sync();
  if (event.key === null || event.key === TIMER_KEY) timer.sync();
});
