// The page-side code of src/features/menu/MenuToggle.astro, bundled with the other components' into one
// file every page loads (src/boot.ts).
import { notice } from '../fragment-notice/boot.ts';
import panelUrl from './menu-panel.ts?script-url';

// The panel's code (src/features/menu/menu-panel.ts) loads on the first tap: the button shows only on
// phones, and most visits never open it, so the page does not run it up front.
const toggle = document.querySelector<HTMLElement>('menu-toggle');
const arm = () =>
  toggle?.querySelector('button')?.addEventListener(
    'click',
    () => {
      (import(/* @vite-ignore */ panelUrl) as Promise<typeof import('./menu-panel.ts')>).then(
        ({ takeOver }) => takeOver(toggle!),
        () => {
          // Offline with nothing cached: say so where the page's notices go, and let a tap try again.
          notice('The menu could not load: check your connection and tap it again.');
          arm();
        },
      );
    },
    { once: true },
  );
arm();
