// The page-side code of src/features/copy-link/CopyLinks.astro, bundled with the other components' into one
// file every page loads (src/boot.ts).
import copyUrl from './copy-link.ts?script-url';

type CopyModule = typeof import('./copy-link.ts');
let module: Promise<CopyModule> | undefined;

// One listener for all the page's controls (a stage page has about sixty) rather than a custom
// element each: no per-control upgrade work while the page loads.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('copy-link > a');
  const control = link?.parentElement;
  if (!link || !control) return;
  // The copy starts here, during the click: Safari (WebKit) lets a page write to the clipboard only
  // while it handles the reader's gesture, and that ends before the module below has loaded.
  // An item or step with a share page copies that page's URL (src/lib/share-pages.ts).
  const folder = document.getElementById('copy-status')?.dataset.shareFolder;
  const share = Boolean(folder) && link.classList.contains('share-link');
  const url = share ? `${location.origin}${folder}${link.hash.slice(1)}/` : `${location.origin}${location.pathname}${link.hash}`;
  const copied = navigator.clipboard?.writeText(url);
  // Its refusal is handled once the module is in; until then it is not an unhandled rejection.
  copied?.catch(() => undefined);
  module ??= import(/* @vite-ignore */ copyUrl) as Promise<CopyModule>;
  void module.then(({ copyLink }) => copyLink(control, url, share, copied));
});
