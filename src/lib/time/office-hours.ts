/** When a team's recurring office hours next take place. */
import type { OfficeHours } from '../../schemas/teams.ts';
import { addDays } from './dates.ts';
import { zonedTimeToInstant } from './zones.ts';

export interface Session {
  start: Date;
  end: Date;
  /** The session's calendar date in the team's time zone. */
  localDate: string;
}

function session(hours: OfficeHours, localDate: string): Session {
  const start = zonedTimeToInstant(localDate, hours.time, hours.timezone);
  return { start, end: new Date(start.getTime() + hours.durationMinutes * 60_000), localDate };
}

/** The sessions that end after `from`, soonest first, `count` of them. */
export function upcomingSessions(hours: OfficeHours, from: Date, count = 1): Session[] {
  const periodDays = 7 * hours.everyWeeks;
  const daysSinceStart = Math.floor((from.getTime() - Date.parse(`${hours.startsOn}T00:00:00Z`)) / 86_400_000);
  // Start one period early: the zone's offset can move a session across midnight UTC.
  let index = Math.max(0, Math.floor(daysSinceStart / periodDays) - 1);
  const sessions: Session[] = [];
  while (sessions.length < count) {
    const next = session(hours, addDays(hours.startsOn, index * periodDays));
    if (next.end.getTime() > from.getTime()) sessions.push(next);
    index++;
  }
  return sessions;
}

/** "Every other Tuesday", "Every Thursday", "Every 3 weeks on Monday". */
export function describeCadence(hours: OfficeHours): string {
  const day = hours.weekday.charAt(0).toUpperCase() + hours.weekday.slice(1);
  if (hours.everyWeeks === 1) return `Every ${day}`;
  if (hours.everyWeeks === 2) return `Every other ${day}`;
  return `Every ${hours.everyWeeks} weeks on ${day}`;
}
