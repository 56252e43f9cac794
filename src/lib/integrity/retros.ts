/**
 * Rules of cross-team retrospectives: at least two teams took part, action owners come
 * from more than one team (a warning), and an open action past its due date is a warning
 * (the stale report lists it too). Teams are today's: a retrospective older than
 * JUDGED_DAYS is history, and its owners' teams then are not known.
 */
import { actionState } from '../retros-asks/actions.ts';
import { daysBetween } from '../time/dates.ts';
import { formatDate } from '../time/format.ts';
import type { RuleContext } from './context.ts';
import { knownTeamsOfPeople } from './program-rules.ts';

/** How far back people's current teams are taken to be their teams then, in days. */
export const JUDGED_DAYS = 90;

export function checkRetros(context: RuleContext): void {
  const teamOf = knownTeamsOfPeople(context);
  for (const retro of context.entries('retros')) {
    const { teams, actions, date } = retro.data;
    const at = (path: (string | number)[]) => ({ collection: 'retros' as const, id: retro.id, path });
    const distinct = [...new Set(teams ?? [])];
    if (teams !== undefined && teams.length > 0 && distinct.length < 2) {
      context.report(
        'retro/one-team',
        at(['teams']),
        `lists only team "${distinct[0]}": this is a retrospective of one team`,
        'a cross-team retrospective has at least two teams: add the other teams that took part to `teams`, or keep a one-team retrospective in that team’s own notes',
      );
    }
    const recent = date !== undefined && daysBetween(date, context.today) <= JUDGED_DAYS;
    const owners = (actions ?? []).map((action) => action.owner);
    const ownerTeams = owners.map((owner) => teamOf.get(owner));
    if (recent && owners.length >= 2 && ownerTeams.every((team) => team !== undefined) && new Set(ownerTeams).size === 1) {
      context.report(
        'retro/owners-one-team',
        at(['actions']),
        `every action is owned by someone on team "${ownerTeams[0]}"`,
        'give at least one action to someone on another of the teams that took part, so the follow-up crosses team lines as the retrospective did',
      );
    }
    (actions ?? []).forEach((action, index) => {
      if (action.due === undefined || actionState(action, context.today) !== 'overdue') return;
      context.report(
        'retro/action-overdue',
        at(['actions', index, 'due']),
        `action "${action.title}" (owner ${action.owner}) was due on ${formatDate(action.due)} and is still open, ${daysBetween(action.due, context.today)} days later`,
        `once it is done, set \`done:\` to the date it was closed; if it still matters but later, move \`due\`; if it no longer matters, say so in the body and close it with today's date`,
      );
    });
  }
}
