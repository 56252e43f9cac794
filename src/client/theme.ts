/**
 * The colour theme: the reader's choice, remembered in localStorage; without one, the
 * system's. The stored theme is applied before first paint by ThemeBeforePaint.astro.
 */

/** Where the reader's choice is remembered (read before first paint, written by the toggle). */
export const THEME_STORAGE_KEY = 'atrium-theme';

/** Wires the header's toggle: flips the theme, remembers the choice, says whether dark mode is on. */
export function initThemeToggle(button: HTMLElement, root: HTMLElement = document.documentElement): void {
  const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  sync();
  button.addEventListener('click', () => {
    const theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    root.dataset.theme = theme;
    localStorage.setItem(THEME_STORAGE_KEY, theme);
    sync();
  });
}
