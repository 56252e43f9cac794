/**
 * The search page's state, shared with the tests: the facets, how a query and its
 * filters live in a URL (`/search/?q=timescale&type=adr`) so a search can be shared,
 * and the counts beside each facet value. Browser code imports this module, so it
 * imports nothing: what pages tell search about themselves (page types from the
 * collection registry, which carries every schema) is in page-facts.ts.
 */
export type { SearchFacts, SearchType } from './page-facts.ts';

/** The facets, in the order the search page shows them; each is a URL parameter and a Pagefind filter. */
export const FACETS = ['type', 'team', 'status', 'tag'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
  query: string;
  filters: Record<Facet, string[]>;
}

export function emptyFilters(): Record<Facet, string[]> {
  return { type: [], team: [], status: [], tag: [] };
}

/** Reads `?q=…&type=adr&type=talk&team=…`; unknown parameters are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const facet of FACETS) filters[facet] = [...new Set(params.getAll(facet).filter(Boolean))].sort();
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of [...state.filters[facet]].sort()) params.append(facet, value);
  return params;
}

/** Pagefind's filter object: any of the chosen values within a facet, every facet at once. */
export function toPagefindFilters(filters: Record<Facet, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(FACETS.filter((facet) => filters[facet].length > 0).map((facet) => [facet, { any: filters[facet] }]));
}

export type FacetCounts = Record<Facet, Record<string, number>>;

/**
 * Counts to show beside each facet value. `current` is what the search with every
 * chosen filter reports; `withoutOwn` holds, for each facet in use, the counts of the
 * same search without that facet's own choices, since ticking another value of a
 * facet adds to its results rather than narrowing them.
 */
export function facetCounts(current: Record<string, Record<string, number>>, withoutOwn: Partial<FacetCounts>): FacetCounts {
  return Object.fromEntries(FACETS.map((facet) => [facet, withoutOwn[facet] ?? current[facet] ?? {}])) as FacetCounts;
}
