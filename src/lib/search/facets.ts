/**
 * Search's vocabulary, shared by the indexed pages, the search dialog and the
 * search page: what kinds of page there are, and how a query and its filters
 * live in a URL (`/search/?q=timescale&type=adr`) so a search can be shared.
 */
import { COLLECTIONS, DIGEST, type CollectionName, type Registry } from '../collections.ts';

/** Search's page types and their labels: one per collection, plus the weekly digest. */
export const SEARCH_TYPES = Object.fromEntries(
  [...Object.values(COLLECTIONS), DIGEST].map(({ search }) => [search.type, search.label]),
) as { [S in SearchSection as S['search']['type']]: S['search']['label'] };
type SearchSection = Registry[CollectionName] | typeof DIGEST;

/** First path segment of every searchable page: the collections' folders and the digest's. */
export const INDEXED_SECTIONS = [...Object.values(COLLECTIONS), DIGEST].map(({ route }) => route.index().replace(/\/$/, ''));
export type SearchType = keyof typeof SEARCH_TYPES;

/** What a page tells search about itself (see components/SearchMeta.astro). */
export interface SearchFacts {
  type: SearchType;
  teams?: readonly { id: string; name: string }[];
  status?: string | undefined;
  tags?: readonly string[];
  /** `YYYY-MM-DD` or an ISO date-time. */
  date?: string | undefined;
  /** The entry's own name (team, person, guild, talk, ADR): a query that names it ranks it first. */
  name?: string;
  /** Other names a reader uses for it: "ADR 13", "adr-13", "0013". */
  aliases?: readonly string[];
  /** One sentence about an entry that is mostly fields (dependency, person, guild), indexed so its excerpt reads as a sentence. */
  summary?: string;
}

/** How a reader names ADR 0013: "ADR 13", "ADR-13", "ADR 0013", "ADR-0013", "0013". */
export function adrAliases(id: string): string[] {
  const number = id.slice(0, 4);
  const short = String(Number(number));
  return [...new Set([`ADR ${short}`, `ADR-${short}`, `ADR ${number}`, `ADR-${number}`, number])];
}

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
