/**
 * The line of decisions an ADR belongs to: what it replaced, what replaced it,
 * oldest first. Follows the first link each way (branches are listed on the page).
 */
export function supersedesChain(
  id: string,
  supersedes: (id: string) => readonly string[],
  supersededBy: (id: string) => readonly string[],
): string[] {
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
