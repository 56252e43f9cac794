/**
 * How connected two teams already are, from what the handbook records: dependencies
 * between them, guilds with members of both, and rotations, mentorships and pair
 * sessions that joined them. A rotation plan pairs teams that are least connected.
 */
import { pairKey, teamLinks } from '../../../src/lib/connections/map.ts';
import type { LinkSource } from '../../../src/lib/connections/sources.ts';
import type { Handbook } from '../../../src/lib/handbook/types.ts';

export interface Connection {
  dependencies: number;
  guilds: number;
  rotations: number;
  mentorships: number;
  pairings: number;
  /** The latest quarter in which a rotation joined the two teams (either way), or undefined. */
  lastPaired: string | undefined;
}

export { pairKey };

export const NO_CONNECTION: Connection = { dependencies: 0, guilds: 0, rotations: 0, mentorships: 0, pairings: 0, lastPaired: undefined };

/** How strongly two teams are connected: every link counts one. Lower is a better match. */
export function strength(connection: Connection): number {
  return connection.dependencies + connection.guilds + connection.rotations + connection.mentorships + connection.pairings;
}

/** The sources a plan weighs, each link counted once: the programs and the standing ties between teams. */
const WEIGHED: Partial<Record<LinkSource, Exclude<keyof Connection, 'lastPaired'>>> = {
  dependencies: 'dependencies',
  guilds: 'guilds',
  rotations: 'rotations',
  mentorships: 'mentorships',
  pairings: 'pairings',
};

/**
 * Every pair of teams with at least one link, by `pairKey`, from the handbook's connection
 * map (src/lib/connections). Rotations count before `before` only (a plan is for a
 * quarter; what is planned in it is not history).
 */
export function connections(handbook: Handbook, before: string): Map<string, Connection> {
  const found = new Map<string, Connection>();
  for (const link of teamLinks(handbook)) {
    const field = WEIGHED[link.source];
    if (field === undefined || (link.source === 'rotations' && link.date >= before)) continue;
    const key = pairKey(...link.teams);
    const connection = { ...(found.get(key) ?? NO_CONNECTION) };
    connection[field] += 1;
    if (link.source === 'rotations' && (connection.lastPaired === undefined || link.quarter > connection.lastPaired)) connection.lastPaired = link.quarter;
    found.set(key, connection);
  }
  return found;
}
