/**
 * The connections page at organization scale: past `MATRIX_MAX_TEAMS` teams there is no
 * matrix and no sorted copy of it, and each team's line names its strongest ties and
 * counts the rest. Checked with 200 teams, where the matrix would have 40,000 cells.
 */
import { describe, expect, test } from 'vitest';
import { pairKey, type PairCount } from '../../src/lib/connections/map.ts';
import { connectionsMermaid, MAP_PAIRS } from '../../src/lib/connections/mermaid.ts';
import { matrixOrders, sortTeams } from '../../src/lib/connections/sort.ts';
import { MATRIX_MAX_TEAMS, matrixFits, summarizeTies, tiesOf, TIES_SHOWN } from '../../src/lib/connections/ties.ts';

const teamsOf = (n: number) => Array.from({ length: n }, (_, i) => `team-${String(i).padStart(3, '0')}`);
const name = (id: string) => `Team ${id.slice(5)}`;
function countsOf(pairs: [string, string, number][]): Map<string, PairCount> {
  return new Map(pairs.map(([a, b, total]) => [pairKey(a, b), { teams: a < b ? [a, b] : [b, a], total, bySource: {} } as PairCount]));
}

describe('the matrix and its sorted pages', () => {
  test('are drawn up to MATRIX_MAX_TEAMS teams, with one sorted page per column', () => {
    const teams = teamsOf(MATRIX_MAX_TEAMS);
    expect(matrixFits(teams)).toBe(true);
    const orders = matrixOrders(teams);
    expect(orders).toHaveLength(3 + MATRIX_MAX_TEAMS);
    expect(orders.slice(0, 4)).toEqual(['name', 'most', 'fewest', 'with-team-000']);
  });

  test('give way to one list in one order past it: 200 teams build one connections page, not 203', () => {
    const teams = teamsOf(200);
    expect(matrixFits(teams)).toBe(false);
    expect(matrixOrders(teams)).toEqual(['name']);
    expect(matrixOrders(teamsOf(MATRIX_MAX_TEAMS + 1))).toEqual(['name']);
  });
});

describe("a team's ties", () => {
  const teams = teamsOf(200);
  const counts = countsOf([
    ['team-000', 'team-005', 3],
    ['team-000', 'team-150', 7],
    ['team-002', 'team-000', 3],
    ['team-000', 'team-010', 1],
    ['team-000', 'team-020', 1],
    ['team-000', 'team-030', 1],
    ['team-000', 'team-040', 1],
    ['team-001', 'team-002', 9],
  ]);

  test('are every other team, most links first, equal counts by name', () => {
    const ties = tiesOf('team-000', teams, counts, name);
    expect(ties).toHaveLength(199);
    expect(ties.slice(0, 8)).toEqual([
      { other: 'team-150', count: 7 },
      { other: 'team-002', count: 3 },
      { other: 'team-005', count: 3 },
      { other: 'team-010', count: 1 },
      { other: 'team-020', count: 1 },
      { other: 'team-030', count: 1 },
      { other: 'team-040', count: 1 },
      { other: 'team-001', count: 0 },
    ]);
  });

  test('name the strongest TIES_SHOWN and count the rest, linked and unlinked', () => {
    const summary = summarizeTies(tiesOf('team-000', teams, counts, name), TIES_SHOWN);
    expect(summary.linked.map((tie) => `${tie.other} ${tie.count}`)).toEqual(['team-150 7', 'team-002 3', 'team-005 3', 'team-010 1', 'team-020 1']);
    expect(summary.moreLinked).toBe(2);
    expect(summary.unlinked).toEqual(['team-001', 'team-003', 'team-004', 'team-006', 'team-007']);
    expect(summary.moreUnlinked).toBe(199 - 7 - 5);
  });

  test('beside a matrix (no limit) are all named', () => {
    const summary = summarizeTies(tiesOf('team-001', teamsOf(4), counts, name), Infinity);
    expect(summary).toEqual({ linked: [{ other: 'team-002', count: 9 }], moreLinked: 0, unlinked: ['team-000', 'team-003'], moreUnlinked: 0 });
  });

  test('of a team with no link at all are all unlinked; a limit that is not a count names none', () => {
    const summary = summarizeTies(tiesOf('team-199', teams, counts, name), TIES_SHOWN);
    expect(summary.linked).toEqual([]);
    expect(summary.moreLinked).toBe(0);
    expect(summary.unlinked).toHaveLength(TIES_SHOWN);
    expect(summary.moreUnlinked).toBe(199 - TIES_SHOWN);
    expect(summarizeTies(tiesOf('team-000', teams, counts, name), -3)).toMatchObject({ linked: [], moreLinked: 7, unlinked: [], moreUnlinked: 192 });
  });
});

test('the map draws at most MAP_PAIRS isolated teams, however many there are', () => {
  const isolated = teamsOf(200).slice(100);
  const code = connectionsMermaid([], isolated, name, (route) => `/${route}`);
  const nodes = code.split('\n').filter((line) => /^ {2}t\d+\[/.test(line));
  expect(nodes).toHaveLength(MAP_PAIRS);
  expect(code).toContain('Team 100 (isolated)');
  expect(code).not.toContain(`Team ${100 + MAP_PAIRS} (isolated)`);
});

test('teams are ordered by name with numbers as numbers: Team 2 before Team 10', () => {
  const teams = ['team-010', 'team-002', 'team-001'];
  const byNumber = (id: string) => `Team ${Number(id.slice(5))}`;
  expect(sortTeams(teams, 'name', new Map(), new Map(), byNumber)).toEqual(['team-001', 'team-002', 'team-010']);
  expect(tiesOf('team-001', teams, new Map(), byNumber).map((tie) => tie.other)).toEqual(['team-002', 'team-010']);
});
