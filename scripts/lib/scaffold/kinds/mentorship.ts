/** `npm run new -- mentorship`: a mentor from another team (or, in reverse mentoring, a junior teaching a senior) for about 12 weeks. */
import { formatSpan } from '../../../../src/lib/programs/format.ts';
import { mentorshipSpan, overlaps } from '../../../../src/lib/programs/spans.ts';
import { MENTORSHIP_KINDS, mentorshipSchema } from '../../../../src/schemas/mentorships.ts';
import { alreadyExists, dateCheck, idsHint, reference } from '../checks.ts';
import { listOf, ScaffoldError, textOf } from '../fields.ts';
import { busy, teamOfPerson, weeksCheck } from '../people.ts';
import { entryPath, must, oneNewFile, type KindTemplate } from '../template.ts';
import { oneLine, yamlFile, yamlLines, yamlText, yamlTextList } from '../text.ts';

const WEEKS = mentorshipSchema.shape.weeks.unwrap();

export const mentorship: KindTemplate = {
  usage:
    'mentorship "A topic" --mentor <person-id> --mentee <person-id> [--kind mentorship|reverse] [--start YYYY-MM-DD] [--weeks 12] [--cadence "weekly, 45 minutes"] [--topic "…"]',
  fields: [
    { name: 'title', type: 'text', question: 'What the mentorship is about (one topic)' },
    { name: 'mentee', type: 'text', required: true, question: 'Who learns (a person id)', hint: idsHint('people'), check: reference('people') },
    {
      name: 'mentor',
      type: 'text',
      required: true,
      question: 'Who teaches (a person id, on another team)',
      check: (value, values, context) => {
        const team = teamOfPerson(context, value);
        return team !== undefined && team === teamOfPerson(context, textOf(values, 'mentee'))
          ? `is on ${team}, the mentee's team — a cross-team mentor comes from another team`
          : reference('people')(value, values, context);
      },
    },
    {
      name: 'kind',
      type: 'text',
      question: 'Classic mentorship, or reverse (a junior engineer teaches a senior one)',
      default: () => 'mentorship',
      hint: () => `one of: ${MENTORSHIP_KINDS.join(', ')}`,
      check: (value) => ((MENTORSHIP_KINDS as readonly string[]).includes(value) ? undefined : `is not a kind — use one of: ${MENTORSHIP_KINDS.join(', ')}`),
    },
    { name: 'start', type: 'text', required: true, question: 'First meeting', default: (_values, context) => context.today, check: dateCheck },
    { name: 'weeks', type: 'text', question: 'Length in weeks', default: () => '12', check: weeksCheck(WEEKS, 12) },
    { name: 'cadence', type: 'text', required: true, question: 'How often you meet', default: () => 'weekly, 45 minutes' },
    { name: 'topic', type: 'texts', ask: true, question: 'Other topics, one line each' },
  ],
  build(values, context) {
    const mentee = must(values, 'mentee');
    const start = must(values, 'start');
    const weeks = Number(must(values, 'weeks'));
    const id = `${start}-${mentee}`;
    const path = entryPath(context, 'mentorships', id, 'yaml');
    if (context.existingIds.mentorships.has(id)) throw new ScaffoldError([alreadyExists(path)]);
    const span = mentorshipSpan({ start, weeks });
    const clash = context.handbook.mentorships.find((other) => other.data.mentee === mentee && overlaps(mentorshipSpan(other.data), span));
    if (clash) throw new ScaffoldError([busy('mentorships', mentee, clash.id, formatSpan(mentorshipSpan(clash.data)))]);
    const title = textOf(values, 'title');
    const topics = [...new Set([...(title === undefined ? [] : [oneLine(title)]), ...listOf(values, 'topic').map(oneLine)])];
    if (topics.length === 0) throw new ScaffoldError(['a mentorship needs at least one topic — give it as the title, or with --topic "…"']);
    const kind = must(values, 'kind');
    const lines = [
      ...yamlLines([
        ['mentor', must(values, 'mentor')],
        ['mentee', mentee],
        ['kind', kind === 'mentorship' ? undefined : kind],
        ['start', start],
        ['weeks', String(weeks)],
        ['cadence', yamlText(must(values, 'cadence'))],
      ]),
      ...yamlTextList('topics', topics),
    ];
    return oneNewFile({
      path,
      text: yamlFile(lines),
      notes: [`Runs ${formatSpan(span)}.`],
      next: [`When it has ended, add \`outcome:\` to ${path}.`, 'Run `npm run check`, then open a pull request.'],
    });
  },
};
