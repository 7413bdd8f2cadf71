// The page-side code of src/features/theme/ThemeToggle.astro, bundled with the other components' into one
// file every page loads (src/boot.ts).
// A toggle button: pressed means dark. The choice persists in localStorage, and other open tabs
// follow it. A plain script, not a custom element: there is one toggle, and it runs on every page.
// Each part of src/boot.ts does nothing when its element is missing, so the others still run.
const button = document.querySelector('theme-toggle button');
if (button) {
  const root = document.documentElement;
  const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  sync();
  button.addEventListener('click', () => {
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(__STORAGE_KEY_THEME__, root.dataset.theme);
    } catch {
      // Storage can be disabled; the theme still changes for this page.
    }
    sync();
  });
  // Another tab stored a new choice (the storage event only fires in the other tabs).
  addEventListener('storage', (event) => {
    if (event.key !== __STORAGE_KEY_THEME__ || !/^(light|dark)$/.test(event.newValue ?? '')) return;
    root.dataset.theme = event.newValue!;
    sync();
  });
}
