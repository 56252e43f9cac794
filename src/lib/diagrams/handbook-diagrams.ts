/**
 * Every diagram a handbook needs: the Mermaid fences in its entries (with where
 * they are, for error messages) and the dependency graphs generated from it.
 * The build pre-renders exactly this list, pages ask for the same texts, and each
 * gets a full-size page that links back to where it is shown.
 */
import type { Handbook } from '../handbook/types.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import {
  attentionChains,
  deliverableCount,
  deliverableGraph,
  FULL_GRAPH_LIMIT,
  overviewSelection,
  teamGraphEdges,
  teamOverviewGraph,
  type DependencyEdge,
  type LinkTo,
  type OverviewSelection,
} from '../graph/dependency-mermaid.ts';
import { routes } from '../routes.ts';
import { CONNECTIONS_MAP_LABEL, connectionsMermaid } from '../connections/mermaid.ts';
import { measuresReport } from '../health/report.ts';
import { fenceLabel, mermaidFences } from './fences.ts';

export interface DependencyDiagrams {
  /** Teams as nodes, one edge per pair of teams: every pair, or in a large organization those that need attention. */
  overview: string;
  /** Which pairs the overview draws, for the sentence under it. */
  overviewScope: Omit<OverviewSelection<DependencyEdge>, 'edges'>;
  /**
   * Deliverables in team subgraphs: all of them, or only the chains that need attention;
   * none when even those are too many to read (the overview and team pages show them then).
   */
  detail: { code: string; complete: boolean; shown: number; total: number } | undefined;
  /** Each team's neighbourhood (all of it, or its most urgent `shown` of `total`), for teams that have dependencies. */
  byTeam: Map<string, { code: string; shown: number; total: number }>;
}

/** The accessible names of the generated graphs, the same on their page and their full-size page. */
export const GRAPH_LABELS = {
  overview: 'Dependencies between teams',
  detail: (complete: boolean) => (complete ? 'Dependencies between deliverables, grouped by team' : 'Dependency chains that are blocked or at risk'),
  team: (name: string) => `Dependencies of ${name}`,
};

/** @param linkTo makes a route the URL a graph's boxes link to (the site's `withBase`). */
export function dependencyDiagrams(
  teams: readonly { id: string; data: { name: string } }[],
  dependencies: readonly DependencyEdge[],
  linkTo: LinkTo,
): DependencyDiagrams {
  const names = new Map(teams.map((team) => [team.id, team.data.name]));
  const teamName = (id: string) => names.get(id) ?? id;
  const complete = deliverableCount(dependencies) <= FULL_GRAPH_LIMIT;
  const chains = complete ? dependencies : attentionChains(dependencies);
  const detailEdges = complete || deliverableCount(chains) <= FULL_GRAPH_LIMIT ? chains : [];
  const byTeam = new Map<string, { code: string; shown: number; total: number }>();
  for (const team of [...names.keys()].sort()) {
    const { edges, total } = teamGraphEdges(team, dependencies);
    if (edges.length > 0) byTeam.set(team, { code: deliverableGraph(edges, teamName, linkTo), shown: edges.length, total });
  }
  const { edges: overviewEdges, ...overviewScope } = overviewSelection(dependencies);
  return {
    overview: teamOverviewGraph(overviewEdges, teamName, linkTo),
    overviewScope,
    detail:
      detailEdges.length > 0
        ? { code: deliverableGraph(detailEdges, teamName, linkTo, 'TD'), complete, shown: detailEdges.length, total: dependencies.length }
        : undefined,
    byTeam,
  };
}

export interface DiagramSource {
  source: string;
  /** Where it comes from: a file and line for a fence, a description for a generated graph. */
  origin: { file: string; line: number } | { generated: string };
  /** Its accessible name. */
  label: string;
  /** The page that shows it (relative to the base), where its full-size page leads back to. */
  page: string;
}

/**
 * All diagrams of a handbook. `bodyLine` gives the file line of an entry's first
 * body line, so a fence's line can be reported in the file's own numbering.
 */
export function handbookDiagrams(
  handbook: Handbook,
  bodyLine: (collection: CollectionName, id: string) => number,
  linkTo: LinkTo,
  /** The build's date; with it, the map of the strongest links between teams is one of the diagrams. */
  today?: string,
): DiagramSource[] {
  const sources: DiagramSource[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const entry of handbook[collection]) {
      for (const fence of mermaidFences(entry.body ?? '')) {
        sources.push({
          source: fence.source,
          origin: { file: entry.filePath ?? `${collection}/${entry.id}`, line: bodyLine(collection, entry.id) + fence.line },
          label: fenceLabel(fence),
          page: COLLECTIONS[collection].route.entry(entry.id),
        });
      }
    }
  }
  const generated = dependencyDiagrams(handbook.teams, handbook.dependencies, linkTo);
  const team = new Map(handbook.teams.map((entry) => [entry.id, entry.data.name]));
  sources.push({
    source: generated.overview,
    origin: { generated: 'team overview of dependencies' },
    label: GRAPH_LABELS.overview,
    page: routes.dependencies(),
  });
  if (generated.detail) {
    const { code, complete } = generated.detail;
    sources.push({
      source: code,
      origin: { generated: 'deliverable graph of dependencies' },
      label: GRAPH_LABELS.detail(complete),
      page: routes.dependencies(),
    });
  }
  for (const [id, { code }] of generated.byTeam) {
    sources.push({ source: code, origin: { generated: `dependencies of team ${id}` }, label: GRAPH_LABELS.team(team.get(id) ?? id), page: routes.team(id) });
  }
  if (today === undefined) return sources;
  sources.push({
    source: connectionsDiagram(handbook, today, linkTo),
    origin: { generated: 'map of the strongest links between teams' },
    label: CONNECTIONS_MAP_LABEL,
    page: routes.connections(),
  });
  return sources;
}

/** The map of the strongest links of the last quarters, as the connections page shows it. */
export function connectionsDiagram(handbook: Handbook, today: string, linkTo: LinkTo): string {
  const report = measuresReport(handbook, today);
  const names = new Map(handbook.teams.map((entry) => [entry.id, entry.data.name]));
  return connectionsMermaid(report.strongest, report.isolated, (id) => names.get(id) ?? id, linkTo);
}
