/**
 * What the dependencies page and a team page show when an organization has too many
 * dependencies to list on one page: what needs attention first, a row per team instead of
 * a row per dependency, and short lists with a count of the rest.
 */
import { DEPENDENCY_STATUSES, type Dependency, type DependencyStatus } from '../schemas/dependencies.ts';
import { byRisk } from './dependencies.ts';

/** Up to this many dependencies, /dependencies/ lists every one; past it, a row per team. */
export const FULL_LIST_LIMIT = 60;
/** How many of those that need attention /dependencies/ lists; the rest are a click away, on their teams' pages. */
export const ATTENTION_SHOWN = 25;
/** How many dependencies a team page lists each way (needs, needed by); all are on the team's dependencies page. */
export const TEAM_LIST_SHOWN = 5;

type Entry = { id: string; data: Dependency };

/** Not done and past its need-by date (`today` in the handbook's time zone). */
export function isOverdue(dependency: { data: Pick<Dependency, 'status' | 'needBy'> }, today: string): boolean {
  return dependency.data.status !== 'done' && dependency.data.needBy < today;
}

/** Blocked, at risk, or overdue: what a reader of the dependencies page looks at first. */
export function needsAttention(dependency: { data: Pick<Dependency, 'status' | 'needBy'> }, today: string): boolean {
  return dependency.data.status === 'blocked' || dependency.data.status === 'at-risk' || isOverdue(dependency, today);
}

/** Every dependency that needs attention, most urgent first (blocked, at risk, then overdue; earliest need-by first). */
export function attentionList<T extends Entry>(dependencies: readonly T[], today: string): T[] {
  return dependencies.filter((dependency) => needsAttention(dependency, today)).sort((a, b) => byRisk(a, b) || a.id.localeCompare(b.id));
}

/** How many dependencies have each status, in the schema's order (worst first). */
export function statusCounts(dependencies: readonly { data: Pick<Dependency, 'status'> }[]): { status: DependencyStatus; count: number }[] {
  return DEPENDENCY_STATUSES.map((status) => ({ status, count: dependencies.filter((d) => d.data.status === status).length }));
}

export interface TeamDependencyRow {
  team: string;
  /** What the team waits for, and what other teams wait for from it. */
  needs: number;
  neededBy: number;
  /** Its dependencies, either way, that are blocked, at risk, or overdue (each counted once). */
  blocked: number;
  atRisk: number;
  overdue: number;
  attention: number;
}

/**
 * A row per team with dependencies: the table /dependencies/ shows in place of every
 * dependency. Teams with the most needing attention first, then the most dependencies, then by id.
 */
export function dependenciesByTeam(dependencies: readonly Entry[], today: string): TeamDependencyRow[] {
  const rows = new Map<string, TeamDependencyRow>();
  const row = (team: string) => {
    let found = rows.get(team);
    if (!found) rows.set(team, (found = { team, needs: 0, neededBy: 0, blocked: 0, atRisk: 0, overdue: 0, attention: 0 }));
    return found;
  };
  for (const dependency of dependencies) {
    const { from, to, status } = dependency.data;
    row(from.team).needs++;
    row(to.team).neededBy++;
    // A dependency within one team (the check forbids it, the page must not count it twice) touches one row.
    for (const team of new Set([from.team, to.team])) {
      const counts = row(team);
      if (status === 'blocked') counts.blocked++;
      if (status === 'at-risk') counts.atRisk++;
      if (isOverdue(dependency, today)) counts.overdue++;
      if (needsAttention(dependency, today)) counts.attention++;
    }
  }
  return [...rows.values()].sort((a, b) => b.attention - a.attention || b.needs + b.neededBy - (a.needs + a.neededBy) || a.team.localeCompare(b.team));
}
