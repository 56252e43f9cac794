/**
 * Rules of thanks and awards: thanks cross a team line (a kudos names nobody of the
 * giver's team, a win is not enabled by its own team), an award's winner is one of its
 * nominees, and an award's file name starts with its quarter.
 */
import { NOUN } from '../collections.ts';
import { daysBetween } from '../time/dates.ts';
import type { RuleContext } from './context.ts';
import { knownTeamsOfPeople } from './program-rules.ts';

/**
 * How long a kudos is judged by today's teams, in days. A kudos is written within days of
 * what it thanks, so the pull request that adds it is checked; later, people move (often
 * to the team they thanked), and a move must not turn the history into an error.
 */
export const KUDOS_JUDGED_DAYS = 60;

export function checkKudos(context: RuleContext): void {
  const teamOf = knownTeamsOfPeople(context);
  for (const kudos of context.entries('kudos')) {
    const { from, to, teams, date } = kudos.data;
    const giverTeam = from === undefined ? undefined : teamOf.get(from);
    if (giverTeam === undefined || (date !== undefined && daysBetween(date, context.today) > KUDOS_JUDGED_DAYS)) continue;
    const fix = `thanks here go to people and teams other than ${giverTeam}: thank your own team in its channel, and remove this recipient`;
    (to ?? []).forEach((person, index) => {
      if (teamOf.get(person) === giverTeam) {
        context.report(
          'kudos/same-team',
          { collection: 'kudos', id: kudos.id, path: ['to', index] },
          `"${person}" is on team "${giverTeam}", the team of ${from} who gives the thanks`,
          fix,
        );
      }
    });
    (teams ?? []).forEach((team, index) => {
      if (team === giverTeam) {
        context.report(
          'kudos/same-team',
          { collection: 'kudos', id: kudos.id, path: ['teams', index] },
          `is "${team}", the team of ${from} who gives the thanks`,
          fix,
        );
      }
    });
  }
}

export function checkAwards(context: RuleContext): void {
  for (const award of context.entries('awards')) {
    const { quarter, nominees, winner } = award.data;
    if (quarter !== undefined && !award.id.startsWith(`${quarter.toLowerCase()}-`)) {
      context.report(
        'award/file-name',
        { collection: 'awards', id: award.id, path: ['quarter'] },
        `is ${quarter}, but the file name starts otherwise (${award.id})`,
        `name the file content/awards/${quarter.toLowerCase()}-<slug>.yaml, or correct \`quarter\``,
      );
    }
    if (winner !== undefined && nominees !== undefined && winner >= nominees.length) {
      const range = nominees.length === 1 ? '0' : `0 to ${nominees.length - 1}`;
      context.report(
        'award/winner-not-nominee',
        { collection: 'awards', id: award.id, path: ['winner'] },
        `is ${winner}, but the ${NOUN.awards} has ${nominees.length} ${nominees.length === 1 ? 'nominee' : 'nominees'} (numbered ${range})`,
        `set \`winner\` to the number of the winning nominee, counted from 0 (the first nominee is 0), or nominate the winner`,
      );
    }
  }
}

export function checkEnabledBy(context: RuleContext): void {
  for (const team of context.entries('teams')) {
    (team.data.wins ?? []).forEach((win, index) => {
      (win.enabledBy ?? []).forEach((enabler, at) => {
        if (enabler !== team.id) return;
        context.report(
          'team/enabled-by-self',
          { collection: 'teams', id: team.id, path: ['wins', index, 'enabledBy', at] },
          `names this team, ${team.id}, as enabling its own win "${win.title}"`,
          '`enabledBy` names the other teams whose work made the win possible: remove this team from it',
        );
      });
    });
  }
}
