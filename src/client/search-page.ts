/** The search page: state from and to the URL, facets with counts, results in full. */
import { FACETS, parseSearchParams, toPagefindFilters, toSearchParams, type SearchState } from '../lib/search/facets.ts';
import { loadPagefind, NO_INDEX_MESSAGE } from './pagefind.ts';
import { resultItem } from './search-results.ts';

const PAGE_SIZE = 30;

function readForm(form: HTMLFormElement): SearchState & { sort: string } {
  const data = new FormData(form);
  const state = parseSearchParams(new URLSearchParams([...data.entries()].map(([key, value]) => [key, String(value)])));
  return { ...state, sort: String(data.get('sort') ?? '') };
}

function writeForm(form: HTMLFormElement, state: SearchState, sort: string): void {
  form.querySelector<HTMLInputElement>('[data-search-query]')!.value = state.query;
  form.querySelector<HTMLSelectElement>('[data-search-sort]')!.value = sort;
  for (const facet of FACETS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${facet}"]`)) {
      box.checked = state.filters[facet].includes(box.value);
    }
  }
}

export async function runSearchPage(form: HTMLFormElement): Promise<void> {
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLElement>('[data-search-list]')!;
  const params = new URLSearchParams(location.search);
  writeForm(form, parseSearchParams(params), params.get('sort') ?? '');
  const pagefind = await loadPagefind(form.dataset.base ?? '/').catch(() => undefined);
  if (!pagefind) {
    status.textContent = NO_INDEX_MESSAGE;
    return;
  }
  let latest = 0;

  const run = async () => {
    const ticket = ++latest;
    const state = readForm(form);
    const url = toSearchParams(state);
    if (state.sort) url.set('sort', state.sort);
    history.replaceState(null, '', `${location.pathname}${url.size ? `?${url}` : ''}`);
    const hasFilters = FACETS.some((facet) => state.filters[facet].length > 0);
    if (!state.query && !hasFilters) {
      list.replaceChildren();
      status.textContent = 'Type to search, or choose a filter.';
      return;
    }
    const search = await pagefind.search(state.query || null, {
      filters: toPagefindFilters(state.filters),
      ...(state.sort === 'date' ? { sort: { date: 'desc' as const } } : {}),
    });
    if (!search || ticket !== latest) return;
    const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map((result, index) => resultItem(result, `search-result-${index}`, false)));
    for (const counter of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet, value] = counter.dataset.countFor!.split(':') as [string, string];
      const count = search.filters[facet]?.[value] ?? 0;
      counter.textContent = String(count);
    }
    const shown = search.results.length > PAGE_SIZE ? `, the first ${PAGE_SIZE} shown` : '';
    status.textContent =
      search.results.length === 0 ? 'No results. Try fewer words or fewer filters.' : `${search.results.length} result${search.results.length === 1 ? '' : 's'}${shown}.`;
  };

  form.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  await run();
}
