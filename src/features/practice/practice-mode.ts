/**
 * Practice mode in the page, loaded only once the reader turns it on (src/features/practice/boot.ts loads it). While it
 * is on: a "covered" checkbox in every checklist item (stage pages) and cheat-sheet entry, a
 * "3 / 11" badge on each stage link of the sidebar, the overall count under them, and the counts in
 * the practice controls. Ticks are kept in localStorage and never leave the browser; turning the
 * mode off removes every trace from the page but keeps the ticks for next time.
 */
import {
  PRACTICE_COVERED_KEY,
  PRACTICE_MODE_KEY,
  parseCovered,
  progress,
  serializeCovered,
  withCovered,
} from './practice-progress.ts';
import { itemKey } from '../../lib/stage-items.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { announce, h, stageData, store } from './practice-page.ts';

interface PageItem {
  element: HTMLElement;
  key: string;
  text: string;
  /** A stage item's bold text, which becomes the checkbox's label. */
  lead?: Element | undefined;
}

const root = document.documentElement;
const isOn = () => store.get(PRACTICE_MODE_KEY) === 'on';
const readCovered = () => parseCovered(store.get(PRACTICE_COVERED_KEY));
/** The stage path of this page, from its practice controls; undefined off the stage pages. */
const currentStage = () => document.querySelector<HTMLElement>('[data-practice-stage]')?.dataset.practiceStage;

/** The checklist items of a stage page and the entries of the cheat sheet, with their keys and names. */
function pageItems(): PageItem[] {
  const items: PageItem[] = [];
  const stagePath = currentStage();
  if (stagePath) {
    for (const li of document.querySelectorAll<HTMLElement>('article li.checklist-item[id]')) {
      const lead = li.querySelector(':scope > strong, :scope > p > strong') ?? undefined;
      items.push({ element: li, key: itemKey(stagePath, li.id), text: (lead?.textContent ?? li.dataset.pagefindTitle ?? li.id).trim(), lead });
    }
  }
  for (const li of document.querySelectorAll<HTMLElement>('[data-practice-key]')) {
    items.push({ element: li, key: li.dataset.practiceKey!, text: (li.textContent ?? '').trim() });
  }
  return items;
}

/** The item's own checkbox (not one of a nested item). */
const checkboxOf = (item: HTMLElement) => item.querySelector<HTMLInputElement>(':scope > .practice-check, :scope > p > .practice-check');

/**
 * Adds the checkbox to an item: on a stage page just before the item's bold text, which becomes its
 * label (inside the `<strong>`, so the item's styles and the copy-link control beside it stay as
 * they are); elsewhere first in the item.
 */
function addCheckbox(item: PageItem): HTMLInputElement {
  const box = h('input', { type: 'checkbox', class: 'practice-check', 'aria-label': `Covered: ${item.text}` });
  box.addEventListener('change', () => tick(item, box.checked));
  const lead = item.lead;
  if (lead) {
    box.id = `practice-check-${item.element.id}`;
    lead.before(box);
    lead.replaceChildren(h('label', { for: box.id, class: 'practice-label' }, ...lead.childNodes));
  } else {
    const first = item.element.firstElementChild;
    (first?.tagName === 'P' ? first : item.element).prepend(box);
  }
  return box;
}

function tick(item: PageItem, on: boolean) {
  const covered = withCovered(readCovered(), item.key, on);
  store.set(PRACTICE_COVERED_KEY, serializeCovered(covered));
  item.element.toggleAttribute('data-covered', on);
  const stages = stageData();
  const result = showProgress(covered);
  const index = stages.findIndex((stage) => item.key.startsWith(`${stage.path}#`));
  const stage = result.stages[index];
  const stageText = stage ? `Stage ${stages[index]!.stage}: ${stage.done} of ${stage.total} covered. ` : '';
  announce(`${stageText}All stages: ${result.overall.done} of ${result.overall.total}.`);
}

/** Writes the counts into the sidebar badges, the sidebar total and the practice controls. */
function showProgress(covered: ReadonlySet<string>) {
  const stages = stageData();
  const result = progress(stages, covered);
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#sidebar a')];
  stages.forEach((stage, index) => {
    const { done, total } = result.stages[index]!;
    const link = links.find((a) => a.getAttribute('href') === stage.href);
    if (!link) return;
    const badge =
      link.querySelector('.practice-badge') ??
      link.appendChild(h('span', { class: 'practice-badge' }, h('span', { 'aria-hidden': 'true' }), h('span', { class: 'sr-only' })));
    badge.firstElementChild!.textContent = `${done} / ${total}`;
    badge.lastElementChild!.textContent = `, ${done} of ${total} covered`;
    badge.toggleAttribute('data-complete', total > 0 && done === total);
  });

  const { done, total } = result.overall;
  const list = document.querySelector('#sidebar ol');
  if (list) {
    let overall = document.querySelector<HTMLElement>('.practice-overall');
    if (!overall) {
      overall = h('div', { class: 'practice-overall' }, h('p', {}), h('span', { class: 'practice-meter', 'aria-hidden': 'true' }, h('span', {})));
      list.after(overall);
    }
    overall.firstElementChild!.textContent = `Practice: ${done} of ${total} covered`;
    (overall.querySelector('.practice-meter > span') as HTMLElement).style.setProperty('--practice-share', String(total ? done / total : 0));
  }

  const stagePath = currentStage();
  const here = result.stages.find((stage) => stage.path === stagePath);
  for (const element of document.querySelectorAll('[data-practice-progress]')) {
    const all = h('span', {}, here ? `all stages: ${done} of ${total}` : `${done} of ${total} covered`);
    if (here) element.replaceChildren(h('span', {}, `This stage: ${here.done} of ${here.total} covered`), ' · ', all);
    else element.replaceChildren(all);
  }
  return result;
}

function render() {
  const covered = readCovered();
  for (const item of pageItems()) {
    const box = checkboxOf(item.element) ?? addCheckbox(item);
    box.checked = covered.has(item.key);
    item.element.toggleAttribute('data-covered', box.checked);
  }
  showProgress(covered);
}

function clear() {
  for (const element of document.querySelectorAll('.practice-check, .practice-badge, .practice-overall')) element.remove();
  for (const label of document.querySelectorAll('.practice-label')) label.replaceWith(...label.childNodes);
  for (const element of document.querySelectorAll('[data-covered]')) element.removeAttribute('data-covered');
  for (const element of document.querySelectorAll('[data-practice-progress]')) element.textContent = '';
}

/** Shows or removes everything of practice mode to match the stored state. */
export function sync(): void {
  const on = isOn();
  for (const button of document.querySelectorAll('[data-practice-toggle]')) button.setAttribute('aria-pressed', String(on));
  root.toggleAttribute('data-practice', on);
  if (on) render();
  else clear();
}

/** Turns practice mode on or off (the toggle button) and says what changed. */
export function toggle(): void {
  if (isOn()) store.remove(PRACTICE_MODE_KEY);
  else store.set(PRACTICE_MODE_KEY, 'on');
  sync();
  const { done, total } = progress(stageData(), readCovered()).overall;
  announce(isOn() ? `Practice mode on: tick each item you covered. ${done} of ${total} covered so far.` : 'Practice mode off. Your ticks are kept for next time.');
}

/** Clears every tick on every stage, after the reader confirms. */
export async function reset(): Promise<void> {
  const confirmed = await confirmDialog({
    title: 'Reset practice progress?',
    body: 'This clears the ticks on all five stages. It cannot be undone.',
    confirm: 'Reset progress',
  });
  if (!confirmed) return;
  store.remove(PRACTICE_COVERED_KEY);
  sync();
  const { total } = progress(stageData(), new Set()).overall;
  announce(`Progress reset: 0 of ${total} covered.`);
}
