/**
 * ISO 8601 weeks: Monday to Sunday, week 1 being the week with the year's first
 * Thursday. So 29 Dec 2025 is in 2026-W01 and 3 Jan 2027 in 2026-W53: the week's
 * year is not always the date's. All arithmetic is on calendar dates in UTC.
 */
import { addDays } from '../time/dates.ts';

export interface IsoWeek {
  /** The ISO week-numbering year (can differ from the calendar year near 1 January). */
  year: number;
  /** 1 to 52, or 53 in long years. */
  week: number;
}

const DAY = 86_400_000;

function utc(date: string): Date {
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error(`"${date}" is not a calendar date — write it as YYYY-MM-DD`);
  }
  return value;
}

/** The ISO week a calendar date (`YYYY-MM-DD`) falls in. */
export function isoWeekOf(date: string): IsoWeek {
  const day = utc(date);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of the same week decides the year.
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return { year, week };
}

/** The Monday that starts an ISO week. */
export function mondayOf({ year, week }: IsoWeek): string {
  // 4 January is always in week 1.
  const january4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(january4.getTime() - ((january4.getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY);
  return monday.toISOString().slice(0, 10);
}

/** 52 or 53. */
export function weeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).week; // 28 December is always in the year's last week
}

/** The week's id as used in URLs: `2026-w47`. */
export function weekId({ year, week }: IsoWeek): string {
  return `${year}-w${String(week).padStart(2, '0')}`;
}

/** Reads `2026-w47` back; undefined when it is not a week that exists. */
export function parseWeekId(id: string): IsoWeek | undefined {
  const match = /^(\d{4})-w(\d{2})$/.exec(id);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInYear(year) ? { year, week } : undefined;
}

export interface WeekSpan extends IsoWeek {
  id: string;
  monday: string;
  /** The day the digest goes out. */
  friday: string;
  sunday: string;
}

export function weekSpan(week: IsoWeek): WeekSpan {
  const monday = mondayOf(week);
  return { ...week, id: weekId(week), monday, friday: addDays(monday, 4), sunday: addDays(monday, 6) };
}

/** The week span a date falls in. */
export function weekOfDate(date: string): WeekSpan {
  return weekSpan(isoWeekOf(date));
}
