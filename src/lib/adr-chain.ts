/**
 * The line of decisions an ADR belongs to: what it replaced, what replaced it,
 * oldest first. Follows the first link each way (branches are listed on the page).
 */
export function supersedesChain(id: string, supersedes: (id: string) => readonly string[], supersededBy: (id: string) => readonly string[]): string[] {
  const chain = [id];
  const seen = new Set(chain);
  for (let current = supersedes(id)[0]; current && !seen.has(current); current = supersedes(current)[0]) {
    chain.unshift(current);
    seen.add(current);
  }
  for (let current = supersededBy(id)[0]; current && !seen.has(current); current = supersededBy(current)[0]) {
    chain.push(current);
    seen.add(current);
  }
  return chain;
}

/**
 * Where a superseded decision leads: for each decision that replaced it, the line of
 * replacements from that one to the decision at the end of the chain (the current
 * one, unless the line ends in a proposal or a deprecation). Later steps follow the
 * first successor, as `supersedesChain` does. Empty for a decision nothing replaced.
 */
export function successionPaths(id: string, supersededBy: (id: string) => readonly string[]): string[][] {
  return supersededBy(id)
    .filter((next) => next !== id)
    .map((next) => {
      const path = [next];
      const seen = new Set([id, next]);
      for (let current = supersededBy(next)[0]; current && !seen.has(current); current = supersededBy(current)[0]) {
        path.push(current);
        seen.add(current);
      }
      return path;
    });
}
