/**
 * Splitting a long listing into numbered pages, so that no listing page grows with the
 * handbook: the first page keeps the listing's own URL (`adrs/`) and later pages live
 * under it (`adrs/page/2/`). Pure: the pages decide nothing but the slices, the numbers
 * and the URLs of the neighbours; the order of the items is the caller's.
 */
import { pagedRoute } from './routes.ts';

/** Decision records per page of the decision log and of each of its filters. */
export const ADRS_PER_PAGE = 50;
/** Weekly updates per page: each shows what it shipped, so fewer than ADR rows. */
export const UPDATES_PER_PAGE = 30;
/** Recorded talks per page (talks coming up are always on the first page). */
export const TALKS_PER_PAGE = 50;
/** People per page of the directory, grouped by team on each page. */
export const PEOPLE_PER_PAGE = 100;
/** People's feeds per page of `subscribe/people/`: a name and a link each. */
export const PERSON_FEEDS_PER_PAGE = 250;
/** Retrospectives per page: each is a card with its teams and action counts. */
export const RETROS_PER_PAGE = 30;
/** Guilds per page: each is a tile with its purpose (a line of up to 300 characters). */
export const GUILDS_PER_PAGE = 40;
/** Solved asks per page (open and helped asks lead the first page): each shows the start of its answer. */
export const SOLVED_ASKS_PER_PAGE = 30;
/** Entries per page of a topic page (decisions, talks and asks together). */
export const TAG_ITEMS_PER_PAGE = 60;

export interface Page<T> {
  /** The items shown on this page, in the caller's order. */
  items: T[];
  /** This page's number, from 1. */
  number: number;
  /** How many pages the listing has: 1 for an empty listing, which still has its first page. */
  count: number;
  /** How many items the whole listing has, for ledes that state the total. */
  total: number;
  /** 1-based positions of this page's first and last item in the whole listing (0 and 0 when it is empty). */
  from: number;
  to: number;
  /** This page's route, and those of its neighbours (undefined at either end). */
  route: string;
  previous?: string | undefined;
  next?: string | undefined;
  /** The route of any page of the same listing. */
  routeOf: (number: number) => string;
}

/**
 * Every page of a listing. `route` is the first page's route (`adrs/status/accepted/`);
 * `pageSize` must be a whole number of at least 1, else this throws: a page size comes
 * from a constant or the validated configuration, never from content.
 */
export function paginate<T>(items: readonly T[], pageSize: number, route: string): Page<T>[] {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`Page size must be a whole number of at least 1, not ${String(pageSize)}: set it to how many items one page shows, e.g. 50.`);
  }
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  const routeOf = (number: number) => pagedRoute(route, number);
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const slice = items.slice(i * pageSize, number * pageSize);
    return {
      items: slice,
      number,
      count,
      total: items.length,
      from: slice.length ? i * pageSize + 1 : 0,
      to: i * pageSize + slice.length,
      route: routeOf(number),
      previous: number > 1 ? routeOf(number - 1) : undefined,
      next: number < count ? routeOf(number + 1) : undefined,
      routeOf,
    };
  });
}

/**
 * The page numbers a pagination bar shows: always the first and the last, the current
 * one and `around` on each side of it, and `'gap'` for each run left out, so fourteen
 * pages read `1 … 5 6 7 … 14` and fit a phone's width. A gap never hides a single
 * number (`1 2 3`, not `1 … 3`).
 */
export function pageNumbers(current: number, count: number, around = 1): (number | 'gap')[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

/** One link of a pagination bar: a page number, or a gap standing for the numbers left out. */
export type PageLink = { number: number; route: string; current: boolean } | { gap: true };

/**
 * What a listing's pagination bar shows, or undefined when the listing fits on one page
 * (no bar at all): where the reader is ("Page 2 of 14", "51–100 of 700"), the previous
 * and next pages, and the numbered links of `pageNumbers`.
 */
export function paginationBar(
  page: Page<unknown>,
): { where: string; range: string; previous?: string | undefined; next?: string | undefined; links: PageLink[] } | undefined {
  if (page.count < 2) return undefined;
  return {
    where: `Page ${page.number} of ${page.count}`,
    range: `${page.from}–${page.to} of ${page.total}`,
    previous: page.previous,
    next: page.next,
    links: pageNumbers(page.number, page.count).map((n) =>
      n === 'gap' ? { gap: true as const } : { number: n, route: page.routeOf(n), current: n === page.number },
    ),
  };
}

/** The `[...page]` parameter of a page's path: undefined for the first page, `page/2` after it. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : pagedRoute('', number).replace(/\/$/, '');
}

/**
 * Every page of a listing as static paths for a `[...page].astro` route, each with its
 * page as a prop, plus whatever else the caller passes along (`params` of the other
 * dynamic segments, props shared by the pages).
 */
export function pagePaths<T, P extends Record<string, string>, X extends object>(
  pages: Page<T>[],
  params: P = {} as P,
  extra: X = {} as X,
): { params: P & { page: string | undefined }; props: X & { page: Page<T> } }[] {
  return pages.map((page) => ({ params: { ...params, page: pageParam(page.number) }, props: { ...extra, page } }));
}

/** What a later page adds to its listing's title (`Decisions, page 2 of 7`), so each page's title is its own; nothing on the first page. */
export function pageTitleSuffix(page: Pick<Page<unknown>, 'number' | 'count'>): string {
  return page.number > 1 ? `, page ${page.number} of ${page.count}` : '';
}
