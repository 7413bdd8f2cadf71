/**
 * What a click on a `[data-copy]` control does, loaded on the first click (by boot.ts beside it):
 * - `page`: copies the page's Markdown twin (the file its `<link rel="alternate" type="text/markdown">` names);
 * - `item`: copies the Markdown of the checklist item the button sits in, from the twin's
 *   `.items.json` file (src/pages/[...slug].items.json.ts);
 * - `example:<slug>` or `prompt:<id>`: copies the practice prompt for a chat assistant
 *   (src/features/assistant-prompt/assistant-prompt.ts), for an interview of the timer's default length.
 * Each file is fetched once per page. It says what it copied; where the Clipboard API is missing
 * or refused it shows the text selected in a field, ready for Ctrl+C; where the text cannot load
 * (offline, before the offline copy is saved) it says so. Nothing leaves the reader's browser.
 */
import { assistantPrompt, type AssistantPractice } from '../assistant-prompt/assistant-prompt.ts';
import { DEFAULT_MINUTES } from '../timer/interview-timer.ts';
import { markdownItemsPath, withBase } from '../../lib/urls.ts';

const files = new Map<string, Promise<Response>>();

/** The file at `url`, fetched once (again after a failure). */
async function load(url: string): Promise<Response> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response;
    });
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  // A response body reads once: each caller gets its own copy.
  return (await file).clone();
}

/** The page's twin, as its `<head>` names it. */
function twinUrl(): string {
  const link = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="text/markdown"]');
  if (!link) throw new Error('This page has no Markdown version.');
  return link.href;
}

/** What a control copies: the text, what the control shows and what is announced once it is copied, and what it is. */
interface Copied {
  text: string;
  shown: string;
  done: string;
  what: string;
}

/** What `control` copies, loaded (see the module comment); throws when it cannot load. */
async function textFor(control: HTMLElement): Promise<Copied> {
  const kind = control.dataset.copy ?? '';
  if (kind === 'page') return { text: await (await load(twinUrl())).text(), shown: 'Copied', done: 'Page copied as Markdown', what: 'Markdown of this page' };
  if (kind === 'item') {
    const id = control.closest('li')?.id ?? '';
    const items = (await (await load(markdownItemsPath(twinUrl()))).json()) as Record<string, string>;
    const text = items[id];
    if (!text) throw new Error(`No Markdown for item #${id}.`);
    return { text, shown: 'Copied', done: 'Item copied as Markdown', what: 'Markdown of this item' };
  }
  const data = (await (await load(withBase('/assistant-practice.json', import.meta.env.BASE_URL))).json()) as AssistantPractice;
  const done = 'Prompt copied: paste it into any chat assistant';
  return { text: assistantPrompt(data, kind, DEFAULT_MINUTES), shown: done, done, what: 'prompt' };
}

/** Announces `message` through the page's copy status region (src/features/copy-link/CopyLinks.astro). */
function announce(message: string) {
  const status = document.getElementById('copy-status');
  if (status) status.textContent = message;
}

/** Says what happened on the control itself for a moment ("Copied"), then shows its own label again. */
function confirm(control: HTMLElement, shown: string, message: string) {
  announce(message);
  control.dataset.label ??= control.textContent ?? '';
  control.textContent = shown;
  clearTimeout(Number(control.dataset.timer));
  control.dataset.timer = String(setTimeout(() => (control.textContent = control.dataset.label ?? ''), 2000));
}

/** Shows `node` after the control: the field to copy from, or why there is nothing to copy. */
function showAfter(control: HTMLElement, node: HTMLElement) {
  node.classList.add('beside-note');
  control.after(node);
}

/** The fallback: the text in a selected read-only field after the control. */
function offer(control: HTMLElement, text: string, what: string) {
  const field = document.createElement('textarea');
  field.readOnly = true;
  field.rows = 8;
  field.value = text;
  field.setAttribute('aria-label', `The ${what}; press Control+C or Command+C to copy it`);
  // Moving focus away closes the field; Esc does it by focusing the control again (as copy-link.ts does).
  field.addEventListener('blur', () => field.remove());
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    control.focus();
  });
  showAfter(control, field);
  field.focus();
  field.select();
  announce(`The ${what} is selected: copy it with Control+C or Command+C`);
}

/** Says, beside the control and aloud, that the text could not load. */
function fail(control: HTMLElement) {
  const message = 'Could not load the text to copy: check your connection and try again.';
  const note = document.createElement('span');
  note.textContent = message;
  showAfter(control, note);
  announce(message);
}

/** Copies what `control` stands for (see the module comment). */
export async function copy(control: HTMLElement): Promise<void> {
  // What an earlier click left beside the control (a failure, an offered field) goes.
  control.parentElement?.querySelector(':scope > .beside-note')?.remove();
  let copied: Copied;
  try {
    copied = await textFor(control);
  } catch {
    fail(control);
    return;
  }
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(copied.text);
    confirm(control, copied.shown, copied.done);
  } catch {
    offer(control, copied.text, copied.what);
  }
}
