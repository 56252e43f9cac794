/**
 * How results are ordered: Pagefind's own ranking, tuned with its options, and the
 * "newest first" order, which Pagefind applies only to pages that have a date.
 */

/**
 * Pagefind's ranking options (`pagefind.options({ ranking })`, see Pagefind's
 * "Customize ranking"). Metadata is searchable, and a query's words found in a field
 * add `weight × their IDF × (share of the query found)²` to the page's score, so a
 * field that holds the whole query weighs far more than one that holds a word of it.
 * - `name` (an entry's own name) and `aliases` ("ADR 13"): the entry a query names
 *   comes first, above updates and digests whose titles only mention it.
 * - `title`: every page's heading, the weekly updates' and digests' included.
 * - `team`: a team's pages come before pages that only mention the team.
 * - `type` and `date` hold "ADR", "2026-11-13": a word of the query that happens to
 *   match them ("13") says nothing about relevance.
 */
export const RANKING = {
  /**
   * Pagefind's default (0.75) strongly favours pages shorter than average. In a
   * handbook the short pages are people, dependencies and weekly updates, which are
   * already found by their names; the page about a topic is usually the long one (the
   * ADR, the talk with its transcript), so page length counts for little.
   */
  pageLength: 0.2,
  metaWeights: { name: 12, aliases: 12, title: 4, team: 1.5, type: 0.5, date: 0 },
} as const;

/**
 * Newest first, without losing anything: Pagefind's date sort drops the pages that
 * have no date (a person, a guild), so they follow the dated ones in their order of
 * relevance. `dated` is the date-sorted result, `relevance` the same search unsorted.
 */
export function newestFirst<T extends { id: string }>(dated: readonly T[], relevance: readonly T[]): T[] {
  const seen = new Set(dated.map((result) => result.id));
  return [...dated, ...relevance.filter((result) => !seen.has(result.id))];
}
