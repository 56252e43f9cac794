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
