/**
 * Rules of team rotations: the visitor goes to another team, the buddy is on the host
 * team, the cover stays on the home team (and is someone else), one person is on one
 * rotation at a time, and an ended rotation says what came of it.
 *
 * The home team is the person's team today, so the rules about teams judge only
 * rotations that have not ended: people move teams (often to the one they visited),
 * and that must not turn an old rotation into an error.
 */
import { formatSpan } from '../programs/format.ts';
import { rotationSpan, spanState } from '../programs/spans.ts';
import { formatDate } from '../time/format.ts';
import type { RuleContext } from './context.ts';
import { knownTeamsOfPeople, overlapping, type Spanned } from './program-rules.ts';

export function checkRotations(context: RuleContext): void {
  const teamOf = knownTeamsOfPeople(context);
  const spans: Spanned[] = [];
  for (const rotation of context.entries('rotations')) {
    const { person, hostTeam, buddy, cover, start, weeks, outcome, draft } = rotation.data;
    const at = (field: string) => ({ collection: 'rotations' as const, id: rotation.id, path: [field] });
    const span = start === undefined || weeks === undefined ? undefined : rotationSpan({ start, weeks });
    const state = span && spanState(span, context.today);
    if (span && person !== undefined) spans.push({ id: rotation.id, person, span });
    if (state === 'ended' && draft === false && outcome === undefined && !rotation.unreadable?.has('outcome')) {
      context.report(
        'rotation/outcome-missing',
        at('outcome'),
        `ended on ${formatDate(span!.last)} and has no \`outcome\``,
        'add `outcome:`, a sentence or two on what the visitor learned and what changed, for the next team that rotates',
      );
    }
    const home = person === undefined ? undefined : teamOf.get(person);
    if (cover !== undefined && cover === person) {
      context.report(
        'rotation/cover-self',
        at('cover'),
        `is ${person}, who is away on the rotation`,
        `choose someone${home ? ` on ${home}` : ''} who stays behind and covers their work`,
      );
    }
    if (state === 'ended') continue;
    if (home !== undefined && home === hostTeam) {
      context.report(
        'rotation/host-is-home',
        at('hostTeam'),
        `is "${hostTeam}", the team ${person} is on already`,
        'a rotation visits another team: set `hostTeam` to the team they will visit',
      );
    }
    const buddyTeam = buddy === undefined ? undefined : teamOf.get(buddy);
    if (buddyTeam !== undefined && hostTeam !== undefined && buddyTeam !== hostTeam && context.exists('teams', hostTeam)) {
      context.report(
        'rotation/buddy-elsewhere',
        at('buddy'),
        `buddy "${buddy}" is on team "${buddyTeam}", not on the host team "${hostTeam}"`,
        `choose someone on ${hostTeam}, who looks after the visitor there`,
      );
    }
    const coverTeam = cover === undefined || cover === person ? undefined : teamOf.get(cover);
    if (coverTeam !== undefined && home !== undefined && coverTeam !== home) {
      context.report(
        'rotation/cover-elsewhere',
        at('cover'),
        `cover "${cover}" is on team "${coverTeam}", not on ${person}'s team "${home}"`,
        `choose someone on ${home} who covers their work while they are away`,
      );
    }
  }
  for (const { entry, earlier } of overlapping(spans)) {
    context.report(
      'rotation/overlap',
      { collection: 'rotations', id: entry.id, path: ['start'] },
      `overlaps ${entry.person}'s rotation ${earlier.id} (${formatSpan(earlier.span)}): this one runs ${formatSpan(entry.span)}`,
      `one person is on one rotation at a time: start this one after ${formatDate(earlier.span.last)}, or shorten the other's \`weeks\``,
    );
  }
}
