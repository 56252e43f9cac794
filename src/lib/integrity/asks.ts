/**
 * Rules of asks for help: helpers come from other teams than the asking one, `helpedOn`
 * agrees with the status and the date, a solved ask keeps its answer in the body, and an
 * ask open for more than 14 days is a warning. Teams are today's: helpers are judged only
 * for asks not yet solved, of the last JUDGED_DAYS, since people move, sometimes to the team they helped.
 */
import { ASK_OPEN_DAYS } from '../../schemas/asks.ts';
import { answerHeadingLine, answerOf, askAgeDays } from '../retros-asks/asks.ts';
import { daysBetween } from '../time/dates.ts';
import { formatDate } from '../time/format.ts';
import type { RuleContext } from './context.ts';
import { knownTeamsOfPeople } from './program-rules.ts';
import { JUDGED_DAYS } from './retros.ts';

export function checkAsks(context: RuleContext): void {
  const teamOf = knownTeamsOfPeople(context);
  for (const ask of context.entries('asks')) {
    const { team, date, status, helpers, helpedOn } = ask.data;
    const at = (path: (string | number)[]) => ({ collection: 'asks' as const, id: ask.id, path });
    const file = ask.filePath ?? `content/asks/${ask.id}.md`;
    // A solved ask is history, like an ended rotation: its helpers may since have joined the team they helped.
    const judged = status !== 'solved' && date !== undefined && daysBetween(helpedOn ?? date, context.today) <= JUDGED_DAYS;
    (helpers ?? []).forEach((helper, index) => {
      if (!judged || team === undefined || teamOf.get(helper) !== team) return;
      context.report(
        'ask/helper-on-team',
        at(['helpers', index]),
        `helper "${helper}" is on "${team}", the team that asked`,
        'helpers come from other teams: remove them from `helpers` (help from within the team is the team’s own work), or list who from another team helped',
      );
    });
    if (status !== undefined && date !== undefined) {
      if (status !== 'open' && helpedOn === undefined) {
        context.report(
          'ask/helped-on',
          at(['status']),
          `is "${status}" but has no \`helpedOn\` date`,
          `add \`helpedOn:\` with the day help first came (on or after ${date}), so the time to help can be measured`,
        );
      } else if (status === 'open' && helpedOn !== undefined) {
        context.report(
          'ask/helped-on',
          at(['helpedOn']),
          `is set while the ask is still open`,
          'if someone has helped, set `status: helped` (or `solved`); otherwise remove `helpedOn`',
        );
      } else if (helpedOn !== undefined && helpedOn < date) {
        context.report(
          'ask/helped-on',
          at(['helpedOn']),
          `is ${formatDate(helpedOn)}, before the ask was made on ${formatDate(date)}`,
          `write the day help first came, on or after ${date}; or correct \`date\``,
        );
      }
    }
    if (status === 'solved' && answerOf(ask.body) === '') {
      const heading = answerHeadingLine(ask.body);
      context.report(
        'ask/answer-missing',
        heading === undefined ? at(['status']) : { ...at(['status']), bodyLine: heading },
        heading === undefined ? 'is "solved", but the body has no "## Answer" section' : 'is "solved", but its "## Answer" section is empty',
        `write what solved it under a "## Answer" heading at the end of ${file}, so the next team with the same problem finds the answer; or set \`status: helped\` until it is solved`,
      );
    }
    if (status === 'open' && date !== undefined && askAgeDays({ date }, context.today) > ASK_OPEN_DAYS) {
      context.report(
        'ask/open-long',
        at(['date']),
        `has been open for ${askAgeDays({ date }, context.today)} days, more than ${ASK_OPEN_DAYS}, with no one from another team helping yet`,
        `if someone helped, set \`status: helped\` and \`helpedOn\`; otherwise raise it again in the teams' channels, offer a problem-solving \`session\`, or close it in the body if it no longer matters`,
      );
    }
  }
}
