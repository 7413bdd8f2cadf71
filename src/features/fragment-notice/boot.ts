// The page-side code of src/features/fragment-notice/FragmentNotice.astro, bundled with the other components' into one
// file every page loads (src/boot.ts).
import noticeUrl from './fragment-notice.ts?script-url';

type NoticeModule = typeof import('./fragment-notice.ts');
let module: Promise<NoticeModule> | undefined;
const region = document.getElementById('fragment-notice');

/** Says why something the reader asked for did not happen, in the page's notice region at the top of the content. */
export const notice = (text: string) => region && (region.textContent = text);

function check() {
  const raw = location.hash.slice(1);
  if (!region) return;
  // Most visits have no fragment, or one the page has: nothing to load. The module decides the
  // rest (an escaped id the page has, "#top", a case slip, or a missing item).
  if (!raw || document.getElementById(raw)) return region.replaceChildren();
  module ??= import(/* @vite-ignore */ noticeUrl) as Promise<NoticeModule>;
  module.then(
    ({ check }) => check(region),
    () => {
      // Offline, or the file is gone: still say why the page opened at the top, without suggestions.
      module = undefined;
      region.textContent = `No item #${raw} on this page.`;
    },
  );
}

check();
addEventListener('hashchange', check);
