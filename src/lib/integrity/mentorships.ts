/**
 * Rules of cross-team mentorships: the mentor is on another team, and a mentee has one
 * mentorship at a time. Teams are today's, so an ended mentorship is not judged by them.
 */
import { formatSpan } from '../programs/format.ts';
import { mentorshipSpan, spanState } from '../programs/spans.ts';
import { formatDate } from '../time/format.ts';
import type { RuleContext } from './context.ts';
import { knownTeamsOfPeople, overlapping, type Spanned } from './program-rules.ts';

export function checkMentorships(context: RuleContext): void {
  const teamOf = knownTeamsOfPeople(context);
  const spans: Spanned[] = [];
  for (const mentorship of context.entries('mentorships')) {
    const { mentor, mentee, start, weeks } = mentorship.data;
    const at = { collection: 'mentorships' as const, id: mentorship.id, path: ['mentor'] };
    const span = start === undefined || weeks === undefined ? undefined : mentorshipSpan({ start, weeks });
    if (span && mentee !== undefined) spans.push({ id: mentorship.id, person: mentee, span });
    if (mentor !== undefined && mentor === mentee) {
      context.report('mentorship/same-team', at, `is ${mentee}, the mentee`, 'choose a mentor on another team than the mentee');
    } else {
      const team = mentor === undefined ? undefined : teamOf.get(mentor);
      if (team !== undefined && mentee !== undefined && team === teamOf.get(mentee) && !(span && spanState(span, context.today) === 'ended')) {
        context.report(
          'mentorship/same-team',
          at,
          `mentor "${mentor}" is on team "${team}", the mentee's team`,
          'a cross-team mentorship brings someone from another team: choose a mentor outside the mentee’s team',
        );
      }
    }
  }
  for (const { entry, earlier } of overlapping(spans)) {
    context.report(
      'mentorship/overlap',
      { collection: 'mentorships', id: entry.id, path: ['start'] },
      `runs ${formatSpan(entry.span)}, while ${entry.person} is still mentee in ${earlier.id} (${formatSpan(earlier.span)})`,
      `a mentee has one mentorship at a time: start this one after ${formatDate(earlier.span.last)}, or shorten the other's \`weeks\``,
    );
  }
}
