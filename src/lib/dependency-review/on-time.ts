/**
 * How reliably teams deliver to each other: of the dependencies needed in a quarter, the
 * share done by their need-by date (the day of the history's last change to done). One
 * still open after its need-by date counts as late; one needed later in the quarter, not
 * yet. A done one whose history does not say when is left out, and counted apart.
 */
import type { Dependency } from '../../schemas/index.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { deliveredOn } from './history.ts';

export interface OnTimeRate {
  /** `2026-Q4`. */
  quarter: string;
  onTime: string[];
  late: string[];
  /** Done, but the history does not say on which day. */
  undated: string[];
  /** onTime / (onTime + late), or null when nothing was due yet. */
  rate: number | null;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** First and last day of a quarter written `YYYY-Qn`. */
export function quarterSpan(quarter: string): { first: string; last: string } {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`"${quarter}" is not a quarter — write it as YYYY-Qn, e.g. 2026-Q4`);
  const year = match[1]!;
  const q = Number(match[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = [31, 30, 30, 31][q - 1]!;
  return { first: `${year}-${pad(q * 3 - 2)}-01`, last: `${year}-${pad(q * 3)}-${lastDay}` };
}

/** The quarter a date falls in: `2026-11-25` → `2026-Q4`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function onTimeRate(dependencies: readonly HandbookEntry<Dependency>[], quarter: string, today: string): OnTimeRate {
  const { first, last } = quarterSpan(quarter);
  const result: OnTimeRate = { quarter, onTime: [], late: [], undated: [], rate: null };
  for (const { id, data } of dependencies) {
    if (data.needBy < first || data.needBy > last) continue;
    // A delivery after `today` is not known yet: a rate as of an earlier day reads the history up to that day.
    const delivered = [deliveredOn(data)].find((day) => day !== undefined && day <= today);
    if (data.status === 'done' && delivered === undefined) result.undated.push(id);
    else if (delivered !== undefined) (delivered <= data.needBy ? result.onTime : result.late).push(id);
    else if (data.needBy < today) result.late.push(id);
  }
  const judged = result.onTime.length + result.late.length;
  result.rate = judged === 0 ? null : result.onTime.length / judged;
  return result;
}
