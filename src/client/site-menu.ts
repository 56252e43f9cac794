/**
 * The phone menu (SiteNav.astro) is a <details> that works without script; this makes it
 * close as menus do: on Escape (focus returns to the button) and on a click outside it.
 */
export function wireSiteMenu(menu: HTMLDetailsElement): void {
  const toggle = menu.querySelector('summary')!;
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      toggle.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
