/** Rules of a dependency over time: a history in date order that ends at its status, a need-by date kept, and a recent review. */
import type { RuleContext } from './context.ts';
import { checkReviewed } from './reviewed.ts';
import { lastConfirmed } from '../dependency-review/history.ts';

export function checkDependencyHistory(context: RuleContext): void {
  for (const dependency of context.entries('dependencies')) {
    const at = (path: PropertyKey[]) => ({ collection: 'dependencies' as const, id: dependency.id, path });
    const { history = [], status, needBy, reviewed } = dependency.data;
    const outOfOrder = history.findIndex((change, index) => index > 0 && change.date < history[index - 1]!.date);
    if (outOfOrder > 0) {
      context.report(
        'dependency/history-order',
        at(['history', outOfOrder, 'date']),
        `history entry ${outOfOrder} (${history[outOfOrder]!.date}) is dated before the one above it (${history[outOfOrder - 1]!.date})`,
        'list the status changes oldest first, each with the day it happened',
      );
    }
    const last = history.at(-1);
    if (last && status !== undefined && last.status !== status) {
      context.report(
        'dependency/history-status',
        at(['status']),
        `is ${status}, but the last entry of its history (${last.date}) says ${last.status}`,
        `add \`- { date: ${context.today}, status: ${status} }\` to \`history\` when the status changes, or set \`status: ${last.status}\``,
      );
    }
    if (status !== undefined && status !== 'done' && needBy !== undefined && needBy < context.today) {
      context.report(
        'dependency/overdue',
        at(['needBy']),
        `was needed by ${needBy} and is still ${status.replace(/-/g, ' ')}`,
        `agree a new date with both teams and set \`needBy\`, or record that it is done (\`status: done\` and a history entry)`,
      );
    }
    // A delivered dependency needs no more review; an open one counts its latest status change as one.
    if (status !== 'done' && reviewed !== undefined)
      checkReviewed(context, 'dependency/stale', 'dependencies', dependency.id, lastConfirmed({ reviewed, history }));
  }
}
