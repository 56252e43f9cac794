/**
 * The connection map and the health measures as JSON for other tools (`dist/data/`),
 * in the shapes `schemas/connections.schema.json` and `schemas/health.schema.json` describe.
 */
import { AWAITING_SOURCES } from '../connections/adapters.ts';
import { LINK_SOURCES, SOURCE_INFO } from '../connections/sources.ts';
import type { MeasuresReport } from './report.ts';

export function connectionsJson(report: MeasuresReport, teamName: (id: string) => string) {
  return {
    generated: report.today,
    quarters: report.quarters,
    sources: LINK_SOURCES.map((id) => ({ id, ...SOURCE_INFO[id], awaitingCollection: AWAITING_SOURCES.has(id) })),
    isolated: report.isolated,
    teams: report.map.teams.map((id) => ({
      id,
      name: teamName(id),
      isolated: report.isolated.includes(id),
      links: report.totals.get(id) ?? 0,
      leastConnected: report.leastConnected.get(id) ?? [],
    })),
    pairs: report.quarters.flatMap((quarter) =>
      [...report.countsByQuarter.get(quarter)!.values()].map((pair) => ({ quarter, teams: pair.teams, total: pair.total, bySource: pair.bySource })),
    ),
  };
}

export function healthJson(report: MeasuresReport) {
  return {
    generated: report.today,
    quarters: report.quarters,
    measures: report.measures,
  };
}
