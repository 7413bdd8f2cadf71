// The page-side code of the "Copy as Markdown" buttons (the page's, each item's) and of "Practise
// with an assistant", bundled with the other components' into one file every page loads
// (src/boot.ts): one listener, and the copying code (copy-markdown.ts) loads on the first click.
import { loadFeature } from '../load-feature.ts';
import copyUrl from './copy-markdown.ts?script-url';

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLElement>('[data-copy]');
  if (control) void loadFeature<typeof import('./copy-markdown.ts')>(copyUrl, 'Copying', control).then((module) => module?.copy(control));
});
