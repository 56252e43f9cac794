/**
 * Dependencies in a 200-team organization: what /dependencies/ and a team page show when
 * there are too many to draw or list (the demo has 8 teams and never reaches these limits).
 */
import { describe, expect, test } from 'vitest';
import {
  byUrgency,
  OVERVIEW_MAX_PAIRS,
  OVERVIEW_MAX_TEAMS,
  overviewNote,
  overviewSelection,
  TEAM_GRAPH_LIMIT,
  teamGraphEdges,
} from '../../src/lib/graph/dependency-mermaid.ts';
import { dependencyDiagrams } from '../../src/lib/diagrams/handbook-diagrams.ts';
import { attentionList, ATTENTION_SHOWN, dependenciesByTeam, isOverdue, needsAttention, statusCounts } from '../../src/lib/dependency-summary.ts';
import { capped } from '../../src/lib/capped.ts';
import { byRelevance } from '../../src/lib/team-page.ts';
import { withBase } from '../../src/lib/routes.ts';
import type { Dependency, DependencyStatus } from '../../src/schemas/dependencies.ts';

const TODAY = '2026-12-20';
const STATUSES: DependencyStatus[] = ['planned', 'on-track', 'at-risk', 'blocked', 'done'];
const team = (i: number) => `team-${String(i).padStart(3, '0')}`;

/** Like the bench's generator: a later team needs an earlier one, so low-numbered teams are needed by many. */
function organization(teams: number, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const from = 1 + (i % (teams - 1));
    const to = (i * 7919) % from;
    const data: Dependency = {
      from: { team: team(from), deliverable: `Deliverable ${from}-${i % 5}` },
      to: { team: team(to), deliverable: `Service ${to}-${i % 3}` },
      status: STATUSES[i % STATUSES.length]!,
      needBy: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
      history: [],
      draft: false,
    };
    return { id: `dependency-${String(i).padStart(5, '0')}`, data };
  });
}

const big = organization(200, 2000);
const teamNames = Array.from({ length: 200 }, (_, i) => ({ id: team(i), data: { name: `Team ${i}` } }));
const linkTo = (route: string) => withBase('/', route);
const arrows = (code: string) => code.split('\n').filter((line) => / (==>|-->|-\.->)\|/.test(line));

describe('the between-teams graph of 200 teams and 2,000 dependencies', () => {
  const selection = overviewSelection(big);
  const pairKey = (d: (typeof big)[number]) => `${d.data.from.team}>${d.data.to.team}`;
  const allPairs = new Set(big.map(pairKey));
  const hotPairs = new Set(big.filter((d) => d.data.status === 'blocked' || d.data.status === 'at-risk').map(pairKey));

  test('draws only pairs with something blocked or at risk, within the readable bounds', () => {
    expect(selection.scope).toBe('attention');
    expect(selection.pairsTotal).toBe(allPairs.size);
    expect(selection.pairsAttention).toBe(hotPairs.size);
    const drawn = new Set(selection.edges.map(pairKey));
    expect(drawn.size).toBe(selection.pairsShown);
    expect(selection.pairsShown).toBeLessThanOrEqual(OVERVIEW_MAX_PAIRS);
    expect(new Set(selection.edges.flatMap((d) => [d.data.from.team, d.data.to.team])).size).toBeLessThanOrEqual(OVERVIEW_MAX_TEAMS);
    expect([...drawn].every((pair) => hotPairs.has(pair))).toBe(true);
    // Every dependency of a drawn pair, so an arrow's count and worst status stay true.
    expect(selection.edges.length).toBe(big.filter((d) => drawn.has(pairKey(d))).length);
  });

  test('the most urgent dependency of all is in the first pair drawn', () => {
    const mostUrgent = [...big].sort(byUrgency)[0]!;
    expect(mostUrgent.data.status).toBe('blocked');
    expect(pairKey(selection.edges[0]!)).toBe(pairKey(mostUrgent));
  });

  test('the sentence under it says which pairs it draws', () => {
    expect(overviewNote(selection)).toBe(
      `Too many teams to draw all ${allPairs.size} pairs readably: the graph shows only the ${selection.pairsShown} most urgent of the ${hotPairs.size} pairs with something blocked or at risk.`,
    );
  });

  test('the diagrams: one arrow per drawn pair, no deliverable graph, team graphs of at most the limit', () => {
    const graphs = dependencyDiagrams(teamNames, big, linkTo);
    expect(arrows(graphs.overview)).toHaveLength(selection.pairsShown);
    // 800 blocked or at-risk dependencies touch far more than 60 deliverables: the page leaves that graph out.
    expect(graphs.detail).toBeUndefined();
    expect(graphs.byTeam.size).toBe(200);
    expect(Math.max(...[...graphs.byTeam.values()].map((graph) => graph.shown))).toBe(TEAM_GRAPH_LIMIT);
    const first = graphs.byTeam.get(team(0))!;
    expect(first.total).toBe(big.filter((d) => d.data.to.team === team(0) || d.data.from.team === team(0)).length);
    expect(arrows(first.code)).toHaveLength(TEAM_GRAPH_LIMIT);
  });

  test('a demo-sized organization is drawn whole, with no sentence', () => {
    const small = organization(8, 15);
    const scope = overviewSelection(small);
    expect(scope).toMatchObject({ scope: 'all', pairsShown: scope.pairsTotal });
    expect(scope.edges).toHaveLength(15);
    expect(overviewNote(scope)).toBeUndefined();
  });

  test('past the bounds with nothing blocked or at risk, the graph is empty and says why', () => {
    const calm = big.map((d) => ({ ...d, data: { ...d.data, status: 'on-track' as const } }));
    const scope = overviewSelection(calm);
    expect(scope).toMatchObject({ scope: 'attention', pairsShown: 0, pairsAttention: 0, edges: [] });
    expect(overviewNote(scope)).toBe(`Too many teams to draw all ${scope.pairsTotal} pairs readably, and none has anything blocked or at risk.`);
  });
});

describe("a team's graph", () => {
  test('past the limit it draws the most urgent: blocked, at risk, then the earliest need-by', () => {
    const { edges, total } = teamGraphEdges(team(0), big);
    const all = big.filter((d) => d.data.to.team === team(0) || d.data.from.team === team(0));
    expect(total).toBe(all.length);
    expect(total).toBeGreaterThan(TEAM_GRAPH_LIMIT);
    expect(edges.map((d) => d.id)).toEqual(
      [...all]
        .sort(byUrgency)
        .slice(0, TEAM_GRAPH_LIMIT)
        .map((d) => d.id),
    );
    // Team 0 has fewer blocked dependencies than the graph draws: all of them, then the at-risk ones, earliest first.
    const blocked = all.filter((d) => d.data.status === 'blocked').length;
    expect(blocked).toBeLessThan(TEAM_GRAPH_LIMIT);
    expect(edges.map((d) => d.data.status)).toEqual([...Array(blocked).fill('blocked'), ...Array(TEAM_GRAPH_LIMIT - blocked).fill('at-risk')]);
    const atRisk = edges.filter((d) => d.data.status === 'at-risk').map((d) => d.data.needBy);
    expect(atRisk).toEqual([...atRisk].sort());
  });

  test('within the limit it draws every dependency of the team, in its own order', () => {
    const few = big.filter((d) => d.data.from.team === team(150) || d.data.to.team === team(150));
    expect(few.length).toBeLessThanOrEqual(TEAM_GRAPH_LIMIT);
    expect(teamGraphEdges(team(150), big)).toEqual({ edges: few, total: few.length });
  });
});

describe('the dependencies page of a 200-team organization', () => {
  const attention = attentionList(big, TODAY);

  test('needs attention: blocked, at risk and overdue, most urgent first, capped with a count of the rest', () => {
    const expected = big.filter((d) => d.data.status === 'blocked' || d.data.status === 'at-risk' || (d.data.status !== 'done' && d.data.needBy < TODAY));
    expect(attention).toHaveLength(expected.length);
    // 400 blocked, 400 at risk, then the planned and on-track ones whose need-by date has passed.
    expect(attention.map((d) => d.data.status).filter((s, i, all) => all.indexOf(s) === i)).toEqual(['blocked', 'at-risk', 'planned', 'on-track']);
    expect(attention.filter((d) => d.data.status === 'blocked')).toHaveLength(400);
    const blocked = attention.filter((d) => d.data.status === 'blocked').map((d) => d.data.needBy);
    expect(blocked).toEqual([...blocked].sort());
    const page = capped(attention, ATTENTION_SHOWN);
    expect(page.shown).toEqual(attention.slice(0, 25));
    expect(page.more).toBe(attention.length - 25);
  });

  test('a row per team: counts that add up, the teams with the most needing attention first', () => {
    const rows = dependenciesByTeam(big, TODAY);
    expect(rows).toHaveLength(200);
    expect(rows.reduce((sum, row) => sum + row.needs, 0)).toBe(2000);
    expect(rows.reduce((sum, row) => sum + row.neededBy, 0)).toBe(2000);
    const zero = rows.find((row) => row.team === team(0))!;
    const touching = big.filter((d) => d.data.to.team === team(0));
    expect(zero).toEqual({
      team: team(0),
      needs: 0,
      neededBy: touching.length,
      blocked: touching.filter((d) => d.data.status === 'blocked').length,
      atRisk: touching.filter((d) => d.data.status === 'at-risk').length,
      overdue: touching.filter((d) => isOverdue(d, TODAY)).length,
      attention: touching.filter((d) => needsAttention(d, TODAY)).length,
    });
    expect(rows[0]!.attention).toBe(Math.max(...rows.map((row) => row.attention)));
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.attention).toBeGreaterThanOrEqual(rows[i]!.attention);
  });

  test('the counts by status', () => {
    expect(statusCounts(big)).toEqual([
      { status: 'blocked', count: 400 },
      { status: 'at-risk', count: 400 },
      { status: 'planned', count: 400 },
      { status: 'on-track', count: 400 },
      { status: 'done', count: 400 },
    ]);
  });

  test('done is never overdue; a need-by date of today is not overdue yet', () => {
    const at = (status: DependencyStatus, needBy: string) => ({ data: { status, needBy } });
    expect([isOverdue(at('done', '2026-01-01'), TODAY), isOverdue(at('planned', TODAY), TODAY), isOverdue(at('planned', '2026-12-19'), TODAY)]).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('careless or hostile dependencies', () => {
  const hostile = Array.from({ length: 120 }, (_, i) => ({
    id: `d${i}`,
    data: {
      from: { team: `t${i % 60}`, deliverable: `"]; click t0 href "javascript:alert(1)" <img src=x onerror=alert(1)> #${i}` },
      to: { team: `t${(i + 1) % 60}`, deliverable: 'end\n  click d0 href "javascript:alert(2)"' },
      status: i % 2 ? ('blocked' as const) : ('done' as const),
      needBy: 'not a date',
    },
  }));

  test('names with quotes, markup and line breaks stay inside their labels, in the overview and team graphs', () => {
    const names = [...new Set(hostile.flatMap((d) => [d.data.from.team, d.data.to.team]))].map((id) => ({ id, data: { name: `<b>"${id}"</b>` } }));
    const graphs = dependencyDiagrams(names, hostile, linkTo);
    for (const code of [graphs.overview, ...[...graphs.byTeam.values()].map((graph) => graph.code)]) {
      // With every quoted label taken out, what is left is the graph's own syntax: no markup, no script, no line a name began.
      const skeleton = code.replace(/"[^"]*"/g, '""');
      expect(skeleton).not.toMatch(/javascript|<|onerror/);
      const clicks = skeleton.split('\n').filter((line) => line.includes('click'));
      expect(clicks.length).toBeGreaterThan(0);
      expect(clicks.every((line) => /^ {2}click [td]\w+ href "" ""$/.test(line))).toBe(true);
      expect(
        code
          .split('\n')
          .filter((line) => line.startsWith('  click'))
          .every((line) => / href "\/(teams|dependencies)\/[\w-]+\/" /.test(line)),
      ).toBe(true);
    }
  });

  test('a dependency of a team on itself counts once in its row; a bad need-by date sorts without throwing', () => {
    const self = {
      id: 'self',
      data: { ...big[0]!.data, from: { team: 'solo', deliverable: 'A' }, to: { team: 'solo', deliverable: 'B' }, status: 'blocked' as const },
    };
    expect(dependenciesByTeam([self], TODAY)).toEqual([{ team: 'solo', needs: 1, neededBy: 1, blocked: 1, atRisk: 0, overdue: 1, attention: 1 }]);
    expect(() => overviewSelection(hostile)).not.toThrow();
  });

  test('a cap of nothing, or a fraction, lists whole items only', () => {
    expect(capped([1, 2, 3], -1)).toEqual({ shown: [], more: 3, total: 3 });
    expect(capped([1, 2, 3], 1.7)).toEqual({ shown: [1], more: 2, total: 3 });
    expect(capped([1, 2, 3], 10)).toEqual({ shown: [1, 2, 3], more: 0, total: 3 });
  });
});

describe("a team page's decisions", () => {
  test('proposed first, then the newest', () => {
    const adr = (id: string, status: 'proposed' | 'accepted' | 'superseded', date: string) => ({ id, data: { status, date } });
    const ordered = [
      adr('0001', 'accepted', '2026-01-01'),
      adr('0002', 'superseded', '2026-06-01'),
      adr('0003', 'proposed', '2025-01-01'),
      adr('0004', 'accepted', '2026-06-01'),
    ].sort(byRelevance);
    expect(ordered.map((a) => a.id)).toEqual(['0003', '0002', '0004', '0001']);
  });
});
