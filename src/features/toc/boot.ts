// The page-side code of src/features/toc/TableOfContents.astro, bundled with the other components'
// into one file every page loads (src/boot.ts). The scroll spy itself (toc-spy.ts) loads on the
// first scroll: before it, the reader is at the place the page opened, and the bytes every page
// runs before any interaction stay within their budget.
import spyUrl from './toc-spy.ts?script-url';

const column = document.querySelector<HTMLElement>('toc-spy');
// A load that fails (offline with nothing cached, or the page left while it loads) waits for the next scroll.
const arm = (): void =>
  addEventListener('scroll', () => void (import(/* @vite-ignore */ spyUrl) as Promise<typeof import('./toc-spy.ts')>).then(({ spy }) => spy(column!), arm), {
    once: true,
    passive: true,
  });
if (column) arm();
