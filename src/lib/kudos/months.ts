/**
 * Thanks by month, for the kudos pages: each month's thanks grouped by the team that
 * received them, teams in alphabetical order of their names, so the list reads out at the
 * all-hands one team at a time.
 */
import { HANDBOOK_LOCALE } from '../time/format.ts';
import { dateTimeFormat } from '../time/intl.ts';
import type { Thanks } from './thanks.ts';

export interface TeamThanks {
  team: string;
  /** Oldest first within the month: the order things happened. */
  thanks: Thanks[];
}

export interface ThanksMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Every thanks of the month. */
  count: number;
  /** How many of them are kudos (the rest are wins enabled by other teams). */
  kudos: number;
  byTeam: TeamThanks[];
}

/** The month of a date, `2026-11-24` → `2026-11`. */
export const monthOf = (date: string) => date.slice(0, 7);

/** One team's thanks (oldest first), grouped by receiving team in the order of `teamName`. */
export function byReceivingTeam(thanks: readonly Thanks[], teamName: (id: string) => string): TeamThanks[] {
  const groups = new Map<string, Thanks[]>();
  for (const item of thanks) groups.set(item.toTeam, [...(groups.get(item.toTeam) ?? []), item]);
  return [...groups]
    .map(([team, items]) => ({
      team,
      thanks: items.sort((a, b) => a.date.localeCompare(b.date) || a.entryId.localeCompare(b.entryId) || a.for.localeCompare(b.for)),
    }))
    .sort((a, b) => teamName(a.team).localeCompare(teamName(b.team)) || a.team.localeCompare(b.team));
}

/** Every month with thanks, newest first. */
export function thanksByMonth(thanks: readonly Thanks[], teamName: (id: string) => string): ThanksMonth[] {
  const months = new Map<string, Thanks[]>();
  for (const item of thanks) months.set(monthOf(item.date), [...(months.get(monthOf(item.date)) ?? []), item]);
  return [...months]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, items]) => ({
      month,
      count: items.length,
      kudos: new Set(items.filter((item) => item.source === 'kudos').map((item) => item.entryId)).size,
      byTeam: byReceivingTeam(items, teamName),
    }));
}

/** `2026-11` → `November 2026`. */
export function formatMonth(month: string): string {
  return dateTimeFormat(HANDBOOK_LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
