/**
 * Cross-team dependencies as Mermaid flowcharts. Pure and deterministic: the same
 * dependencies give the same text whatever their order, so the build's diagram
 * cache (keyed by the text) finds them again.
 *
 * An arrow goes from the deliverable that needs something to the one it needs. Every
 * box is a link (Mermaid's `click … href`, which renders an `<a>` even under
 * securityLevel strict): a team to its page, a deliverable to its dependency's page.
 */
import { DEPENDENCY_STATUSES, type Dependency, type DependencyStatus } from '../../schemas/dependencies.ts';
import { deliverableKey } from '../dependencies.ts';
import { GRAPH_STROKES } from '../palette.ts';
import { routes } from '../routes.ts';
import { statusLabel } from '../status.ts';

export interface DependencyEdge {
  id: string;
  /** `needBy` orders edges of the same status when a graph must leave some out. */
  data: Pick<Dependency, 'from' | 'to' | 'status'> & Partial<Pick<Dependency, 'needBy'>>;
}

/** How each status is drawn: arrow shape and line style. Worst first. */
export const EDGE_STYLE: Record<DependencyStatus, { arrow: string; style: string }> = {
  blocked: { arrow: '==>', style: `stroke:${GRAPH_STROKES.red},stroke-width:3.5px` },
  'at-risk': { arrow: '==>', style: `stroke:${GRAPH_STROKES.orange},stroke-width:3px` },
  planned: { arrow: '-.->', style: `stroke:${GRAPH_STROKES.grey},stroke-width:1.5px` },
  'on-track': { arrow: '-->', style: `stroke:${GRAPH_STROKES.blue},stroke-width:2px` },
  done: { arrow: '-->', style: `stroke:${GRAPH_STROKES.green},stroke-width:1.5px` },
};

const NEEDS_ATTENTION: ReadonlySet<DependencyStatus> = new Set(['blocked', 'at-risk']);

/**
 * A quoted Mermaid label. Mermaid reads `#name;` as an entity, so `#` goes first;
 * quotes and angle brackets become entities so no label can end the string or
 * inject markup (Mermaid also runs with securityLevel strict).
 */
export function mermaidLabel(text: string): string {
  const escaped = text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');
  return `"${escaped}"`;
}

/**
 * How a generated graph is drawn. With 20 px labels: the page shows a diagram at no more
 * than 16 px and no less than 12 (11 on phones), so what decides how wide a graph must be
 * is its width per pixel of label; the gaps between boxes are fixed, so larger labels make
 * them smaller by comparison, and a graph fits a narrower column at a readable size.
 * The organization's graphs are laid out by ELK (Mermaid's default), whose straight
 * orthogonal lines keep a big graph tidy; a team's neighbourhood, one graph per team, by
 * dagre, which takes about a third less time and draws it narrower, the more so with
 * its columns closer together than dagre's default (50).
 */
export function graphConfig(layout: 'elk' | 'dagre'): string[] {
  const spacing = layout === 'dagre' ? ['  flowchart:', '    rankSpacing: 20'] : [];
  return ['---', 'config:', `  layout: ${layout}`, ...spacing, '  themeVariables:', '    fontSize: 20px', '---'];
}

/** A route made into the URL a browser follows: `withBase` with the site's base path. */
export type LinkTo = (route: string) => string;

/** A `click` line: the node becomes a link with this accessible name (Mermaid's tooltip). */
export function clickLine(node: string, url: string, name: string): string {
  return `  click ${node} href "${url.replace(/"/g, '%22')}" ${mermaidLabel(name)}`;
}

/** Which dependency a deliverable's box opens: one where it waits if there is one, else one where it is needed; the most urgent, then by id. */
function dependencyOf(key: string, edges: readonly DependencyEdge[]): DependencyEdge {
  const rank = (edge: DependencyEdge) =>
    (deliverableKey(edge.data.from) === key ? 0 : DEPENDENCY_STATUSES.length) + DEPENDENCY_STATUSES.indexOf(edge.data.status);
  const touching = edges.filter((edge) => deliverableKey(edge.data.from) === key || deliverableKey(edge.data.to) === key);
  return touching.reduce((best, edge) => (rank(edge) < rank(best) ? edge : best));
}

const worst = (statuses: Iterable<DependencyStatus>): DependencyStatus =>
  DEPENDENCY_STATUSES[Math.min(...[...statuses].map((status) => DEPENDENCY_STATUSES.indexOf(status)))]!;

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/**
 * Deliverables as nodes, grouped in one subgraph per team, edges styled by status.
 * Left to right (needs → team → needed by) for one team's neighbourhood, which stays
 * three columns wide however many dependencies it has; top down for the whole
 * organization (`TD`, laid out by ELK), whose teams then sit in rows a narrow screen can follow.
 */
export function deliverableGraph(
  dependencies: readonly DependencyEdge[],
  teamName: (id: string) => string,
  linkTo: LinkTo,
  direction: 'LR' | 'TD' = 'LR',
): string {
  const edges = [...dependencies].sort(byId);
  const deliverables = new Map<string, { team: string; name: string }>();
  for (const { data } of edges) {
    for (const end of [data.from, data.to]) deliverables.set(deliverableKey(end), { team: end.team, name: end.deliverable });
  }
  const keys = [...deliverables.keys()].sort();
  const nodeId = new Map(keys.map((key, index) => [key, `d${index}`]));
  const attention = new Set(edges.filter((e) => NEEDS_ATTENTION.has(e.data.status)).flatMap((e) => [deliverableKey(e.data.from), deliverableKey(e.data.to)]));

  const lines = [...graphConfig(direction === 'LR' ? 'dagre' : 'elk'), `flowchart ${direction}`];
  const teams = [...new Set(keys.map((key) => deliverables.get(key)!.team))].sort();
  for (const team of teams) {
    lines.push(`  subgraph team_${team.replace(/-/g, '_')}[${mermaidLabel(teamName(team))}]`);
    for (const key of keys.filter((k) => deliverables.get(k)!.team === team)) {
      lines.push(`    ${nodeId.get(key)}[${mermaidLabel(deliverables.get(key)!.name)}]`);
    }
    lines.push('  end');
  }
  edges.forEach(({ data }) => {
    lines.push(
      `  ${nodeId.get(deliverableKey(data.from))} ${EDGE_STYLE[data.status].arrow}|${mermaidLabel(statusLabel(data.status))}| ${nodeId.get(deliverableKey(data.to))}`,
    );
  });
  edges.forEach(({ data }, index) => lines.push(`  linkStyle ${index} ${EDGE_STYLE[data.status].style}`));
  for (const key of keys) {
    const { data, id } = dependencyOf(key, edges);
    const { team, name } = deliverables.get(key)!;
    const linkName = `${name}, ${teamName(team)}: ${data.from.deliverable} needs ${data.to.deliverable} (${statusLabel(data.status)})`;
    lines.push(clickLine(nodeId.get(key)!, linkTo(routes.dependency(id)), linkName));
  }
  const flagged = keys.filter((key) => attention.has(key)).map((key) => nodeId.get(key));
  if (flagged.length > 0) {
    lines.push(`  classDef attention stroke:${GRAPH_STROKES.red},stroke-width:2.5px`, `  class ${flagged.join(',')} attention`);
  }
  return lines.join('\n');
}

/** Most urgent first: worse status, then earlier need-by date, then id; what a capped graph keeps. */
export function byUrgency(a: DependencyEdge, b: DependencyEdge): number {
  return (
    DEPENDENCY_STATUSES.indexOf(a.data.status) - DEPENDENCY_STATUSES.indexOf(b.data.status) ||
    (a.data.needBy ?? '').localeCompare(b.data.needBy ?? '') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The between-teams graph stays readable up to this many teams and arrows; past either,
 * it draws only pairs with something blocked or at risk, the most urgent first, within the same bounds.
 */
export const OVERVIEW_MAX_TEAMS = 24;
export const OVERVIEW_MAX_PAIRS = 32;

export interface OverviewSelection<T extends DependencyEdge> {
  /** The dependencies of the pairs drawn (all of a pair's, so its count and worst status stay true). */
  edges: T[];
  /** `all`: every pair; `attention`: only pairs with something blocked or at risk. */
  scope: 'all' | 'attention';
  pairsShown: number;
  /** Pairs of teams with a dependency between them, and those with one blocked or at risk. */
  pairsTotal: number;
  pairsAttention: number;
}

/** Which pairs of teams the between-teams graph draws (see OVERVIEW_MAX_TEAMS). */
export function overviewSelection<T extends DependencyEdge>(
  dependencies: readonly T[],
  limits = { teams: OVERVIEW_MAX_TEAMS, pairs: OVERVIEW_MAX_PAIRS },
): OverviewSelection<T> {
  const pairs = new Map<string, { from: string; to: string; edges: T[] }>();
  for (const dependency of dependencies) {
    const key = `${dependency.data.from.team}\u0000${dependency.data.to.team}`;
    const pair = pairs.get(key) ?? { from: dependency.data.from.team, to: dependency.data.to.team, edges: [] };
    pair.edges.push(dependency);
    pairs.set(key, pair);
  }
  const all = [...pairs.values()];
  const teams = new Set(all.flatMap((pair) => [pair.from, pair.to]));
  const hot = all
    .map((pair) => ({ ...pair, urgent: pair.edges.filter((edge) => NEEDS_ATTENTION.has(edge.data.status)).sort(byUrgency) }))
    .filter((pair) => pair.urgent.length > 0);
  if (teams.size <= limits.teams && all.length <= limits.pairs) {
    return { edges: [...dependencies], scope: 'all', pairsShown: all.length, pairsTotal: all.length, pairsAttention: hot.length };
  }
  // The pair whose most urgent dependency is most urgent first; more of them breaks a tie.
  hot.sort((a, b) => byUrgency(a.urgent[0]!, b.urgent[0]!) || b.urgent.length - a.urgent.length);
  const chosen: typeof hot = [];
  const drawn = new Set<string>();
  for (const pair of hot) {
    if (chosen.length === limits.pairs) break;
    const added = [pair.from, pair.to].filter((team) => !drawn.has(team)).length;
    if (drawn.size + added > limits.teams) continue;
    chosen.push(pair);
    drawn.add(pair.from).add(pair.to);
  }
  return {
    edges: chosen.flatMap((pair) => pair.edges),
    scope: 'attention',
    pairsShown: chosen.length,
    pairsTotal: all.length,
    pairsAttention: hot.length,
  };
}

/** The sentence under a between-teams graph that leaves pairs out, saying which it drew; undefined when it draws them all. */
export function overviewNote(selection: Pick<OverviewSelection<DependencyEdge>, 'scope' | 'pairsShown' | 'pairsTotal' | 'pairsAttention'>): string | undefined {
  if (selection.scope === 'all') return undefined;
  const { pairsShown, pairsTotal, pairsAttention } = selection;
  if (pairsAttention === 0) return `Too many teams to draw all ${pairsTotal} pairs readably, and none has anything blocked or at risk.`;
  const which =
    pairsShown === pairsAttention
      ? `only the ${pairsShown === 1 ? 'pair' : `${pairsShown} pairs`} with something blocked or at risk`
      : `only the ${pairsShown} most urgent of the ${pairsAttention} pairs with something blocked or at risk`;
  return `Too many teams to draw all ${pairsTotal} pairs readably: the graph shows ${which}.`;
}

/** A team's graph stays readable up to this many dependencies; past it, it draws the most urgent. */
export const TEAM_GRAPH_LIMIT = 12;

/** The dependencies a team's graph draws: its whole neighbourhood, or the TEAM_GRAPH_LIMIT most urgent of it. */
export function teamGraphEdges<T extends DependencyEdge>(teamId: string, dependencies: readonly T[], limit = TEAM_GRAPH_LIMIT): { edges: T[]; total: number } {
  const all = neighbourhood(teamId, dependencies);
  return { edges: all.length <= limit ? all : [...all].sort(byUrgency).slice(0, limit), total: all.length };
}

/**
 * Teams as nodes; one edge per pair of teams, labelled with the count and drawn as its
 * worst status. Top down: a few teams wide, so it nearly fits a phone at a readable size.
 */
export function teamOverviewGraph(dependencies: readonly DependencyEdge[], teamName: (id: string) => string, linkTo: LinkTo): string {
  const pairs = new Map<string, { from: string; to: string; statuses: DependencyStatus[] }>();
  for (const { data } of dependencies) {
    const key = `${data.from.team}\u0000${data.to.team}`;
    const pair = pairs.get(key) ?? { from: data.from.team, to: data.to.team, statuses: [] };
    pair.statuses.push(data.status);
    pairs.set(key, pair);
  }
  const sorted = [...pairs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, pair]) => pair);
  const teams = [...new Set(sorted.flatMap((pair) => [pair.from, pair.to]))].sort();
  const nodeId = (team: string) => `t_${team.replace(/-/g, '_')}`;
  const lines = [...graphConfig('elk'), 'flowchart TD', ...teams.map((team) => `  ${nodeId(team)}[${mermaidLabel(teamName(team))}]`)];
  const styles: string[] = [];
  sorted.forEach((pair, index) => {
    const status = worst(pair.statuses);
    const label = pair.statuses.length === 1 ? statusLabel(status) : `${pair.statuses.length} · ${statusLabel(status)}`;
    lines.push(`  ${nodeId(pair.from)} ${EDGE_STYLE[status].arrow}|${mermaidLabel(label)}| ${nodeId(pair.to)}`);
    styles.push(`  linkStyle ${index} ${EDGE_STYLE[status].style}`);
  });
  const links = teams.map((team) => clickLine(nodeId(team), linkTo(routes.team(team)), `${teamName(team)}: team page`));
  return [...lines, ...styles, ...links].join('\n');
}

/** One team's dependencies one hop out: what it needs, and what others need from it. */
export function neighbourhood<T extends DependencyEdge>(teamId: string, dependencies: readonly T[]): T[] {
  return dependencies.filter((d) => d.data.from.team === teamId || d.data.to.team === teamId);
}

/**
 * The chains that need attention: every blocked or at-risk dependency, plus the
 * dependencies that touch the same deliverables, so the reader sees what waits on what.
 */
export function attentionChains<T extends DependencyEdge>(dependencies: readonly T[]): T[] {
  const hot = new Set(dependencies.filter((d) => NEEDS_ATTENTION.has(d.data.status)).flatMap((d) => [deliverableKey(d.data.from), deliverableKey(d.data.to)]));
  return dependencies.filter((d) => hot.has(deliverableKey(d.data.from)) || hot.has(deliverableKey(d.data.to)));
}

/** Past this many deliverables the full graph stops being readable; show the attention chains instead. */
export const FULL_GRAPH_LIMIT = 60;

export function deliverableCount(dependencies: readonly DependencyEdge[]): number {
  return new Set(dependencies.flatMap((d) => [deliverableKey(d.data.from), deliverableKey(d.data.to)])).size;
}
