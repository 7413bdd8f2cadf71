/** `import url from './module.ts?script-url'`: the URL of the module bundled on its own (src/build/integrations/script-url.ts). */
declare module '*?script-url' {
  const url: string;
  export default url;
}

// The storage keys of src/lib/storage-keys.ts, replaced at build time (astro.config.mjs `vite.define`).
declare const __STORAGE_KEY_THEME__: string;
declare const __STORAGE_KEY_PRACTICE_MODE__: string;
declare const __STORAGE_KEY_PRACTICE_COVERED__: string;
declare const __STORAGE_KEY_TIMER__: string;
declare const __STORAGE_KEY_TIMER_SIZE__: string;
declare const __STORAGE_KEY_TIMER_CHIME__: string;
declare const __STORAGE_KEY_REHEARSAL__: string;
declare const __STORAGE_KEY_OFFLINE__: string;
declare const __STORAGE_KEY_OFFLINE_FIRST_DAY__: string;
declare const __STORAGE_KEY_OFFLINE_CACHE__: string;
