/**
 * How every boot part (src/boot.ts) loads a feature's lazy code for a control the reader pressed.
 * On a slow first visit that code can take seconds, so the control says it is busy meanwhile
 * (aria-busy, drawn by global.css), and a load that fails is said beside that control, where
 * the reader is looking, not at the top of a page they may have scrolled far down. Code loaded
 * for the page rather than for a press (no control) says a failure in the page's notice region.
 * Resolves with the module, or undefined once the failure has been said: the caller may re-arm.
 */
import { notice } from './fragment-notice/boot.ts';

let failure: Element | undefined;

export function loadFeature<T>(url: string, what: string, control?: Element | null): Promise<T | void> {
  failure?.remove();
  control?.setAttribute('aria-busy', 'true');
  return (import(/* @vite-ignore */ url) as Promise<T>)
    .catch(() => {
      const text = `${what} could not load: check your connection and try again.`;
      if (!control) return void notice(text);
      failure = Object.assign(document.createElement('span'), { className: 'beside-note', role: 'alert', textContent: text });
      control.after(failure);
    })
    .finally(() => control?.removeAttribute('aria-busy'));
}
