/**
 * Where a retrospective's action stands on a given day, from its `due` date and its
 * `done` date alone: one definition for the check, the pages, the digest and the
 * stale report, so "overdue" means the same everywhere.
 */
import type { RetroAction } from '../../schemas/retros.ts';
import type { Tone } from '../status.ts';
import { daysBetween } from '../time/dates.ts';
import { formatDate } from '../time/format.ts';

export type ActionState = 'open' | 'overdue' | 'done-on-time' | 'done-late';

/** How each state is written on pages and in the digest: in words, so it never depends on colour. */
export const ACTION_STATE_LABEL: Record<ActionState, string> = {
  open: 'open',
  overdue: 'overdue',
  'done-on-time': 'done on time',
  'done-late': 'done late',
};

/** The action's state on `day` (`YYYY-MM-DD`): an action closed after `day` was still open then. */
export function actionState(action: Pick<RetroAction, 'due' | 'done'>, day: string): ActionState {
  if (action.done !== false && action.done <= day) return action.done <= action.due ? 'done-on-time' : 'done-late';
  return action.due < day ? 'overdue' : 'open';
}

/** Whole days an open action is past its due date on `day` (0 when it is not). */
export function daysOverdue(action: Pick<RetroAction, 'due' | 'done'>, day: string): number {
  return actionState(action, day) === 'overdue' ? daysBetween(action.due, day) : 0;
}

/** The badge tone of each state; the label says the same in words. */
export const ACTION_STATE_TONE: Record<ActionState, Tone> = { open: 'info', overdue: 'bad', 'done-on-time': 'ok', 'done-late': 'warn' };

/** The state in words with its date: `overdue · 41 days`, `done on time · 3 Jun 2026`, `open · due 4 Dec 2026`. */
export function actionStateText(action: Pick<RetroAction, 'due' | 'done'>, day: string): string {
  const state = actionState(action, day);
  if (state === 'overdue') {
    const days = daysOverdue(action, day);
    return `overdue · ${days} day${days === 1 ? '' : 's'}`;
  }
  if (state === 'open') return `open · due ${formatDate(action.due)}`;
  return `${ACTION_STATE_LABEL[state]} · ${formatDate(action.done as string)}`;
}
