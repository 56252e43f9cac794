/**
 * The map of the strongest links between teams, as a Mermaid flowchart for the build's
 * diagram pipeline: one edge per pair, labelled and thickened by its count, every team
 * a link to its page, and isolated teams drawn apart with a dashed border.
 */
import { clickLine, graphConfig, mermaidLabel, type LinkTo } from '../graph/dependency-mermaid.ts';
import { plural } from '../text/plural.ts';
import { GRAPH_STROKES } from '../palette.ts';
import { routes } from '../routes.ts';
import type { PairCount } from './map.ts';

/** The accessible name of the map, the same on its page and its full-size page. */
export const CONNECTIONS_MAP_LABEL = 'The strongest links between teams';

/** How many pairs the map draws: more would be a hairball, the matrix has them all. */
export const MAP_PAIRS = 12;

export function connectionsMermaid(strongest: readonly PairCount[], allIsolated: readonly string[], teamName: (id: string) => string, linkTo: LinkTo): string {
  // The page names every isolated team; the map draws as many as it draws pairs, so it stays a map.
  const isolated = allIsolated.slice(0, MAP_PAIRS);
  const teams = [...new Set([...strongest.flatMap((pair) => pair.teams), ...isolated])].sort();
  const node = new Map(teams.map((team, index) => [team, `t${index}`]));
  const most = Math.max(1, ...strongest.map((pair) => pair.total));
  const lines = [...graphConfig('dagre'), 'flowchart LR'];
  for (const team of teams) lines.push(`  ${node.get(team)}[${mermaidLabel(isolated.includes(team) ? `${teamName(team)} (isolated)` : teamName(team))}]`);
  strongest.forEach((pair) => lines.push(`  ${node.get(pair.teams[0])} ---|${mermaidLabel(plural(pair.total, 'link'))}| ${node.get(pair.teams[1])}`));
  strongest.forEach((pair, index) =>
    lines.push(`  linkStyle ${index} stroke:${GRAPH_STROKES.blue},stroke-width:${(1.5 + (3 * pair.total) / most).toFixed(1)}px`),
  );
  for (const team of teams) lines.push(clickLine(node.get(team)!, linkTo(routes.team(team)), teamName(team)));
  if (isolated.length > 0) {
    lines.push(
      `  classDef isolated stroke:${GRAPH_STROKES.red},stroke-width:2.5px,stroke-dasharray:6 4`,
      `  class ${isolated.map((team) => node.get(team)).join(',')} isolated`,
    );
  }
  return lines.join('\n');
}
