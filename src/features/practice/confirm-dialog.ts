/**
 * A confirmation as a native modal `<dialog>`: focus moves into it (to "Cancel", the safe choice),
 * Tab stays inside, Escape cancels, and focus returns to the control that opened it.
 */
import { h } from './practice-page.ts';

/** Asks the reader to confirm; resolves true only when they choose the confirming button. */
export function confirmDialog(options: { title: string; body: string; confirm: string }): Promise<boolean> {
  const dialog = h(
    'dialog',
    { class: 'practice-dialog', 'aria-labelledby': 'practice-dialog-title', 'aria-describedby': 'practice-dialog-body' },
    h('h2', { id: 'practice-dialog-title' }, options.title),
    h('p', { id: 'practice-dialog-body' }, options.body),
    h(
      'form',
      { method: 'dialog', class: 'practice-dialog-actions' },
      h('button', { value: 'cancel', class: 'button', autofocus: '' }, 'Cancel'),
      h('button', { value: 'confirm', class: 'button button-strong' }, options.confirm),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        resolve(dialog.returnValue === 'confirm');
        dialog.remove();
      },
      { once: true },
    );
    dialog.showModal();
  });
}
