/**
 * Every component's page-side code, as one module file that every page loads (PageLayout.astro):
 * one request, cached across pages, instead of eight inline scripts per page, each with its hash
 * in the page's CSP. Each part is a small bootstrap; what it drives loads only when needed.
 */
import './theme.ts';
import './menu.ts';
import './search.ts';
import './fragment-notice.ts';
import './toc.ts';
import './copy-links.ts';
import './practice.ts';
import './offline.ts';
