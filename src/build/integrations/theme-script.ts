import type { AstroIntegration } from 'astro';
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';

/**
 * The only script in `<head>`: it applies the stored or system theme before first paint, so a
 * dark-theme reader never sees a white flash. Injected as `head-inline` so Astro's CSP hashes it.
 * It also marks the document as scripted (`data-js`) so CSS can fold the sidebar only when the
 * menu button can open it.
 */
// Written small by hand: it is inlined into every page, unminified.
export const THEME_SCRIPT = `(()=>{let r=document.documentElement,t;try{t=localStorage.getItem('${STORAGE_KEYS.theme}')}catch{}
if(t!='light'&&t!='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';r.dataset.theme=t;r.dataset.js=''})()`;

/** Injects the theme script; see THEME_SCRIPT. */
export function themeScript(): AstroIntegration {
  return {
    name: 'theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_SCRIPT),
    },
  };
}
