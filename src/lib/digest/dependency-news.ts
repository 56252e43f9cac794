/**
 * A digest's dependencies for one providing team: those at risk, blocked or done that are
 * needed in the week or the two after it, with their status as of the build; and, from
 * their history, those that became at risk or blocked, or were delivered, in the week
 * itself, whenever they are needed. A history change is the news; the status then is the
 * one it changed to.
 */
import type { Dependency, DependencyStatus } from '../../schemas/index.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { changesBetween } from '../dependency-review/history.ts';
import { addDays } from '../time/dates.ts';
import type { WeekSpan } from './iso-week.ts';

export interface DependencyItem {
  dependencyId: string;
  status: DependencyStatus;
  needBy: string;
  /** What this team delivers … */
  deliverable: string;
  /** … to which team, for which of its deliverables. */
  forTeam: string;
  forDeliverable: string;
  /** The history's change in this week that makes it news: became at risk or blocked, or delivered. */
  change?: { status: DependencyStatus; date: string };
}

const IN_DIGEST: readonly DependencyStatus[] = ['blocked', 'at-risk', 'done'];
const ORDER: Record<DependencyStatus, number> = { blocked: 0, 'at-risk': 1, planned: 2, 'on-track': 3, done: 4 };

export function dependencyNews(provided: readonly HandbookEntry<Dependency>[], week: WeekSpan, lookaheadUntil: string, today: string): DependencyItem[] {
  const weekEnd = week.sunday < today ? week.sunday : today;
  return provided
    .flatMap((d): DependencyItem[] => {
      const change = changesBetween(d.data, addDays(week.monday, -1), weekEnd)
        .filter((c) => IN_DIGEST.includes(c.status))
        .at(-1);
      const due = IN_DIGEST.includes(d.data.status) && d.data.needBy >= week.monday && d.data.needBy <= lookaheadUntil;
      if (!change && !due) return [];
      const item: DependencyItem = {
        dependencyId: d.id,
        status: change?.status ?? d.data.status,
        needBy: d.data.needBy,
        deliverable: d.data.to.deliverable,
        forTeam: d.data.from.team,
        forDeliverable: d.data.from.deliverable,
      };
      return [change ? { ...item, change: { status: change.status, date: change.date } } : item];
    })
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.needBy.localeCompare(b.needBy));
}
