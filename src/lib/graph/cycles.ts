/**
 * Finds cycles in a directed graph in time linear in its nodes and edges
 * (iterative depth-first search, so deep chains cannot overflow the stack).
 * Each returned cycle lists its nodes in order, the first node repeated at the end.
 */
export function findCycles<T>(nodes: Iterable<T>, edgesOf: (node: T) => Iterable<T>): T[][] {
  const state = new Map<T, 'open' | 'done'>();
  const cycles: T[][] = [];
  const seen = new Set<string>();
  for (const start of nodes) {
    if (state.has(start)) continue;
    const stack: { node: T; edges: Iterator<T> }[] = [{ node: start, edges: edgesOf(start)[Symbol.iterator]() }];
    const onPath: T[] = [start];
    state.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = frame.edges.next();
      if (next.done) {
        state.set(frame.node, 'done');
        stack.pop();
        onPath.pop();
        continue;
      }
      const target = next.value;
      const targetState = state.get(target);
      if (targetState === 'open') {
        const cycle = [...onPath.slice(onPath.indexOf(target)), target];
        const key = [...new Set(cycle.map(String))].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (targetState === undefined) {
        state.set(target, 'open');
        onPath.push(target);
        stack.push({ node: target, edges: edgesOf(target)[Symbol.iterator]() });
      }
    }
  }
  return cycles;
}
