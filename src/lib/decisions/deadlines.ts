/**
 * Proposals whose feedback deadline is close or past: what the daily deadline issue and
 * the stale report list. `feedbackBy` is a day, so "within 48 hours" is read as the
 * deadline being today, tomorrow or the day after.
 */
import type { Adr } from '../../schemas/index.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { daysBetween } from '../time/dates.ts';

/** Today and the two days after it: the 48 hours before a deadline, in whole days. */
export const DUE_WITHIN_DAYS = 2;

export interface DueProposal<A> {
  adr: A;
  feedbackBy: string;
  /** Days from today to the deadline: 0 today, negative once past. */
  daysLeft: number;
}

/** Proposed decisions whose feedback deadline is within `withinDays` of `today`, or past; earliest deadline first. */
export function dueProposals<A extends HandbookEntry<Adr>>(adrs: readonly A[], today: string, withinDays = DUE_WITHIN_DAYS): DueProposal<A>[] {
  return adrs
    .flatMap((adr) => {
      const { status, feedbackBy } = adr.data;
      if (status !== 'proposed' || feedbackBy === undefined) return [];
      const daysLeft = daysBetween(today, feedbackBy);
      return daysLeft <= withinDays ? [{ adr, feedbackBy, daysLeft }] : [];
    })
    .sort((a, b) => a.feedbackBy.localeCompare(b.feedbackBy) || a.adr.id.localeCompare(b.adr.id));
}

/** "due today", "due in 2 days", "3 days overdue". */
export function dueText(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft > 0) return `due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
  return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue`;
}
