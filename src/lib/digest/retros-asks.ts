/**
 * The digest's "Across teams" part: the retrospectives held and the asks for help made
 * in the week, then, as of the week's end (or today, for the current week), the
 * retrospective actions past their due date and the asks waiting for help for more than
 * 14 days. Actions and asks record when they were closed or helped, so an old digest
 * shows what was overdue then, not now. A new retrospective or ask makes a digest week;
 * overdue actions and waiting asks alone do not.
 */
import type { AskStatus } from '../../schemas/index.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { daysOverdue } from '../retros-asks/actions.ts';
import type { WeekSpan } from './iso-week.ts';

export interface AcrossTeamsDigest {
  retros: { retroId: string; title: string; date: string; teams: string[]; actions: number }[];
  asks: { askId: string; title: string; team: string; date: string; status: AskStatus }[];
  overdueActions: { retroId: string; retroTitle: string; title: string; owner: string; ownerTeam?: string; due: string; daysOverdue: number }[];
  waitingAsks: { askId: string; title: string; team: string; days: number }[];
  /** The day overdue and waiting are counted on. */
  asOf: string;
}

/** The days on which a retrospective was held or an ask made: each makes its week a digest week. */
export function acrossTeamsDates(h: HandbookIndexes): string[] {
  return [...h.retros.map((retro) => retro.data.date), ...h.asks.map((ask) => ask.data.date)];
}

export function acrossTeams(h: HandbookIndexes, week: WeekSpan, today: string): AcrossTeamsDigest {
  const asOf = week.sunday < today ? week.sunday : today;
  const inWeek = (date: string) => date >= week.monday && date <= week.sunday && date <= today;
  return {
    retros: h.retros
      .filter((retro) => inWeek(retro.data.date))
      .map((retro) => ({ retroId: retro.id, title: retro.data.title, date: retro.data.date, teams: retro.data.teams, actions: retro.data.actions.length }))
      .reverse(),
    asks: h.asks
      .filter((ask) => inWeek(ask.data.date))
      .map((ask) => ({ askId: ask.id, title: ask.data.title, team: ask.data.team, date: ask.data.date, status: ask.data.status }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.askId.localeCompare(b.askId)),
    overdueActions: h.overdueActions(asOf).map(({ retro, action, ownerTeam }) => ({
      retroId: retro.id,
      retroTitle: retro.data.title,
      title: action.title,
      owner: action.owner,
      ...(ownerTeam === undefined ? {} : { ownerTeam }),
      due: action.due,
      daysOverdue: daysOverdue(action, asOf),
    })),
    waitingAsks: h.asksWaitingTooLong(asOf).map(({ ask, days }) => ({ askId: ask.id, title: ask.data.title, team: ask.data.team, days })),
    asOf,
  };
}

/** Lines the part adds to a digest, for its reading time. */
export function acrossTeamsLines(part: AcrossTeamsDigest): number {
  return part.retros.length + part.asks.length + part.overdueActions.length + part.waitingAsks.length;
}
