/** The search page: state from and to the URL, facets with counts, results in full. */
import {
  FACETS,
  facetCounts,
  parseSearchParams,
  toPagefindFilters,
  toSearchParams,
  type Facet,
  type FacetCounts,
  type SearchState,
} from '../lib/search/facets.ts';
import { DATE_FILTER, datesNewestFirst } from '../lib/search/ranking.ts';
import { loadPagefind, NO_INDEX_MESSAGE, type Pagefind, type PagefindResult } from './pagefind.ts';
import { resultItem } from './search-results.ts';
import { didYouMean } from './did-you-mean.ts';

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

/**
 * The results in the chosen order, and what each facet value would leave. A facet's
 * own choices are left out of its counts (ticking a second type adds to the results,
 * so its count is what the query and the other facets give), and Pagefind counts only
 * the filters of a search, hence one search per facet in use. Newest first walks the
 * dates the results fall on, newest first, one filtered search per date, until the
 * page is full; results without a date come last.
 */
async function searchWithCounts(pagefind: Pagefind, state: SearchState & { sort: string }) {
  const query = state.query || null;
  const filters = toPagefindFilters(state.filters);
  const byRelevance = await pagefind.search(query, { filters });
  if (!byRelevance) return undefined;
  const inUse = FACETS.filter((facet) => state.filters[facet].length > 0);
  const others = await Promise.all(
    inUse.map(
      async (facet) =>
        [facet, (await pagefind.search(query, { filters: toPagefindFilters({ ...state.filters, [facet]: [] }) }))?.filters[facet] ?? {}] as const,
    ),
  );
  const counts = facetCounts(byRelevance.filters, Object.fromEntries(others) as Partial<FacetCounts>);
  let results: PagefindResult[] = byRelevance.results;
  // Without words there is no relevance to order by: a filter alone lists the newest first.
  if (state.sort === 'date' || !query) {
    const dates = datesNewestFirst(byRelevance.filters[DATE_FILTER] ?? {}, PAGE_SIZE);
    const byDate = await Promise.all(dates.map((date) => pagefind.search(query, { filters: { ...filters, [DATE_FILTER]: date } })));
    results = byDate.flatMap((search) => search?.results ?? []);
  }
  return { results, total: byRelevance.results.length, counts };
}

function showCounts(form: HTMLFormElement, counts: FacetCounts): void {
  for (const counter of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const [facet, value] = counter.dataset.countFor!.split(':') as [Facet, string];
    const count = counts[facet]?.[value] ?? 0;
    counter.textContent = String(count);
    // Dimmed, not hidden: the list keeps its shape, and a chosen value stays where it was.
    counter.closest('.facet__option')?.toggleAttribute('data-empty', count === 0);
  }
}

/** On a phone the filters fold behind a button that says how many are chosen. */
function wireFiltersToggle(form: HTMLFormElement): () => void {
  const toggle = form.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;
  const facets = form.querySelector<HTMLElement>('[data-search-facets]')!;
  form.toggleAttribute('data-enhanced', true);
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    facets.toggleAttribute('data-open', open);
  });
  return () => {
    const chosen = form.querySelectorAll('input[type=checkbox]:checked').length;
    toggle.textContent = `Filters (${chosen})`;
  };
}

export async function runSearchPage(form: HTMLFormElement): Promise<void> {
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const hint = form.querySelector<HTMLElement>('[data-search-hint]')!;
  const list = form.querySelector<HTMLElement>('[data-search-list]')!;
  const base = form.dataset.base ?? '/';
  const params = new URLSearchParams(location.search);
  writeForm(form, parseSearchParams(params), params.get('sort') ?? '');
  const countChosen = wireFiltersToggle(form);
  countChosen();
  const pagefind = await loadPagefind(base).catch(() => undefined);
  if (!pagefind) {
    status.textContent = NO_INDEX_MESSAGE;
    return;
  }
  // Pagefind counts only the filters it has loaded; load them all once, so every facet has counts.
  await pagefind.filters();
  let latest = 0;

  const run = async () => {
    const ticket = ++latest;
    const state = readForm(form);
    countChosen();
    const url = toSearchParams(state);
    if (state.sort) url.set('sort', state.sort);
    history.replaceState(null, '', `${location.pathname}${url.size ? `?${url}` : ''}`);
    const hasFilters = FACETS.some((facet) => state.filters[facet].length > 0);
    if (!state.query && !hasFilters) {
      list.replaceChildren();
      hint.replaceChildren();
      showCounts(form, facetCounts(await pagefind.filters(), {}));
      status.textContent = 'Type to search, or choose a filter.';
      return;
    }
    const found = await searchWithCounts(pagefind, state);
    if (!found || ticket !== latest) return;
    const results = await Promise.all(found.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    const suggestion = state.query ? await didYouMean(pagefind, base, state.query, results, choose) : [];
    if (ticket !== latest) return;
    list.replaceChildren(...results.map((result, index) => resultItem(result, `search-result-${index}`, false)));
    hint.replaceChildren(...suggestion);
    showCounts(form, found.counts);
    const total = found.total;
    const shown = total > PAGE_SIZE ? `, the first ${PAGE_SIZE} shown` : '';
    status.textContent = total === 0 ? 'No results. Try fewer words or fewer filters.' : `${total} result${total === 1 ? '' : 's'}${shown}.`;
  };

  const choose = (corrected: string) => {
    form.querySelector<HTMLInputElement>('[data-search-query]')!.value = corrected;
    run();
  };
  form.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  await run();
}
