/**
 * A team's ties with every other team, and how much of them a page shows. A matrix of
 * every pair is readable for a couple of dozen teams; past that it is a wall of zeros
 * that grows with the square of the organization (200 teams: 40,000 cells on each of 200
 * sorted copies), so the connections page switches to one line per team: its strongest
 * ties by name, how many more, and how many teams it has no link with.
 */
import { pairKey, type PairCount } from './map.ts';

/** The most teams the matrix (and its sorted copies, one page per column) is drawn for. */
export const MATRIX_MAX_TEAMS = 24;

/** Ties named per team on the connections page once the matrix no longer fits. */
export const TIES_SHOWN = 5;

export const matrixFits = (teams: readonly string[]) => teams.length <= MATRIX_MAX_TEAMS;

export interface Tie {
  other: string;
  count: number;
}

export interface TiesSummary {
  /** Teams with at least one link, most links first, then by name; at most `limit`. */
  linked: Tie[];
  /** Linked teams beyond `limit`. */
  moreLinked: number;
  /** Teams with no link, by name; at most `limit`. */
  unlinked: string[];
  /** Unlinked teams beyond `limit`. */
  moreUnlinked: number;
}

/** Every other team with its number of links with `team`, most first, ties broken by name. */
export function tiesOf(team: string, teams: readonly string[], counts: ReadonlyMap<string, PairCount>, name: (id: string) => string): Tie[] {
  return teams
    .filter((other) => other !== team)
    .map((other) => ({ other, count: counts.get(pairKey(team, other))?.total ?? 0 }))
    .sort((a, b) => b.count - a.count || name(a.other).localeCompare(name(b.other), undefined, { numeric: true }));
}

/** The ties a page names, and how many it only counts; `limit` of Infinity names them all. */
export function summarizeTies(ties: readonly Tie[], limit: number): TiesSummary {
  const shown = Math.max(0, Math.floor(limit));
  const linked = ties.filter((tie) => tie.count > 0);
  const unlinked = ties.filter((tie) => tie.count === 0).map((tie) => tie.other);
  return {
    linked: linked.slice(0, shown),
    moreLinked: Math.max(0, linked.length - shown),
    unlinked: unlinked.slice(0, shown),
    moreUnlinked: Math.max(0, unlinked.length - shown),
  };
}
