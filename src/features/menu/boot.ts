// The page-side code of src/features/menu/MenuToggle.astro, bundled with the other components' into one
// file every page loads (src/boot.ts).
import { loadFeature } from '../load-feature.ts';
import panelUrl from './menu-panel.ts?script-url';

// The panel's code (src/features/menu/menu-panel.ts) loads on the first tap: the button shows only on
// phones, and most visits never open it, so the page does not run it up front.
const toggle = document.querySelector<HTMLElement>('menu-toggle');
const button = toggle?.querySelector('button');
// A load that fails (offline with nothing cached) is said beside the button, and the next tap tries again.
const arm = () =>
  button?.addEventListener(
    'click',
    () => void loadFeature<typeof import('./menu-panel.ts')>(panelUrl, 'The menu', button).then((module) => (module ? module.takeOver(toggle!) : arm())),
    { once: true },
  );
arm();
