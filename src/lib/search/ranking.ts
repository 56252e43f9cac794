/**
 * How results are ordered: Pagefind's own ranking, tuned with its options, and
 * "newest first", built on a date filter so that pages without a date keep their
 * place after the dated ones.
 */

/**
 * Pagefind's ranking options (`pagefind.options({ ranking })`, see Pagefind's
 * "Customize ranking"). Metadata is searchable, and a query's words found in a field
 * add `weight × their IDF × (share of the query found)²` to the page's score, so a
 * field that holds the whole query weighs far more than one that holds a word of it.
 */
export const RANKING = {
  /**
   * Pagefind's default (0.75) strongly favours pages shorter than average. In a
   * handbook the short pages are people, dependencies and weekly updates, which are
   * already found by their names; the page about a topic is usually the long one (the
   * ADR, the talk with its transcript), so page length counts for little.
   */
  pageLength: 0.2,
  /**
   * - `name` (an entry's own name) and `aliases` ("ADR 13"): the entry a query names
   *   comes first, above updates and digests whose titles only mention it.
   * - `title`: every page's heading, the weekly updates' and digests' included.
   * - `team`: a team's pages come before pages that only mention the team.
   * - `type` and `date` hold "ADR", "2026-11-13": a word of the query that happens to
   *   match them ("13") says nothing about relevance.
   */
  metaWeights: { name: 12, aliases: 12, title: 4, team: 1.5, type: 0.5, date: 0 },
} as const;

/** The filter that holds each page's date (`2026-11-13`), or `UNDATED`. */
export const DATE_FILTER = 'date';
export const UNDATED = 'undated';

/**
 * Which dates to fetch, newest first, to fill the first `needed` places of a
 * newest-first list, given how many results fall on each date (Pagefind's counts for
 * the date filter). Each date is one search filtered to it; results of the same day
 * keep their order of relevance. Pages without a date come last, so ordering by date
 * never drops a result.
 */
export function datesNewestFirst(counts: Readonly<Record<string, number>>, needed: number): string[] {
  const dates = Object.keys(counts)
    .filter((date) => date !== UNDATED && counts[date]! > 0)
    .sort()
    .reverse();
  const chosen: string[] = [];
  let covered = 0;
  for (const date of dates) {
    if (covered >= needed) return chosen;
    chosen.push(date);
    covered += counts[date]!;
  }
  if (covered < needed && (counts[UNDATED] ?? 0) > 0) chosen.push(UNDATED);
  return chosen;
}
