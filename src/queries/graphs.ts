/** The dependency graphs for pages, built once per build from the shared indexes. */
import { dependencyDiagrams, type DependencyDiagrams } from '../lib/diagrams/handbook-diagrams.ts';
import { handbook } from './handbook.ts';
import { timed } from '../lib/build-profile.ts';
import { config } from '../config.ts';
import { withBase } from '../lib/routes.ts';

let graphs: Promise<DependencyDiagrams> | undefined;

/** The dependency graphs (organization, and each team's neighbourhood), built once per build. */
export function dependencyGraphs(): Promise<DependencyDiagrams> {
  graphs ??= handbook().then((h) => timed('dependency graphs', () => dependencyDiagrams(h.teams, h.dependencies, (route) => withBase(config.base, route))));
  return graphs;
}
