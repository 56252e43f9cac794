/** Calendar quarters (`2027-Q1`) and the fortnights a rotation plan fills in one. */
import { addDays } from '../../../src/lib/time/dates.ts';
import { quarterOf } from '../../../src/lib/programs/spans.ts';
import type { DaySpan } from '../../../src/lib/programs/spans.ts';

export interface Quarter {
  /** `2027-Q1`. */
  id: string;
  /** First and last day. */
  span: DaySpan;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter named `2027-Q1`, or undefined for anything else. */
export function parseQuarter(id: string): Quarter | undefined {
  const match = QUARTER.exec(id);
  if (!match) return undefined;
  const year = Number(match[1]);
  const first = `${year}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = Number(match[2]) === 4 ? `${year + 1}-01-01` : `${year}-${String(Number(match[2]) * 3 + 1).padStart(2, '0')}-01`;
  return { id, span: { start: first, last: addDays(next, -1) } };
}

/** The quarter `count` quarters after (or, negative, before) this one. */
export function shiftQuarter(quarter: Quarter, count: number): Quarter {
  const [year, q] = [Number(quarter.id.slice(0, 4)), Number(quarter.id.slice(6))];
  const index = year * 4 + (q - 1) + count;
  return parseQuarter(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`)!;
}

/** The quarter after the one `today` is in: what a plan is usually for. */
export function nextQuarter(today: string): Quarter {
  return shiftQuarter(parseQuarter(quarterOf(today))!, 1);
}

export interface Fortnight extends DaySpan {
  /** 0-based position in the quarter. */
  index: number;
}

/** Two-week slots from the quarter's first Monday, each ending inside the quarter. */
export function fortnightsOf(quarter: Quarter): Fortnight[] {
  const weekday = new Date(`${quarter.span.start}T00:00:00Z`).getUTCDay();
  let start = addDays(quarter.span.start, (8 - weekday) % 7);
  const fortnights: Fortnight[] = [];
  while (addDays(start, 13) <= quarter.span.last) {
    fortnights.push({ index: fortnights.length, start, last: addDays(start, 13) });
    start = addDays(start, 14);
  }
  return fortnights;
}
