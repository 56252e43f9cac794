/**
 * What every page ships of search: opening the dialog by click, `/` or Ctrl/Cmd+K.
 * The search code itself (and Pagefind) loads on first use.
 */

export function wireSearchTrigger(dialog: HTMLDialogElement, button: Element | null): void {
  const open = () => import('./search-dialog.ts').then((search) => search.openSearchDialog(dialog));
  button?.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing && !dialog.open)) {
      event.preventDefault();
      open();
    }
  });
}
