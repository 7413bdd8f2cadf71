/**
 * Every component's page-side code, as one module file that every page loads (PageLayout.astro):
 * one request, cached across pages, instead of eight inline scripts per page, each with its hash
 * in the page's CSP. Each part is a small bootstrap; what it drives loads only when needed.
 */
import './features/theme/boot.ts';
import './features/menu/boot.ts';
import './features/search/boot.ts';
import './features/fragment-notice/boot.ts';
import './features/toc/boot.ts';
import './features/copy-link/boot.ts';
import './features/copy-markdown/boot.ts';
import './features/practice/boot.ts';
import './features/offline/boot.ts';
import './features/rehearsal/boot.ts';
