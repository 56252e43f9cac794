/** Rules of cross-team dependencies: two different teams, and no cycle among deliverables. */
import { deliverableKey } from '../dependencies.ts';
import { findCycles } from '../graph/cycles.ts';
import type { RuleContext } from './context.ts';

export function checkDependencies(context: RuleContext): void {
  const edges = new Map<string, { to: string; id: string }[]>();
  for (const dependency of context.entries('dependencies')) {
    const { from, to } = dependency.data;
    if (from === undefined || to === undefined) continue;
    if (from.team === to.team) {
      context.report(
        'dependency/self',
        { collection: 'dependencies', id: dependency.id, path: ['to', 'team'] },
        `joins team "${from.team}" to itself`,
        'a dependency is between two teams: record work inside one team on its own page instead, or correct `to.team`',
      );
      continue;
    }
    const key = deliverableKey(from);
    edges.set(key, [...(edges.get(key) ?? []), { to: deliverableKey(to), id: dependency.id }]);
  }
  const cycles = findCycles(edges.keys(), (node) => (edges.get(node) ?? []).map((edge) => edge.to));
  for (const cycle of cycles) {
    const files = cycle.slice(0, -1).map((node, index) => edges.get(node)!.find((edge) => edge.to === cycle[index + 1])!.id);
    context.report(
      'dependency/cycle',
      { collection: 'dependencies', id: files[0]!, path: ['to', 'deliverable'] },
      `closes a cycle of deliverables: ${cycle.join(' → ')} (files: ${files.join(', ')})`,
      'each deliverable would wait for itself: remove or redirect one of these dependencies',
    );
  }
}
