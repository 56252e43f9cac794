/** Whether a page's `reviewed` date is older than the handbook allows. */
import { daysBetween } from './time/dates.ts';

export function isStale(reviewed: string, staleAfterDays: number, today: string): boolean {
  return daysBetween(reviewed, today) > staleAfterDays;
}
