/** The search dialog: loaded on first use, keyboard first. */
import { loadPagefind, NO_INDEX_MESSAGE } from './pagefind.ts';
import { moveActive, resultItem } from './search-results.ts';
import { didYouMean } from './did-you-mean.ts';

const SHOWN = 8;
let wired = false;

export async function openSearchDialog(dialog: HTMLDialogElement): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  if (wired) return;
  wired = true;

  const base = dialog.dataset.base ?? '/';
  const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const hint = dialog.querySelector<HTMLElement>('[data-search-hint]')!;
  const pagefind = await loadPagefind(base).catch(() => undefined);
  if (!pagefind) {
    status.textContent = NO_INDEX_MESSAGE;
    wired = false;
    return;
  }
  let active = -1;
  let latest = 0;

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    more.href = `${dialog.dataset.searchPageUrl}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
    if (!query) {
      list.replaceChildren();
      hint.replaceChildren();
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 150);
    if (!search || ticket !== latest) return; // a newer keystroke superseded this search
    const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
    const suggestion = await didYouMean(pagefind, base, query, results, choose);
    if (ticket !== latest) return;
    hint.replaceChildren(...suggestion);
    list.replaceChildren(...results.map((result, index) => resultItem(result, `search-dialog-result-${index}`)));
    status.textContent =
      search.results.length === 0 ? `No results for “${query}”.` : `${search.results.length} result${search.results.length === 1 ? '' : 's'}`;
    input.setAttribute('aria-expanded', String(results.length > 0));
    active = moveActive(list, input, 0);
  };

  const choose = (corrected: string) => {
    input.value = corrected;
    input.focus();
    run();
  };

  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = moveActive(list, input, active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const link = list.querySelector<HTMLAnchorElement>('a[aria-selected="true"]');
      if (link) {
        event.preventDefault();
        window.location.href = link.href;
      }
    }
  });
  // A click on the backdrop closes the dialog, as Esc does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  if (input.value.trim()) await run();
}
