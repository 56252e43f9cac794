/**
 * Pairs teams for rotations: as many pairs as the allowed pairs permit, then the
 * least connected ones. Exact for up to EXACT_LIMIT teams (every subset of teams is
 * tried once, by dynamic programming); beyond that, greedy from the least connected
 * pair, then repaired and improved by swapping partners. Ties are broken by the
 * teams' order, so the same input always gives the same pairs.
 */

export interface MatchingInput {
  /** Team ids, in the order that breaks ties. */
  teams: readonly string[];
  /** Whether two teams may be paired. */
  allowed: (a: string, b: string) => boolean;
  /** The cost of pairing two teams (their connection strength): lower is better. */
  weight: (a: string, b: string) => number;
}

/** Pairs as `[a, b]` in the teams' order; teams left out are not listed. */
export type Pairs = [string, string][];

export const EXACT_LIMIT = 18;

export function pairTeams(input: MatchingInput): Pairs {
  return input.teams.length <= EXACT_LIMIT ? exact(input) : greedy(input);
}

/** The best pairs of every subset of teams, from the smallest subsets up. */
function exact({ teams, allowed, weight }: MatchingInput): Pairs {
  const n = teams.length;
  const size = 1 << n;
  const pairs = new Int8Array(size);
  const cost = new Float64Array(size);
  // For each subset, the partner of its first team (-1: left out).
  const partner = new Int8Array(size).fill(-1);
  for (let mask = 1; mask < size; mask++) {
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & ~(1 << i);
    // Leaving the first team out is the fallback; pairing it wins on more pairs, then on less cost.
    let bestPairs = pairs[rest]!;
    let bestCost = cost[rest]!;
    let bestPartner = -1;
    for (let j = i + 1; j < n; j++) {
      if (!(rest & (1 << j)) || !allowed(teams[i]!, teams[j]!)) continue;
      const without = rest & ~(1 << j);
      const total = pairs[without]! + 1;
      const spent = cost[without]! + weight(teams[i]!, teams[j]!);
      if (total > bestPairs || (total === bestPairs && spent < bestCost)) {
        [bestPairs, bestCost, bestPartner] = [total, spent, j];
      }
    }
    pairs[mask] = bestPairs;
    cost[mask] = bestCost;
    partner[mask] = bestPartner;
  }
  const result: Pairs = [];
  for (let mask = size - 1; mask > 0;) {
    const i = 31 - Math.clz32(mask & -mask);
    const j = partner[mask]!;
    if (j >= 0) result.push([teams[i]!, teams[j]!]);
    mask &= ~(1 << i);
    if (j >= 0) mask &= ~(1 << j);
  }
  return result;
}

/** Large organizations: greedy, then every left-out pair of teams is fitted in by a swap, then swaps that lower the cost. */
function greedy({ teams, allowed, weight }: MatchingInput): Pairs {
  const order = new Map(teams.map((team, index) => [team, index]));
  const edges: [string, string, number][] = [];
  teams.forEach((a, i) => teams.slice(i + 1).forEach((b) => allowed(a, b) && edges.push([a, b, weight(a, b)])));
  edges.sort((x, y) => x[2] - y[2] || order.get(x[0])! - order.get(y[0])! || order.get(x[1])! - order.get(y[1])!);
  const mate = new Map<string, string>();
  for (const [a, b] of edges) {
    if (!mate.has(a) && !mate.has(b)) mate.set(a, b).set(b, a);
  }
  const pairsNow = (): Pairs => teams.filter((team) => mate.has(team) && order.get(team)! < order.get(mate.get(team)!)!).map((team) => [team, mate.get(team)!]);
  // Two teams left out that may not pair with each other: u takes a's place beside b, and v pairs with a.
  let changed = true;
  while (changed) {
    changed = false;
    const single = teams.filter((team) => !mate.has(team));
    outer: for (const u of single) {
      for (const v of single) {
        if (u === v || mate.has(u) || mate.has(v)) continue;
        if (allowed(u, v)) {
          mate.set(u, v).set(v, u);
          changed = true;
          continue outer;
        }
        for (const [a, b] of pairsNow()) {
          for (const [x, y] of [
            [a, b],
            [b, a],
          ] as const) {
            if (allowed(u, y) && allowed(v, x)) {
              mate.set(u, y).set(y, u).set(v, x).set(x, v);
              changed = true;
              continue outer;
            }
          }
        }
      }
    }
  }
  // Swap partners between two pairs while that lowers the total cost (bounded: each swap lowers it).
  for (let improved = true, rounds = 0; improved && rounds < 100; rounds++) {
    improved = false;
    const current = pairsNow();
    for (let p = 0; p < current.length && !improved; p++) {
      for (let q = p + 1; q < current.length && !improved; q++) {
        const [a, b] = current[p]!;
        const [c, d] = current[q]!;
        const before = weight(a, b) + weight(c, d);
        for (const [x, y, z, w] of [
          [a, c, b, d],
          [a, d, b, c],
        ] as const) {
          if (allowed(x, y) && allowed(z, w) && weight(x, y) + weight(z, w) < before) {
            mate.set(x, y).set(y, x).set(z, w).set(w, z);
            improved = true;
            break;
          }
        }
      }
    }
  }
  return pairsNow();
}
