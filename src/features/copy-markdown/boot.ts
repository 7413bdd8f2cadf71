// The page-side code of the "Copy as Markdown" buttons (the page's, each item's) and of "Practise
// with an assistant", bundled with the other components' into one file every page loads
// (src/boot.ts): one listener, and the copying code (copy-markdown.ts) loads on the first click.
import { notice } from '../fragment-notice/boot.ts';
import copyUrl from './copy-markdown.ts?script-url';

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLElement>('[data-copy]');
  if (control) {
    (import(/* @vite-ignore */ copyUrl) as Promise<typeof import('./copy-markdown.ts')>).then(
      ({ copy }) => copy(control),
      () => notice('Copying could not load: check your connection.'),
    );
  }
});
