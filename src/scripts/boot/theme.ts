// The page-side code of src/components/ThemeToggle.astro, bundled with the other components' into one
// file every page loads (src/scripts/boot/index.ts).
// A toggle button: pressed means dark. The choice persists in localStorage, and other open tabs
// follow it. A plain script, not a custom element: there is one toggle, and it runs on every page.
const button = document.querySelector('theme-toggle button')!;
const root = document.documentElement;
const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
sync();
button.addEventListener('click', () => {
  root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem('theme', root.dataset.theme);
  } catch {
    // Storage can be disabled; the theme still changes for this page.
  }
  sync();
});
// Another tab stored a new choice (the storage event only fires in the other tabs).
addEventListener('storage', (event) => {
  if (event.key !== 'theme' || !/^(light|dark)$/.test(event.newValue ?? '')) return;
  root.dataset.theme = event.newValue!;
  sync();
});
