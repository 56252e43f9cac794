/**
 * "Still true?": an accepted decision is worth a second look once its context may have
 * moved on. Reviewing it means confirming it still holds and setting `reviewed` to that
 * day; until then its own `date` counts. Never an error: old decisions are often right.
 */
import type { Adr } from '../../schemas/index.ts';
import { daysBetween } from '../time/dates.ts';

/** Two years, when the site configuration does not say. */
export const DEFAULT_DECISION_REVIEW_AFTER_DAYS = 730;

/** Days since the decision was made or last reviewed, when that is more than `afterDays` and it is accepted; otherwise undefined. */
export function reviewOverdueDays(adr: Pick<Partial<Adr>, 'status' | 'date' | 'reviewed'>, today: string, afterDays: number): number | undefined {
  const since = adr.reviewed ?? adr.date;
  if (adr.status !== 'accepted' || since === undefined) return undefined;
  const age = daysBetween(since, today);
  return age > afterDays ? age : undefined;
}
