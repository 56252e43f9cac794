/**
 * Generated handbooks for the planner's property tests: a seeded random organization
 * (teams of one to six people, dependencies, guilds, and a history of rotations,
 * mentorships and pair sessions), every entry through its real schema. The same seed
 * gives the same handbook.
 */
import { dependencySchema } from '../../src/schemas/dependencies.ts';
import { guildSchema } from '../../src/schemas/guilds.ts';
import { mentorshipSchema } from '../../src/schemas/mentorships.ts';
import { pairingSchema } from '../../src/schemas/pairings.ts';
import { personSchema } from '../../src/schemas/people.ts';
import { rotationSchema } from '../../src/schemas/rotations.ts';
import { teamSchema } from '../../src/schemas/teams.ts';
import type { Handbook, HandbookEntry } from '../../src/lib/handbook/types.ts';
import { addDays } from '../../src/lib/time/dates.ts';

/** mulberry32: a small, fast, seedable generator, good enough to vary test data. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

const entry = <T>(schema: { parse: (input: unknown) => T }, id: string, input: unknown): HandbookEntry<T> => ({ id, data: schema.parse(input) });

export interface GeneratedOptions {
  teams: [number, number];
  /** How many rotations of the past two years, at most. */
  rotations: number;
}

/** A handbook whose history ends before `quarterStart`, plus now and then a rotation already in the quarter. */
export function randomHandbook(seed: number, quarterStart: string, options: GeneratedOptions = { teams: [2, 10], rotations: 8 }): Handbook {
  const r = random(seed);
  const teamIds = Array.from({ length: r.int(...options.teams) }, (_, i) => `team-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ''}`);
  const members = new Map(teamIds.map((team) => [team, Array.from({ length: r.int(1, 6) }, (_, i) => `${team}-p${i}`)]));
  const people = teamIds.flatMap((team) =>
    members.get(team)!.map((id) => entry(personSchema, id, { name: id, team, role: r.chance(0.3) ? 'Senior Engineer' : 'Engineer', timezone: 'UTC' })),
  );
  const teams = teamIds.map((team) =>
    entry(teamSchema, team, { name: team.toUpperCase(), summary: 'A team.', lead: members.get(team)![0], reviewed: '2026-11-01' }),
  );
  const other = (team: string) => r.pick(teamIds.filter((id) => id !== team));
  const dependencies =
    teamIds.length < 2
      ? []
      : Array.from({ length: r.int(0, teamIds.length) }, (_, i) => {
          const from = r.pick(teamIds);
          return entry(dependencySchema, `dep-${i}`, {
            from: { team: from, deliverable: `D${i}` },
            to: { team: other(from), deliverable: `E${i}` },
            status: 'planned',
            needBy: '2027-01-01',
          });
        });
  const guilds = Array.from({ length: r.int(0, 3) }, (_, i) => {
    const chosen = people.filter(() => r.chance(0.3)).map((p) => p.id);
    const memberIds = chosen.length ? chosen : [people[0]!.id];
    return entry(guildSchema, `guild-${i}`, {
      name: `Guild ${i}`,
      purpose: 'Practice.',
      leads: [memberIds[0]],
      members: memberIds,
      cadence: 'Monthly',
      channel: `#guild-${i}`,
      founded: '2025-01-01',
    });
  });
  const rotations: HandbookEntry<ReturnType<typeof rotationSchema.parse>>[] = [];
  if (teamIds.length >= 2) {
    for (let i = 0; i < r.int(0, options.rotations); i++) {
      // Mostly history (up to two years back), sometimes a rotation already planned in the quarter.
      const start = addDays(quarterStart, r.chance(0.15) ? r.int(0, 70) : -r.int(14, 730));
      const home = r.pick(teamIds);
      const host = other(home);
      const person = r.pick(members.get(home)!);
      const clash = rotations.some((x) => x.data.person === person && Math.abs(Date.parse(x.data.start) - Date.parse(start)) < 15 * 86_400_000);
      if (clash) continue;
      const cover = members.get(home)!.find((id) => id !== person) ?? person;
      rotations.push(
        entry(rotationSchema, `${start}-${person}`, {
          person,
          hostTeam: host,
          start,
          goals: ['Learn'],
          buddy: r.pick(members.get(host)!),
          cover,
          outcome: 'Learned.',
        }),
      );
    }
  }
  const mentorships =
    teamIds.length < 2
      ? []
      : Array.from({ length: r.int(0, 3) }, (_, i) => {
          const mentee = r.pick(people);
          const mentor = r.pick(members.get(other(mentee.data.team))!);
          return entry(mentorshipSchema, `m-${i}`, {
            mentor,
            mentee: mentee.id,
            start: addDays(quarterStart, -r.int(100, 600)),
            cadence: 'weekly',
            topics: ['Things'],
          });
        });
  const pairings =
    teamIds.length < 2
      ? []
      : Array.from({ length: r.int(0, 3) }, (_, i) => {
          const first = r.pick(people);
          const second = r.pick(members.get(other(first.data.team))!);
          return entry(pairingSchema, `p-${i}`, {
            date: `${addDays(quarterStart, -r.int(1, 300))}T10:00:00Z`,
            durationMinutes: 60,
            people: [first.id, second],
            objective: 'Learn together',
          });
        });
  return {
    teams,
    people,
    adrs: [],
    talks: [],
    guilds,
    dependencies,
    updates: [],
    rotations,
    mentorships,
    pairings,
    kudos: [],
    awards: [],
    retros: [],
    asks: [],
    surveys: [],
    signals: [],
  };
}

/** The same handbook with every collection's entries in another order: a plan must not depend on it. */
export function shuffled(handbook: Handbook, seed: number): Handbook {
  const r = random(seed);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return Object.fromEntries(Object.entries(handbook).map(([name, entries]) => [name, shuffle(entries as unknown[])])) as unknown as Handbook;
}
