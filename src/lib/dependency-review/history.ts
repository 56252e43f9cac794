/**
 * Reading a dependency's `history` (its dated status changes, oldest first): the status
 * on a given day, the changes in a span of days, and when it was delivered.
 */
import type { Dependency, DependencyStatus } from '../../schemas/index.ts';

type WithHistory = Pick<Dependency, 'status' | 'history'>;
export type StatusChange = Dependency['history'][number];

/** The status on `date`: the last change on or before it; before the first change (or without history), undefined. */
export function statusOn(dependency: WithHistory, date: string): DependencyStatus | undefined {
  let status: DependencyStatus | undefined;
  for (const change of dependency.history) {
    if (change.date > date) break;
    status = change.status;
  }
  return status;
}

export interface DatedChange extends StatusChange {
  /** The status just before this change, if the history had one. */
  previous?: DependencyStatus;
}

/** Changes dated after `from` and up to `to` (both `YYYY-MM-DD`), each with the status it replaced; a repeated status is not a change. */
export function changesBetween(dependency: WithHistory, from: string, to: string): DatedChange[] {
  const found: DatedChange[] = [];
  dependency.history.forEach((change, index) => {
    const previous = dependency.history[index - 1]?.status;
    if (change.date > from && change.date <= to && change.status !== previous) found.push(previous ? { ...change, previous } : { ...change });
  });
  return found;
}

/** The day it became done for good (the last change to `done`), or undefined when it is not done or its history does not say. */
export function deliveredOn(dependency: WithHistory): string | undefined {
  if (dependency.status !== 'done') return undefined;
  const last = dependency.history.at(-1);
  return last?.status === 'done' ? last.date : undefined;
}

/** The last day someone confirmed where it stands: `reviewed`, or its latest status change if later (a change is a review). */
export function lastConfirmed(dependency: Pick<Dependency, 'reviewed' | 'history'>): string | undefined {
  const changed = dependency.history.at(-1)?.date;
  if (dependency.reviewed && changed) return dependency.reviewed > changed ? dependency.reviewed : changed;
  return dependency.reviewed ?? changed;
}
