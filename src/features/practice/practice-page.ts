/**
 * What the practice-mode and timer scripts share: the stage data (fetched once), the polite live
 * region, storage that never throws (and says once when it keeps nothing), and a small element
 * builder. Loaded only with those scripts.
 */
import { fallbackStorage, type StorageProblem } from './fallback-storage.ts';
import type { StageItems } from './practice-progress.ts';
import { withBase } from '../../lib/urls.ts';
import stylesUrl from './practice-tools.css?script-url';

/** A stage as /practice-stages.json describes it (src/pages/practice-stages.json.ts). */
export interface StageData extends StageItems {
  stage: number;
  title: string;
  /** The stage page's URL with base. */
  href: string;
}

/** What the reader is told, once, when the browser will not keep their progress. */
const NOT_KEPT: Record<StorageProblem, string> = {
  unavailable: 'This browser does not let the site store anything: ticks and the timer last only until you leave or reload this page.',
  full: 'This browser’s storage for the site is full: ticks and the timer last only until you leave or reload this page.',
};
let untold: string | undefined;

/** Shows the storage problem where the reader is: in the practice controls, else in the timer bar. */
function showNotKept(problem: StorageProblem) {
  showNote('Progress will not be kept. ', NOT_KEPT[problem]);
}

/** A problem the reader must see: shown where they are, in the practice controls, else in the timer bar, and said once. */
function showNote(lead: string, text: string) {
  untold = `${lead}${text}`;
  const note = h('p', { class: 'practice-storage-note' }, h('strong', {}, lead), text);
  const place = document.querySelector('.practice-controls') ?? document.querySelector('.timer-status');
  place?.append(note);
}

/** Says `message` through the page's polite status region, after a storage problem with that problem too. */
export function announce(message: string): void {
  const region = document.getElementById('practice-status');
  if (region) region.textContent = untold ? `${message} ${untold}` : message;
  untold = undefined;
}

/** localStorage that falls back to memory, and tells the reader, instead of failing. */
export const store = fallbackStorage(() => localStorage, showNotKept);

/** `document.createElement` with attributes and children; text children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const STAGES_URL = withBase('/practice-stages.json', import.meta.env.BASE_URL);

/**
 * Fetched once, before the tools run (the top-level await below holds back every module that
 * imports this one), so that stageData() stays synchronous: the timer asks for it every second.
 * Without it the tools still work on this page, but the counts and the timer's stage links are
 * missing: say so.
 */
const stagesLoaded: Promise<StageData[]> = fetch(STAGES_URL)
  .then((response) => {
    if (!response.ok) throw new Error(`${STAGES_URL} answered ${response.status}`);
    return response.json() as Promise<unknown>;
  })
  .then((value) => {
    if (!Array.isArray(value)) throw new Error(`${STAGES_URL} is not a list of stages`);
    return value as StageData[];
  })
  .catch((error: unknown) => {
    console.error('Practice mode could not load the list of items:', error);
    showNote('Progress counts are missing. ', 'The list of items could not load: check your connection and reload the page.');
    return [];
  });

/**
 * Adds the stylesheet at `url` (a `?script-url` import) to the page; resolves once it applies,
 * or once it has failed, said in the console: what is drawn with it works without it. The tools
 * and the rehearsal (rehearsal.ts) wait for theirs, so that nothing they draw shows unstyled.
 */
export function addStylesheet(url: string, what: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const link = h('link', { rel: 'stylesheet', href: url });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      console.error(`${what} could not load (${url}).`);
      resolve();
    });
    document.head.append(link);
  });
}

// The tools' own stylesheet (practice-tools.css), added as this module loads, so that it downloads beside the stage data.
const styled = addStylesheet(stylesUrl, "The practice tools' styles");

const [stages] = await Promise.all([stagesLoaded, styled]);

/** The five stages with their item ids. */
export function stageData(): StageData[] {
  return stages;
}
