/** Pagefind in the browser: loaded once, on first use, from under the site's base path. */
import { routes, withBase } from '../lib/routes.ts';
import { RANKING } from '../lib/search/ranking.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  debouncedSearch(query: string, options?: { filters?: Record<string, unknown> }, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Shown when the index is missing: `astro dev` builds no search index. */
export const NO_INDEX_MESSAGE = 'Search needs the built site: run `npm run build` and `npm run preview`.';

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase(base, routes.searchScript()))) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
