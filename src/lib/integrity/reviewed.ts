/** The freshness rule shared by team pages, guild pages and dependencies: a `reviewed` date older than `staleAfterDays` is a warning. */
import type { CollectionName } from '../collections.ts';
import type { RuleId } from '../rules.ts';
import { daysBetween } from '../time/dates.ts';
import type { RuleContext } from './context.ts';

export function checkReviewed(context: RuleContext, rule: RuleId, collection: CollectionName, id: string, reviewed: string | undefined): void {
  const age = reviewed === undefined ? 0 : daysBetween(reviewed, context.today);
  if (age <= context.staleAfterDays) return;
  context.report(
    rule,
    { collection, id, path: ['reviewed'] },
    `was last reviewed ${age} days ago (${reviewed}), more than ${context.staleAfterDays}`,
    `check the page is still true, then set \`reviewed: ${context.today}\``,
  );
}
