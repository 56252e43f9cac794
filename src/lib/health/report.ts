/**
 * Everything the connections and health pages, the team pages, the digest and the JSON
 * files say, computed once from the handbook and the build's date: the connection map
 * over the last quarters, the isolated teams, each team's ties, and the measures.
 */
import { isolatedTeams, leastConnected, strongestPairs, teamTotals, type TeamTie } from '../connections/isolation.ts';
import { connectionMap, linksIn, pairCounts, type ConnectionMap, type PairCount } from '../connections/map.ts';
import { MAP_PAIRS } from '../connections/mermaid.ts';
import type { Handbook } from '../handbook/types.ts';
import { recentQuarters } from '../time/quarters.ts';
import { healthMeasures, type Measure } from './measures.ts';

/** Quarters the pages show, ending with the build's: enough to see a measure fall twice. */
export const REPORT_QUARTERS = 3;

export interface MeasuresReport {
  today: string;
  quarters: string[];
  map: ConnectionMap;
  /** Links per pair over the report's quarters. */
  counts: Map<string, PairCount>;
  /** Links per pair in each quarter. */
  countsByQuarter: Map<string, Map<string, PairCount>>;
  /** Links per team over the report's quarters. */
  totals: Map<string, number>;
  isolated: string[];
  /** Every other team, least connected first (over all recorded history). */
  leastConnected: Map<string, TeamTie[]>;
  strongest: PairCount[];
  measures: Measure[];
}

export function measuresReport(handbook: Handbook, today: string): MeasuresReport {
  const quarters = recentQuarters(today, REPORT_QUARTERS);
  const map = connectionMap(handbook, today);
  const counts = pairCounts(linksIn(map, quarters));
  const allTime = pairCounts(map.links);
  return {
    today,
    quarters,
    map,
    counts,
    countsByQuarter: new Map(quarters.map((quarter) => [quarter, pairCounts(linksIn(map, [quarter]))])),
    totals: teamTotals(map, counts),
    isolated: isolatedTeams(map),
    leastConnected: new Map(map.teams.map((team) => [team, leastConnected(map, team, allTime)])),
    strongest: strongestPairs(counts, MAP_PAIRS),
    measures: healthMeasures(handbook, map, quarters),
  };
}
