/**
 * The shared queries of retrospectives and asks for help, built once per build beside
 * the other indexes (./indexes.ts): a team's retrospectives, the actions its people own,
 * its asks and those its people helped with, and every ask in the order /asks/ lists them.
 * Anything that depends on the day takes it as an argument, so old digests can ask too.
 */
import type { Ask, AskStatus, Retro, RetroAction } from '../../schemas/index.ts';
import { actionState, daysOverdue } from '../retros-asks/actions.ts';
import { askAgeDays, waitingTooLong } from '../retros-asks/asks.ts';
import type { HandbookEntry } from './types.ts';

/** One action of a retrospective, with where it came from and its owner's team (today's). */
export interface OwnedAction {
  retro: HandbookEntry<Retro>;
  action: RetroAction;
  /** Its position in the retrospective's `actions`. */
  index: number;
  ownerTeam: string | undefined;
}

/** What /asks/ shows first: the open asks, longest waiting first; then helped, latest help first; then solved, newest first. */
export const ASK_ORDER: readonly AskStatus[] = ['open', 'helped', 'solved'];

const newestFirst = <T extends { id: string; data: { date: string } }>(a: T, b: T) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
const oldestFirst = <T extends { id: string; data: { date: string } }>(a: T, b: T) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);
const latestHelpFirst = (a: HandbookEntry<Ask>, b: HandbookEntry<Ask>) => (b.data.helpedOn ?? '').localeCompare(a.data.helpedOn ?? '') || newestFirst(a, b);
const ASK_SORT: Record<AskStatus, (a: HandbookEntry<Ask>, b: HandbookEntry<Ask>) => number> = {
  open: oldestFirst,
  helped: latestHelpFirst,
  solved: newestFirst,
};

function collect<T>(pairs: Iterable<readonly [string | undefined, T]>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [key, value] of pairs) if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), value]);
  return groups;
}

export function retroAskIndexes(
  retroEntries: readonly HandbookEntry<Retro>[],
  askEntries: readonly HandbookEntry<Ask>[],
  teamOfPerson: (id: string) => string | undefined,
) {
  const retros = [...retroEntries].sort(newestFirst);
  const byStatus = Object.fromEntries(
    ASK_ORDER.map((status) => [status, askEntries.filter((ask) => ask.data.status === status).sort(ASK_SORT[status])]),
  ) as Record<AskStatus, HandbookEntry<Ask>[]>;
  const asks = ASK_ORDER.flatMap((status) => byStatus[status]);
  const actions: OwnedAction[] = retros.flatMap((retro) =>
    retro.data.actions.map((action, index) => ({ retro, action, index, ownerTeam: teamOfPerson(action.owner) })),
  );
  const retrosByTeam = collect(retros.flatMap((retro) => [...new Set(retro.data.teams)].map((team) => [team, retro] as const)));
  const actionsByTeam = collect(actions.map((owned) => [owned.ownerTeam, owned] as const));
  const asksByTeam = collect(asks.map((ask) => [ask.data.team, ask] as const));
  const asksByHelperTeam = collect(asks.flatMap((ask) => [...new Set(ask.data.helpers.map(teamOfPerson))].map((team) => [team, ask] as const)));
  const asksByHelper = collect(asks.flatMap((ask) => ask.data.helpers.map((helper) => [helper, ask] as const)));
  const overdue = (owned: readonly OwnedAction[], day: string) =>
    owned
      .filter(({ action }) => actionState(action, day) === 'overdue')
      .sort((a, b) => daysOverdue(b.action, day) - daysOverdue(a.action, day) || a.retro.id.localeCompare(b.retro.id) || a.index - b.index);

  return {
    /** Every retrospective, newest first. */
    retros,
    retro: new Map(retros.map((retro) => [retro.id, retro])),
    /** Every ask as /asks/ lists them: open (longest waiting first), helped, solved. */
    asks,
    ask: new Map(asks.map((ask) => [ask.id, ask])),
    /** Asks of one status, in the order of ASK_ORDER's comment. */
    asksWithStatus: (status: AskStatus): HandbookEntry<Ask>[] => byStatus[status],
    /** Every retrospective action, with its owner's team. */
    retroActions: actions,
    /** Retrospectives a team took part in, newest first. */
    retrosOfTeam: (teamId: string): HandbookEntry<Retro>[] => retrosByTeam.get(teamId) ?? [],
    /** Actions owned by people of a team. */
    actionsOwnedByTeam: (teamId: string): OwnedAction[] => actionsByTeam.get(teamId) ?? [],
    /** Open actions past their due date on `day`, owned by a team's people (every team's without `teamId`), most overdue first. */
    overdueActions: (day: string, teamId?: string): OwnedAction[] => overdue(teamId === undefined ? actions : (actionsByTeam.get(teamId) ?? []), day),
    /** A team's own asks, in /asks/ order. */
    asksOf: (teamId: string): HandbookEntry<Ask>[] => asksByTeam.get(teamId) ?? [],
    /** Asks a team's people helped with (another team's), in /asks/ order. */
    asksHelpedByTeam: (teamId: string): HandbookEntry<Ask>[] => asksByHelperTeam.get(teamId) ?? [],
    /** Asks a person helped with. */
    asksHelpedBy: (personId: string): HandbookEntry<Ask>[] => asksByHelper.get(personId) ?? [],
    /** Asks still waiting for help after more than 14 days on `day` (one since helped counts for the days before), longest waiting first. */
    asksWaitingTooLong: (day: string): { ask: HandbookEntry<Ask>; days: number }[] =>
      [...askEntries]
        .filter((ask) => waitingTooLong(ask.data, day))
        .sort(oldestFirst)
        .map((ask) => ({ ask, days: askAgeDays(ask.data, day) })),
  };
}
