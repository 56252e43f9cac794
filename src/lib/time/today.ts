import { dateTimeFormat } from './intl.ts';

/** Today's calendar date in a time zone, `YYYY-MM-DD` (en-CA formats dates that way). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
