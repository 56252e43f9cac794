/**
 * The rotation planner: properties over generated handbooks (no team paired with itself
 * or twice, no repeat within four quarters, as many pairs as the allowed pairs permit and
 * the least connected of them, proposals that pass the check, the same plan whatever the
 * order of the files), and its plan for the demo handbook.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { checkIntegrity } from '../../src/lib/integrity/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { loadHandbook } from '../../src/lib/content/load.ts';
import type { Handbook } from '../../src/lib/handbook/types.ts';
import { overlaps, rotationSpan } from '../../src/lib/programs/spans.ts';
import { rotationSchema } from '../../src/schemas/rotations.ts';
import { connections, pairKey, strength } from '../../scripts/lib/plan-rotations/connections.ts';
import { EXACT_LIMIT, pairTeams } from '../../scripts/lib/plan-rotations/matching.ts';
import { planRotations, type RotationPlan } from '../../scripts/lib/plan-rotations/plan.ts';
import { fortnightsOf, nextQuarter, parseQuarter, shiftQuarter } from '../../scripts/lib/plan-rotations/quarter.ts';
import { planJson, planMarkdown, type Names } from '../../scripts/lib/plan-rotations/render.ts';
import { draftFile, writeDrafts } from '../../scripts/lib/plan-rotations/write.ts';
import { addDays } from '../../src/lib/time/dates.ts';
import { copyHandbook, projectRoot } from '../helpers/fixtures.ts';
import { randomHandbook, shuffled } from '../helpers/random-handbook.ts';

const Q1 = parseQuarter('2027-Q1')!;
const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

const namesOf = (handbook: Handbook): Names => ({
  team: (id) => handbook.teams.find((t) => t.id === id)?.data.name ?? id,
  person: (id) => handbook.people.find((p) => p.id === id)?.data.name ?? id,
});

/** Teams the plan could pair: not left out for having a rotation already or too few free people. */
const candidates = (plan: RotationPlan) =>
  [
    ...plan.pairs.flatMap((pair) => pair.teams),
    ...plan.leftOut.filter((item) => item.reason === 'odd' || item.reason === 'no-partner').map((item) => item.team),
  ].sort();

/** The largest number of pairs, and the least total strength among those, by trying every way (small inputs only). */
function bestMatching(
  teams: readonly string[],
  allowed: (a: string, b: string) => boolean,
  weight: (a: string, b: string) => number,
): { pairs: number; cost: number } {
  if (teams.length < 2) return { pairs: 0, cost: 0 };
  const [first, ...rest] = teams as [string, ...string[]];
  let best = bestMatching(rest, allowed, weight);
  for (const partner of rest) {
    if (!allowed(first, partner)) continue;
    const sub = bestMatching(
      rest.filter((team) => team !== partner),
      allowed,
      weight,
    );
    const candidate = { pairs: sub.pairs + 1, cost: sub.cost + weight(first, partner) };
    if (candidate.pairs > best.pairs || (candidate.pairs === best.pairs && candidate.cost < best.cost)) best = candidate;
  }
  return best;
}

function recentlyPaired(handbook: Handbook): Set<string> {
  const since = shiftQuarter(Q1, -4).span.start;
  const teamOf = new Map(handbook.people.map((p) => [p.id, p.data.team]));
  return new Set(
    handbook.rotations.filter((r) => r.data.start >= since && r.data.start < Q1.span.start).map((r) => pairKey(teamOf.get(r.data.person)!, r.data.hostTeam)),
  );
}

describe.each(SEEDS)('a generated handbook (seed %i)', (seed) => {
  const handbook = randomHandbook(seed, Q1.span.start);
  const plan = planRotations(handbook, Q1);
  const teamOf = new Map(handbook.people.map((p) => [p.id, p.data.team]));

  test('no team is paired with itself or twice, and no pair repeats a pairing of the last four quarters', () => {
    const teams = plan.pairs.flatMap((pair) => pair.teams);
    expect(plan.pairs.filter(({ teams: [a, b] }) => a === b)).toEqual([]);
    expect(new Set(teams).size).toBe(teams.length);
    const recent = recentlyPaired(handbook);
    expect(plan.pairs.map((pair) => pairKey(...pair.teams)).filter((key) => recent.has(key))).toEqual([]);
  });

  test('as many pairs as the allowed pairs permit, and the least connected of them', () => {
    const links = connections(handbook, Q1.span.start);
    const recent = recentlyPaired(handbook);
    const weight = (a: string, b: string) =>
      strength(links.get(pairKey(a, b)) ?? { dependencies: 0, guilds: 0, rotations: 0, mentorships: 0, pairings: 0, lastPaired: undefined });
    const best = bestMatching(candidates(plan), (a, b) => !recent.has(pairKey(a, b)), weight);
    expect(plan.pairs.length).toBe(best.pairs);
    expect(plan.pairs.reduce((sum, pair) => sum + pair.strength, 0)).toBe(best.cost);
    // Every team that can rotate has a pair when their number is even and no recent pairing stands in the way.
    if (candidates(plan).length % 2 === 0 && best.pairs * 2 === candidates(plan).length)
      expect(plan.leftOut.filter((item) => item.reason === 'odd')).toEqual([]);
  });

  test('the proposals pass the check: the visitor is free, the buddy on the host team, the cover at home, no team sends and hosts at once', () => {
    const proposed = plan.pairs.flatMap((pair) => pair.rotations);
    for (const rotation of proposed) {
      expect(teamOf.get(rotation.person)).toBe(rotation.homeTeam);
      expect(teamOf.get(rotation.buddy)).toBe(rotation.hostTeam);
      expect(teamOf.get(rotation.cover)).toBe(rotation.homeTeam);
      expect(rotation.cover).not.toBe(rotation.person);
      expect(handbook.rotations.filter((r) => r.data.person === rotation.person && overlaps(rotationSpan(r.data), Q1.span)).map((r) => r.id)).toEqual([]);
    }
    for (const fortnight of fortnightsOf(Q1)) {
      const existing = handbook.rotations.map((r) => ({ ...r.data, homeTeam: teamOf.get(r.data.person)! }));
      const during = [...existing, ...proposed].filter((r) => overlaps(rotationSpan(r), fortnight));
      const mine = proposed.filter((r) => overlaps(rotationSpan(r), fortnight));
      // A proposal never makes a team send and host in one fortnight (the handbook's own rotations are as they are).
      const both = mine
        .flatMap((r) => [r.homeTeam, r.hostTeam])
        .filter((team) => during.some((x) => x.homeTeam === team) && during.some((x) => x.hostTeam === team));
      expect(both, fortnight.start).toEqual([]);
    }
    const withProposals: Handbook = {
      ...handbook,
      rotations: [
        ...handbook.rotations,
        ...proposed.map(({ id, person, hostTeam, start, weeks, buddy, cover }) => ({
          id,
          data: rotationSchema.parse({ person, hostTeam, start, weeks, buddy, cover, goals: ['To agree'], draft: true }),
        })),
      ],
    };
    const ids = new Set(proposed.map((r) => r.id));
    const problems = checkIntegrity(
      withProposals,
      {
        locate: (collection, id) => ({ file: `${collection}/${id}`, line: 1 }),
        exists: (collection, id) => withProposals[collection].some((e) => e.id === id),
        bodyLine: () => 1,
      },
      { today: addDays(Q1.span.start, -1), staleAfterDays: 9999 },
    );
    expect(problems.filter((p) => [...ids].some((id) => p.file.endsWith(id) || p.message.includes(id)))).toEqual([]);
  });

  test('the same handbook gives the same plan, whatever the order of its files', () => {
    expect(planRotations(shuffled(handbook, seed * 7), Q1)).toEqual(plan);
    expect(planJson(planRotations(shuffled(handbook, seed * 13), Q1), namesOf(handbook))).toBe(planJson(plan, namesOf(handbook)));
  });
});

describe('a large organization', () => {
  test.each([1, 2, 3])(`more teams than the exact search takes (${EXACT_LIMIT}): every team that can rotate is paired (seed %i)`, (seed) => {
    const handbook = randomHandbook(seed, Q1.span.start, { teams: [40, 60], rotations: 30 });
    const plan = planRotations(handbook, Q1);
    const pool = candidates(plan);
    expect(pool.length).toBeGreaterThan(EXACT_LIMIT);
    expect(plan.pairs.length).toBe(Math.floor(pool.length / 2));
    const recent = recentlyPaired(handbook);
    expect(plan.pairs.filter((pair) => recent.has(pairKey(...pair.teams)))).toEqual([]);
  });

  test('greedy pairing is repaired: two left-out teams that may not pair take partners from a pair', () => {
    // a–b is the cheapest pair, but then c and d (who may not pair) would be left out.
    const teams = Array.from({ length: EXACT_LIMIT + 2 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const [a, b, c, d] = teams as [string, string, string, string];
    const forbidden = new Set([pairKey(c, d), ...teams.slice(4).flatMap((x) => [pairKey(x, c), pairKey(x, d)])]);
    const pairs = pairTeams({ teams, allowed: (x, y) => !forbidden.has(pairKey(x, y)), weight: (x, y) => (pairKey(x, y) === pairKey(a, b) ? 0 : 1) });
    expect(pairs.length).toBe(teams.length / 2);
    expect(pairs.flat().sort()).toEqual(teams);
  });
});

describe('quarters and fortnights', () => {
  test('a quarter is its months; its fortnights start on Mondays and end inside it', () => {
    expect(parseQuarter('2027-Q1')!.span).toEqual({ start: '2027-01-01', last: '2027-03-31' });
    expect(parseQuarter('2026-Q4')!.span).toEqual({ start: '2026-10-01', last: '2026-12-31' });
    expect(parseQuarter('2027-Q5')).toBeUndefined();
    expect(shiftQuarter(Q1, -4).id).toBe('2026-Q1');
    expect(nextQuarter('2026-11-25').id).toBe('2027-Q1');
    expect(fortnightsOf(Q1).map((f) => `${f.start}..${f.last}`)).toEqual([
      '2027-01-04..2027-01-17',
      '2027-01-18..2027-01-31',
      '2027-02-01..2027-02-14',
      '2027-02-15..2027-02-28',
      '2027-03-01..2027-03-14',
      '2027-03-15..2027-03-28',
    ]);
  });
});

describe('the demo handbook', () => {
  test('its plan for 2027-Q1', async () => {
    const { handbook } = await loadHandbook(projectRoot);
    expect(planMarkdown(planRotations(handbook, Q1), namesOf(handbook))).toMatchInlineSnapshot(`
      "# Rotation plan for 2027-Q1

      6 fortnights from 4 Jan 2027 to 28 Mar 2027. Each pair of teams exchanges one person each way, for two weeks, in two different fortnights. Teams are paired with the teams they are least connected to (dependencies, guilds, rotations, mentorships, pair sessions), never with a team they rotated with since 2026-Q1.

      | Pair | Visits | Why this pair |
      | --- | --- | --- |
      | Backend Platform ↔ Identity & Security | Arjun Mehta → Identity & Security, 4–17 Jan 2027 (buddy Diego Ramírez, cover Chloé Dubois)<br>Diego Ramírez → Backend Platform, 18–31 Jan 2027 (buddy Arjun Mehta, cover Hiroshi Yamamoto) | no dependency, 2 shared guilds; last paired never |
      | Data & Analytics ↔ Mobile | Isabela Rocha → Mobile, 1–14 Feb 2027 (buddy Aiko Sato, cover Fatima El Amrani)<br>Aiko Sato → Data & Analytics, 15–28 Feb 2027 (buddy Isabela Rocha, cover Pedro Costa) | no dependency, 3 shared guilds; last paired never |
      | Frontend Experience ↔ Team Beta | Jonas Weber → Team Beta, 1–14 Mar 2027 (buddy Daniel Okafor, cover Amara Nwosu)<br>Daniel Okafor → Frontend Experience, 15–28 Mar 2027 (buddy Amara Nwosu, cover Kenji Watanabe) | no dependency, 2 shared guilds; last paired never |
      | Infrastructure ↔ Team Alpha | Ben Harris → Team Alpha, 4–17 Jan 2027 (buddy Hannah Kim, cover Emma Lindqvist)<br>Hannah Kim → Infrastructure, 18–31 Jan 2027 (buddy Ben Harris, cover Ana Souza) | no dependency, 2 shared guilds; last paired never |
      "
    `);
  });

  test('--write creates each proposal as a draft that passes the check, and never overwrites a file', async () => {
    const { handbook } = await loadHandbook(projectRoot);
    const plan = planRotations(handbook, Q1);
    const root = await copyHandbook(projectRoot);
    try {
      const content = path.join(root, 'content');
      const first = plan.pairs[0]!.rotations[0]!;
      await writeFile(
        path.join(content, 'rotations', `${first.id}.yaml`),
        (await readFile(path.join(content, 'rotations/2026-12-07-yuki-tanaka.yaml'), 'utf8')).replace(/2026-12-07/g, first.start),
      );
      const before = await readFile(path.join(content, 'rotations', `${first.id}.yaml`), 'utf8');
      const written = await writeDrafts(root, content, plan, namesOf(handbook));
      expect(written.kept).toEqual([`content/rotations/${first.id}.yaml`]);
      expect(written.created).toEqual(
        plan.pairs
          .flatMap((pair) => pair.rotations)
          .slice(1)
          .map((r) => `content/rotations/${r.id}.yaml`),
      );
      expect(await readFile(path.join(content, 'rotations', `${first.id}.yaml`), 'utf8')).toBe(before);
      const result = await checkHandbook(root, { today: '2026-11-25', staleAfterDays: 14 });
      expect(result.problems.filter((problem) => problem.file.startsWith('content/rotations/')).map(formatProblem)).toEqual([]);
      const second = plan.pairs[0]!.rotations[1]!;
      expect(draftFile(plan, plan.pairs[0]!, second, namesOf(handbook))).toMatchInlineSnapshot(`
        "# Proposed by npm run plan:rotations -- --quarter 2027-Q1: Backend Platform ↔ Identity & Security, no dependency, 2 shared guilds; last paired never.
        # Agree the goals with the buddy and both teams, then remove \`draft: true\` to publish it.
        person: diego-ramirez
        hostTeam: backend-platform
        start: 2027-01-18
        weeks: 2
        goals:
          - "TODO: agree two or three goals with Arjun Mehta of Backend Platform before the rotation starts"
        buddy: arjun-mehta
        cover: hiroshi-yamamoto
        draft: true
        "
      `);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
