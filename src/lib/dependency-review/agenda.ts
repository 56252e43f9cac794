/**
 * The agenda of the weekly cross-team dependency sync, as of one day: what changed in
 * the seven days before it, what became blocked or at risk in them, what is overdue
 * (need-by passed, not done), what nobody has reviewed for `reviewAfterDays` (14 unless
 * said; `reviewed` or the latest status change, whichever is later), and what is blocked
 * without a note on why. Pure: the page and its tests give it
 * the dependencies and the day.
 */
import type { Dependency, DependencyStatus } from '../../schemas/index.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { byRisk } from '../dependencies.ts';
import { addDays, daysBetween } from '../time/dates.ts';
import { changesBetween, lastConfirmed, type DatedChange } from './history.ts';

/** How long a dependency may go without anyone confirming where it stands. */
export const REVIEW_AFTER_DAYS = 14;

const WORRYING: readonly DependencyStatus[] = ['blocked', 'at-risk'];

export interface AgendaChange<D> {
  dependency: D;
  change: DatedChange;
}

export interface AgendaOverdue<D> {
  dependency: D;
  /** Days since the need-by date. */
  daysLate: number;
}

export interface AgendaUnreviewed<D> {
  dependency: D;
  /** The last day someone confirmed it (`reviewed`, else its last status change), or undefined if never. */
  lastReviewed?: string;
  days?: number;
}

export interface ReviewAgenda<D> {
  /** The agenda's day; changes after `since` and up to it count as "since last week". */
  today: string;
  since: string;
  changed: AgendaChange<D>[];
  becameWorse: AgendaChange<D>[];
  overdue: AgendaOverdue<D>[];
  notReviewed: AgendaUnreviewed<D>[];
  blockedWithoutNote: D[];
}

/**
 * Blocked, and nothing says what blocks it: the history's change to blocked has no note
 * (the general `notes` describe the dependency, not today's blocker). Without a history,
 * `notes` is all there is.
 */
function blockedSilently(data: Dependency): boolean {
  if (data.status !== 'blocked') return false;
  const last = data.history.at(-1);
  return last ? !last.note : !data.notes;
}

export function reviewAgenda<D extends HandbookEntry<Dependency>>(
  dependencies: readonly D[],
  today: string,
  reviewAfterDays = REVIEW_AFTER_DAYS,
): ReviewAgenda<D> {
  const since = addDays(today, -7);
  const sorted = [...dependencies].sort(byRisk);
  const changed = sorted
    .flatMap((dependency) => changesBetween(dependency.data, since, today).map((change) => ({ dependency, change })))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.dependency.id.localeCompare(b.dependency.id));
  const open = sorted.filter((d) => d.data.status !== 'done');
  return {
    today,
    since,
    changed,
    becameWorse: changed.filter(({ change }) => WORRYING.includes(change.status)),
    overdue: open.filter((d) => d.data.needBy < today).map((dependency) => ({ dependency, daysLate: daysBetween(dependency.data.needBy, today) })),
    notReviewed: open.flatMap((dependency) => {
      const lastReviewed = lastConfirmed(dependency.data);
      if (lastReviewed === undefined) return [{ dependency }];
      const days = daysBetween(lastReviewed, today);
      return days > reviewAfterDays ? [{ dependency, lastReviewed, days }] : [];
    }),
    blockedWithoutNote: open.filter((d) => blockedSilently(d.data)),
  };
}
