/**
 * What the practice-mode and timer scripts share: the stage data the page carries, the polite live
 * region, storage that never throws (and says once when it keeps nothing), and a small element
 * builder. Loaded only with those scripts.
 */
import { fallbackStorage, type StorageProblem } from '../lib/fallback-storage.ts';
import type { StageItems } from '../lib/practice-progress.ts';

/** A stage as `<practice-root data-stages>` describes it (see Practice.astro). */
export interface StageData extends StageItems {
  stage: number;
  title: string;
  /** The stage page's URL with base. */
  href: string;
}

let stages: StageData[] | undefined;

/**
 * The five stages with their item ids, read from the page once: the data is fixed for the page's
 * life, and the timer asks for it every second.
 */
export function stageData(): StageData[] {
  stages ??= parseStages(document.querySelector('practice-root')?.getAttribute('data-stages'));
  return stages;
}

function parseStages(json: string | null | undefined): StageData[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? (value as StageData[]) : [];
  } catch {
    return [];
  }
}

/** What the reader is told, once, when the browser will not keep their progress. */
const NOT_KEPT: Record<StorageProblem, string> = {
  unavailable: 'This browser does not let the site store anything: ticks and the timer last only until you leave or reload this page.',
  full: 'This browser’s storage for the site is full: ticks and the timer last only until you leave or reload this page.',
};
let untold: string | undefined;

/** Shows the storage problem where the reader is: in the practice controls, else in the timer bar. */
function showNotKept(problem: StorageProblem) {
  untold = `Progress will not be kept. ${NOT_KEPT[problem]}`;
  const note = h('p', { class: 'practice-storage-note' }, h('strong', {}, 'Progress will not be kept. '), NOT_KEPT[problem]);
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
