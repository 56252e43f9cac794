/** The people directory: who is in which time zone, zones ordered west to east. */
import type { Person } from '../schemas/index.ts';
import type { HandbookEntry } from './handbook/types.ts';
import { offsetAt } from './time/zones.ts';

export interface TimeZoneGroup {
  timeZone: string;
  /** Offset at the given moment, in minutes east of UTC. */
  offsetMinutes: number;
  /** `UTC−08:00`. */
  offsetLabel: string;
  people: HandbookEntry<Person>[];
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function groupByTimeZone(people: readonly HandbookEntry<Person>[], at: Date): TimeZoneGroup[] {
  const groups = new Map<string, HandbookEntry<Person>[]>();
  for (const person of people) groups.set(person.data.timezone, [...(groups.get(person.data.timezone) ?? []), person]);
  return [...groups]
    .map(([timeZone, members]) => {
      const offsetMinutes = Math.round(offsetAt(at.getTime(), timeZone) / 60_000);
      return { timeZone, offsetMinutes, offsetLabel: formatOffset(offsetMinutes), people: members };
    })
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.timeZone.localeCompare(b.timeZone));
}

/** One person's place in the directory: the team they are listed under. */
export interface DirectoryRow<P> {
  team: string;
  person: P;
}

/** Everyone in the directory's order, team by team in the order given, each team's members in the order given. */
export function directoryRows<P>(teamIds: readonly string[], membersOf: (team: string) => readonly P[]): DirectoryRow<P>[] {
  return teamIds.flatMap((team) => membersOf(team).map((person) => ({ team, person })));
}

/**
 * A page of the directory grouped under its teams, in order. A team whose members run
 * over from the previous page (`previousTeam` is the team of that page's last row) is
 * marked `continued`, so its heading can say so rather than look like a second team.
 */
export function directoryGroups<P>(rows: readonly DirectoryRow<P>[], previousTeam?: string): { team: string; people: P[]; continued: boolean }[] {
  const groups: { team: string; people: P[]; continued: boolean }[] = [];
  for (const { team, person } of rows) {
    const last = groups.at(-1);
    if (last?.team === team) last.people.push(person);
    else groups.push({ team, people: [person], continued: groups.length === 0 && team === previousTeam });
  }
  return groups;
}
