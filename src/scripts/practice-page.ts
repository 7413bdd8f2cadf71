/**
 * What the practice-mode and timer scripts share: the stage data the page carries, the polite live
 * region, storage that never throws, and a small element builder. Loaded only with those scripts.
 */
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

/** Says `message` to screen readers through the page's polite status region. */
export function announce(message: string): void {
  const region = document.getElementById('practice-status');
  if (region) region.textContent = message;
}

// Where localStorage is disabled or full, the state lives for this page only instead of failing.
const memory = new Map<string, string>();

/** localStorage that falls back to memory instead of throwing. */
export const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return memory.get(key) ?? null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      memory.set(key, value);
    }
  },
  remove(key: string): void {
    memory.delete(key);
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};

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
