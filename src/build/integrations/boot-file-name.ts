/**
 * bootFileName(): a Vite plugin that names the one script every page loads (src/boot.ts, through
 * PageLayout.astro's `<script>`) `_astro/boot.<hash>.js`. Astro names it after the component and
 * its script tag ("PageLayout.astro_astro_type_script_index_0_lang"): 45 bytes longer, in every
 * page's HTML, and read by no one.
 */
import type { Plugin } from 'vite';

const ASTRO_SCRIPT = /PageLayout\.astro_astro_type_script_index_0_lang/;

export function bootFileName(): Plugin {
  return {
    name: 'boot-file-name',
    apply: 'build',
    outputOptions(options) {
      const named = options.entryFileNames;
      // Astro's client build names its entries with a function; its server builds are left alone.
      if (typeof named !== 'function') return null;
      return { ...options, entryFileNames: (chunk) => named(chunk).replace(ASTRO_SCRIPT, 'boot') };
    },
  };
}
