/**
 * The connection map: every link between two teams, by source and quarter, from what
 * the handbook records up to today (a planned rotation is not a link yet). Pure and
 * deterministic: the same handbook and day give the same map, whatever the order of
 * the entries.
 */
import type { Handbook } from '../handbook/types.ts';
import { quarterOf } from '../time/quarters.ts';
import { ADAPTERS, type RawLink } from './adapters.ts';
import { LINK_SOURCES, type LinkSource } from './sources.ts';

export interface Link extends RawLink {
  source: LinkSource;
  quarter: string;
}

/** Counts of links by source; only sources with at least one link are present. */
export type BySource = Partial<Record<LinkSource, number>>;

export interface PairCount {
  /** Two team ids, in alphabetical order. */
  teams: readonly [string, string];
  total: number;
  bySource: BySource;
}

export interface ConnectionMap {
  /** Team ids, by id. */
  teams: string[];
  /** Every link up to today, in a stable order (quarter, source, teams, evidence). */
  links: Link[];
  today: string;
}

/** The key of an unordered pair of teams. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Every link the handbook records between two of its teams, past and planned, unsorted. */
export function teamLinks(handbook: Handbook): Link[] {
  const team = new Map(handbook.people.map((person) => [person.id, person.data.team]));
  const known = new Set(handbook.teams.map((entry) => entry.id));
  const input = { handbook, teamOf: (person: string) => team.get(person) };
  return LINK_SOURCES.flatMap((source) =>
    ADAPTERS[source](input)
      .filter((link) => known.has(link.teams[0]) && known.has(link.teams[1]))
      .map((link) => ({ ...link, source, quarter: quarterOf(link.date) })),
  );
}

export function connectionMap(handbook: Handbook, today: string): ConnectionMap {
  const links = teamLinks(handbook).filter((link) => link.date <= today);
  links.sort(
    (a, b) =>
      a.quarter.localeCompare(b.quarter) ||
      LINK_SOURCES.indexOf(a.source) - LINK_SOURCES.indexOf(b.source) ||
      pairKey(...a.teams).localeCompare(pairKey(...b.teams)) ||
      a.evidence.id.localeCompare(b.evidence.id) ||
      a.date.localeCompare(b.date),
  );
  return { teams: handbook.teams.map((entry) => entry.id).sort(), links, today };
}

/** Links counted per pair of teams, over the links given (filter them by quarter first). */
export function pairCounts(links: readonly Link[]): Map<string, PairCount> {
  const counts = new Map<string, PairCount>();
  for (const link of links) {
    const key = pairKey(...link.teams);
    const count = counts.get(key) ?? { teams: link.teams, total: 0, bySource: {} };
    count.total += 1;
    count.bySource[link.source] = (count.bySource[link.source] ?? 0) + 1;
    counts.set(key, count);
  }
  return counts;
}

/** The links in the given quarters. */
export const linksIn = (map: ConnectionMap, quarters: readonly string[]): Link[] => map.links.filter((link) => quarters.includes(link.quarter));
