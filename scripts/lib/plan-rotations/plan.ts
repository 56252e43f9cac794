/**
 * The rotation planner: proposes next quarter's rotations from the handbook alone, so
 * the same handbook always gives the same plan. Teams are paired with the teams they
 * are least connected to (see ./connections.ts), never with a team they rotated with
 * in the last four quarters; each pair exchanges one person each way, two weeks each,
 * in two different fortnights, so no team sends and hosts at once (see ./people.ts).
 */
import type { Handbook } from '../../../src/lib/handbook/types.ts';
import { connections, NO_CONNECTION, pairKey, strength, type Connection } from './connections.ts';
import { pairTeams } from './matching.ts';
import { copyOccupancy, occupancyOf, staff, take, type Occupancy, type Staffing, type TeamStaff } from './people.ts';
import { fortnightsOf, shiftQuarter, type Fortnight, type Quarter } from './quarter.ts';

/** How many quarters back a pairing of two teams rules out pairing them again. */
export const NO_REPEAT_QUARTERS = 4;
/** Weeks of a proposed rotation: one fortnight. */
export const PROPOSED_WEEKS = 2;

export interface ProposedRotation extends Staffing {
  /** The file it would be: `<start>-<person>`. */
  id: string;
  homeTeam: string;
  hostTeam: string;
  start: string;
  weeks: number;
}

export interface PlannedPair {
  teams: [string, string];
  connection: Connection;
  strength: number;
  /** Both ways when people can be found for both; one way or none otherwise, with `note` saying why. */
  rotations: ProposedRotation[];
  note?: string;
}

export interface RotationPlan {
  quarter: Quarter;
  fortnights: Fortnight[];
  pairs: PlannedPair[];
  /** Pairs of teams with a rotation already starting in the quarter: their teams are not paired again. */
  alreadyPlanned: { teams: [string, string]; rotations: string[] }[];
  /** Teams that get no pair, and why. */
  leftOut: { team: string; reason: 'taken' | 'few-people' | 'no-partner' | 'odd'; free?: number }[];
}

export function planRotations(handbook: Handbook, quarter: Quarter): RotationPlan {
  const fortnights = fortnightsOf(quarter);
  const teams = [...handbook.teams].sort((a, b) => a.id.localeCompare(b.id));
  const members = new Map(
    teams.map((team) => [
      team.id,
      handbook.people
        .filter((p) => p.data.team === team.id)
        .map((p) => p.id)
        .sort(),
    ]),
  );
  const teamOf = new Map(handbook.people.map((person) => [person.id, person.data.team]));
  const links = connections(handbook, quarter.span.start);
  const connection = (a: string, b: string) => links.get(pairKey(a, b)) ?? NO_CONNECTION;
  const occupancy = occupancyOf(handbook, quarter.span, fortnights);

  const alreadyPlanned = new Map<string, { teams: [string, string]; rotations: string[] }>();
  for (const rotation of [...handbook.rotations].sort((a, b) => a.id.localeCompare(b.id))) {
    const home = teamOf.get(rotation.data.person);
    if (home === undefined || rotation.data.start < quarter.span.start || rotation.data.start > quarter.span.last) continue;
    const key = pairKey(home, rotation.data.hostTeam);
    const entry = alreadyPlanned.get(key) ?? { teams: [home, rotation.data.hostTeam].sort() as [string, string], rotations: [] };
    entry.rotations.push(rotation.id);
    alreadyPlanned.set(key, entry);
  }
  const taken = new Set([...alreadyPlanned.values()].flatMap((entry) => entry.teams));

  const leftOut: RotationPlan['leftOut'] = [];
  const eligible: string[] = [];
  for (const team of teams) {
    const free = members.get(team.id)!.filter((id) => !occupancy.rotating.has(id)).length;
    if (taken.has(team.id)) leftOut.push({ team: team.id, reason: 'taken' });
    // A visitor needs a colleague who stays to cover.
    else if (free < 2) leftOut.push({ team: team.id, reason: 'few-people', free });
    else eligible.push(team.id);
  }
  const since = shiftQuarter(quarter, -NO_REPEAT_QUARTERS).id;
  const allowed = (a: string, b: string) => {
    const last = connection(a, b).lastPaired;
    return last === undefined || last < since;
  };
  const matched = pairTeams({ teams: eligible, allowed, weight: (a, b) => strength(connection(a, b)) });
  const paired = new Set(matched.flat());
  for (const team of eligible.filter((id) => !paired.has(id))) {
    const partners = eligible.filter((other) => other !== team && allowed(team, other));
    leftOut.push({ team, reason: partners.length === 0 ? 'no-partner' : 'odd' });
  }

  const lastRotated = new Map<string, string>();
  for (const { data } of handbook.rotations)
    if (data.start < quarter.span.start && data.start > (lastRotated.get(data.person) ?? '')) lastRotated.set(data.person, data.start);
  const people = (id: string): TeamStaff => ({ id, members: members.get(id)!, lead: teams.find((team) => team.id === id)!.data.lead });
  const pairs = matched.map(([a, b], index) => {
    const rotations = schedule(occupancy, fortnights, index, people(a), people(b), (person) => lastRotated.get(person) ?? '');
    const pair: PlannedPair = { teams: [a, b], connection: connection(a, b), strength: strength(connection(a, b)), rotations };
    if (rotations.length < 2)
      pair.note = rotations.length === 0 ? 'nobody can be spared on either team this quarter' : 'only one way: nobody else can be spared this quarter';
    return pair;
  });
  return { quarter, fortnights, pairs, alreadyPlanned: [...alreadyPlanned.values()], leftOut: leftOut.sort((x, y) => x.team.localeCompare(y.team)) };
}

/** Both ways in two different fortnights, the pairs spread over the quarter; else one way; else none. */
function schedule(
  occupancy: Occupancy,
  fortnights: readonly Fortnight[],
  pairIndex: number,
  a: TeamStaff,
  b: TeamStaff,
  lastRotated: (person: string) => string,
): ProposedRotation[] {
  const count = fortnights.length;
  const proposal = (from: TeamStaff, to: TeamStaff, index: number, staffing: Staffing): ProposedRotation => ({
    ...staffing,
    id: `${fortnights[index]!.start}-${staffing.person}`,
    homeTeam: from.id,
    hostTeam: to.id,
    start: fortnights[index]!.start,
    weeks: PROPOSED_WEEKS,
  });
  const starts = Array.from({ length: count }, (_, d) => (2 * pairIndex + d) % count);
  for (const first of starts) {
    for (let step = 1; step < count; step++) {
      const second = (first + step) % count;
      const trial = copyOccupancy(occupancy);
      const there = staff(trial, first, a, b, lastRotated);
      if (!there) continue;
      take(trial, first, a.id, b.id, there);
      const back = staff(trial, second, b, a, lastRotated);
      if (!back) continue;
      take(occupancy, first, a.id, b.id, there);
      take(occupancy, second, b.id, a.id, back);
      return [proposal(a, b, first, there), proposal(b, a, second, back)];
    }
  }
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const index of starts) {
      const one = staff(occupancy, index, from, to, lastRotated);
      if (one) {
        take(occupancy, index, from.id, to.id, one);
        return [proposal(from, to, index, one)];
      }
    }
  }
  return [];
}
