/**
 * The orders of the matrix's rows, each a pre-built page (`connections/sort/<order>/`), so
 * sorting works without JavaScript and can be linked: by name, most or fewest links, or
 * most links with one team (the column's own sort link).
 */
import { pairKey, type PairCount } from './map.ts';
import { matrixFits } from './ties.ts';

export type MatrixOrder = 'name' | 'most' | 'fewest' | `with-${string}`;

export const MATRIX_ORDER_LABEL: Record<'name' | 'most' | 'fewest', string> = { name: 'by name', most: 'most links first', fewest: 'fewest links first' };

/** The orders with a page of their own; a list too long for a matrix is read in one order, by name. */
export function matrixOrders(teams: readonly string[]): MatrixOrder[] {
  if (!matrixFits(teams)) return ['name'];
  return ['name', 'most', 'fewest', ...teams.map((team): MatrixOrder => `with-${team}`)];
}

export function sortTeams(
  teams: readonly string[],
  order: MatrixOrder,
  counts: ReadonlyMap<string, PairCount>,
  totals: ReadonlyMap<string, number>,
  name: (id: string) => string,
): string[] {
  // Numbers in names sort as numbers: Team 2 before Team 10.
  const byName = (a: string, b: string) => name(a).localeCompare(name(b), undefined, { numeric: true });
  const total = (team: string) => totals.get(team) ?? 0;
  const withTeam = order.startsWith('with-') ? order.slice(5) : undefined;
  const links = (team: string) => (withTeam === undefined || team === withTeam ? -1 : (counts.get(pairKey(team, withTeam))?.total ?? 0));
  return [...teams].sort((a, b) => {
    if (order === 'most') return total(b) - total(a) || byName(a, b);
    if (order === 'fewest') return total(a) - total(b) || byName(a, b);
    if (withTeam !== undefined) return links(b) - links(a) || byName(a, b);
    return byName(a, b);
  });
}
