/**
 * Where a retrospective's action stands on a given day, from its `due` date and its
 * `done` date alone: one definition for the check, the pages, the digest and the
 * stale report, so "overdue" means the same everywhere.
 */
import type { RetroAction } from '../../schemas/retros.ts';
import { daysBetween } from '../time/dates.ts';

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
