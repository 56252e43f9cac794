/**
 * What the map says about each team: the isolated teams (no link with another team in
 * the last two quarters), each team's least-connected teams (the ones it has never or
 * rarely worked with), and the strongest links of the organization.
 */
import { recentQuarters } from '../time/quarters.ts';
import { linksIn, pairCounts, pairKey, type ConnectionMap, type PairCount } from './map.ts';

/** How many quarters, ending with today's, a team must have no link in to count as isolated. */
export const ISOLATION_QUARTERS = 2;

/** Teams with no link to any other team in this quarter and the one before (up to today). */
export function isolatedTeams(map: ConnectionMap): string[] {
  const recent = linksIn(map, recentQuarters(map.today, ISOLATION_QUARTERS));
  const linked = new Set(recent.flatMap((link) => link.teams));
  return map.teams.filter((team) => !linked.has(team));
}

export interface TeamTie {
  team: string;
  /** Links ever recorded with this team. */
  total: number;
}

/** Every other team, least connected first (never worked with: 0), then by id: whom to meet next. */
export function leastConnected(map: ConnectionMap, team: string, counts: ReadonlyMap<string, PairCount> = pairCounts(map.links)): TeamTie[] {
  return map.teams
    .filter((other) => other !== team)
    .map((other) => ({ team: other, total: counts.get(pairKey(team, other))?.total ?? 0 }))
    .sort((a, b) => a.total - b.total || a.team.localeCompare(b.team));
}

/** The `limit` pairs with the most links, most first, then by teams. */
export function strongestPairs(counts: ReadonlyMap<string, PairCount>, limit: number): PairCount[] {
  return [...counts.values()].sort((a, b) => b.total - a.total || pairKey(...a.teams).localeCompare(pairKey(...b.teams))).slice(0, limit);
}

/** Links of a team with each other team, and in total. */
export function teamTotals(map: ConnectionMap, counts: ReadonlyMap<string, PairCount>): Map<string, number> {
  const totals = new Map(map.teams.map((team) => [team, 0]));
  for (const count of counts.values()) for (const team of count.teams) totals.set(team, (totals.get(team) ?? 0) + count.total);
  return totals;
}
