/** Calendar quarters, `2026-Q4`: the period every measure of the handbook is counted in. */

/** The quarter a date is in: `2026-Q4`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter `count` quarters after (or, negative, before) `quarter`. */
export function shiftQuarter(quarter: string, count: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + count;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** First day of a quarter, `YYYY-MM-DD`. */
export function quarterStart(quarter: string): string {
  return `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The `count` quarters ending with the one `today` is in, oldest first. */
export function recentQuarters(today: string, count: number): string[] {
  const current = quarterOf(today);
  return Array.from({ length: count }, (_, index) => shiftQuarter(current, index - count + 1));
}
