/**
 * Every diagram a handbook needs: the Mermaid fences in its entries (with where
 * they are, for error messages) and the dependency graphs generated from it.
 * The build pre-renders exactly this list, and pages ask for the same texts.
 */
import type { Handbook } from '../handbook/types.ts';
import { COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import {
  attentionChains,
  deliverableCount,
  deliverableGraph,
  FULL_GRAPH_LIMIT,
  neighbourhood,
  teamOverviewGraph,
  type DependencyEdge,
} from '../graph/dependency-mermaid.ts';
import { mermaidFences } from './fences.ts';

export interface DependencyDiagrams {
  /** Teams as nodes, one edge per pair of teams. */
  overview: string;
  /** Deliverables in team subgraphs: all of them, or only the chains that need attention. */
  detail: { code: string; complete: boolean; shown: number; total: number } | undefined;
  /** Each team's neighbourhood, for teams that have dependencies. */
  byTeam: Map<string, string>;
}

export function dependencyDiagrams(
  teams: readonly { id: string; data: { name: string } }[],
  dependencies: readonly DependencyEdge[],
): DependencyDiagrams {
  const names = new Map(teams.map((team) => [team.id, team.data.name]));
  const teamName = (id: string) => names.get(id) ?? id;
  const complete = deliverableCount(dependencies) <= FULL_GRAPH_LIMIT;
  const detailEdges = complete ? dependencies : attentionChains(dependencies);
  const byTeam = new Map<string, string>();
  for (const team of [...names.keys()].sort()) {
    const edges = neighbourhood(team, dependencies);
    if (edges.length > 0) byTeam.set(team, deliverableGraph(edges, teamName));
  }
  return {
    overview: teamOverviewGraph(dependencies, teamName),
    detail:
      detailEdges.length > 0
        ? { code: deliverableGraph(detailEdges, teamName), complete, shown: detailEdges.length, total: dependencies.length }
        : undefined,
    byTeam,
  };
}

export interface DiagramSource {
  source: string;
  /** Where it comes from: a file and line for a fence, a description for a generated graph. */
  origin: { file: string; line: number } | { generated: string };
}

/**
 * All diagrams of a handbook. `bodyLine` gives the file line of an entry's first
 * body line, so a fence's line can be reported in the file's own numbering.
 */
export function handbookDiagrams(handbook: Handbook, bodyLine: (collection: CollectionName, id: string) => number): DiagramSource[] {
  const sources: DiagramSource[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const entry of handbook[collection]) {
      for (const fence of mermaidFences(entry.body ?? '')) {
        sources.push({ source: fence.source, origin: { file: entry.filePath ?? `${collection}/${entry.id}`, line: bodyLine(collection, entry.id) + fence.line } });
      }
    }
  }
  const generated = dependencyDiagrams(handbook.teams, handbook.dependencies);
  sources.push({ source: generated.overview, origin: { generated: 'team overview of dependencies' } });
  if (generated.detail) sources.push({ source: generated.detail.code, origin: { generated: 'deliverable graph of dependencies' } });
  for (const [team, code] of generated.byTeam) sources.push({ source: code, origin: { generated: `dependencies of team ${team}` } });
  return sources;
}
