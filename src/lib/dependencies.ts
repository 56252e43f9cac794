/** Cross-team dependencies: how a deliverable is named, and what needs attention first. */
import { DEPENDENCY_STATUSES } from '../schemas/dependencies.ts';
import type { Dependency } from '../schemas/index.ts';

/** A deliverable is known by its team and its name; the same pair in two files is the same node. */
export function deliverableKey(end: { team: string; deliverable: string }): string {
  return `${end.team}: ${end.deliverable}`;
}

/** Blocked before at-risk before planned…; then the earliest need-by date. */
export function byRisk(a: { data: Dependency }, b: { data: Dependency }): number {
  return DEPENDENCY_STATUSES.indexOf(a.data.status) - DEPENDENCY_STATUSES.indexOf(b.data.status) || a.data.needBy.localeCompare(b.data.needBy);
}
