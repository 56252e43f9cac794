/** The connection map, the isolated teams and the health measures for pages, computed once per build. */
import { config } from '../config.ts';
import { connectionsDiagram } from '../lib/diagrams/handbook-diagrams.ts';
import type { Handbook } from '../lib/handbook/types.ts';
import { measuresReport, type MeasuresReport } from '../lib/health/report.ts';
import { withBase } from '../lib/routes.ts';
import { today } from './clock.ts';
import { handbook } from './handbook.ts';

let report: Promise<MeasuresReport> | undefined;

export function measures(): Promise<MeasuresReport> {
  report ??= handbook().then((h) => measuresReport(h as unknown as Handbook, today));
  return report;
}

/** The map of the strongest links: the same text the build pre-rendered. */
export async function connectionsGraph(): Promise<string> {
  return connectionsDiagram((await handbook()) as unknown as Handbook, today, (route) => withBase(config.base, route));
}
