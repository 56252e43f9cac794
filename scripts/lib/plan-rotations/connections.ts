/**
 * How connected two teams already are, from what the handbook records: dependencies
 * between them, guilds with members of both, and rotations, mentorships and pair
 * sessions that joined them. A rotation plan pairs teams that are least connected.
 */
import type { Handbook } from '../../../src/lib/handbook/types.ts';
import { quarterOf } from '../../../src/lib/programs/spans.ts';
import { teamPairs } from '../../../src/lib/programs/items.ts';

export interface Connection {
  dependencies: number;
  guilds: number;
  rotations: number;
  mentorships: number;
  pairings: number;
  /** The latest quarter in which a rotation joined the two teams (either way), or undefined. */
  lastPaired: string | undefined;
}

/** The key of an unordered pair of teams. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export const NO_CONNECTION: Connection = { dependencies: 0, guilds: 0, rotations: 0, mentorships: 0, pairings: 0, lastPaired: undefined };

/** How strongly two teams are connected: every link counts one. Lower is a better match. */
export function strength(connection: Connection): number {
  return connection.dependencies + connection.guilds + connection.rotations + connection.mentorships + connection.pairings;
}

/**
 * Every pair of teams with at least one link, by `pairKey`. Rotations count before
 * `before` only (a plan is for a quarter; what is planned in it is not history).
 */
export function connections(handbook: Handbook, before: string): Map<string, Connection> {
  const teamOf = new Map(handbook.people.map((person) => [person.id, person.data.team]));
  const teamsOf = (people: readonly string[]) => people.map((id) => teamOf.get(id)).filter((team) => team !== undefined);
  const found = new Map<string, Connection>();
  const add = (teams: readonly string[], field: Exclude<keyof Connection, 'lastPaired'>, quarter?: string) => {
    for (const [a, b] of teamPairs(teams)) {
      const key = pairKey(a, b);
      const connection = { ...(found.get(key) ?? NO_CONNECTION) };
      connection[field] += 1;
      if (quarter && (connection.lastPaired === undefined || quarter > connection.lastPaired)) connection.lastPaired = quarter;
      found.set(key, connection);
    }
  };
  for (const { data } of handbook.dependencies) add([data.from.team, data.to.team], 'dependencies');
  for (const { data } of handbook.guilds) add(teamsOf(data.members), 'guilds');
  for (const { data } of handbook.rotations) {
    if (data.start < before) add([...teamsOf([data.person]), data.hostTeam], 'rotations', quarterOf(data.start));
  }
  for (const { data } of handbook.mentorships) add(teamsOf([data.mentor, data.mentee]), 'mentorships');
  for (const { data } of handbook.pairings) add(teamsOf(data.people), 'pairings');
  return found;
}
