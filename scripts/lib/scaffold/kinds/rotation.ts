/** `npm run new -- rotation`: someone visits another team for a few weeks, with a buddy there and a colleague covering at home. */
import { formatSpan } from '../../../../src/lib/programs/format.ts';
import { overlaps, rotationSpan } from '../../../../src/lib/programs/spans.ts';
import { rotationSchema } from '../../../../src/schemas/rotations.ts';
import { alreadyExists, dateCheck, idsHint, reference } from '../checks.ts';
import { listOf, ScaffoldError, textOf } from '../fields.ts';
import { busy, teamOfPerson, weeksCheck } from '../people.ts';
import { entryPath, must, oneNewFile, type KindTemplate } from '../template.ts';
import { oneLine, yamlFile, yamlLines, yamlTextList } from '../text.ts';

const WEEKS = rotationSchema.shape.weeks.unwrap();

export const rotation: KindTemplate = {
  usage: 'rotation "A goal" --person <person-id> --host <team-id> --start YYYY-MM-DD --buddy <person-id> --cover <person-id> [--weeks 2] [--goal "…"]',
  fields: [
    { name: 'title', type: 'text', question: 'A goal of the rotation (one line)' },
    { name: 'person', type: 'text', required: true, question: 'Who rotates (a person id)', hint: idsHint('people'), check: reference('people') },
    {
      name: 'host',
      type: 'text',
      required: true,
      question: 'The team they visit (a team id)',
      hint: idsHint('teams'),
      check: (value, values, context) =>
        value === teamOfPerson(context, textOf(values, 'person'))
          ? 'is their own team — a rotation visits another team'
          : reference('teams')(value, values, context),
    },
    { name: 'start', type: 'text', required: true, question: 'First day (usually a Monday)', hint: () => 'a date, YYYY-MM-DD', check: dateCheck },
    { name: 'weeks', type: 'text', question: 'Length in weeks', default: () => '2', check: weeksCheck(WEEKS, 2) },
    {
      name: 'buddy',
      type: 'text',
      required: true,
      question: 'Their buddy on the host team (a person id)',
      check: (value, values, context) => {
        const team = teamOfPerson(context, value);
        const host = textOf(values, 'host');
        return team !== undefined && host !== undefined && team !== host
          ? `is on ${team} — the buddy is someone on ${host}, who looks after the visitor`
          : reference('people')(value, values, context);
      },
    },
    {
      name: 'cover',
      type: 'text',
      required: true,
      question: 'Who covers their work at home (a person id)',
      check: (value, values, context) => {
        const person = textOf(values, 'person');
        const home = teamOfPerson(context, person);
        if (value === person) return 'is the person who is away — choose someone who stays behind';
        const team = teamOfPerson(context, value);
        return team !== undefined && team !== home
          ? `is on ${team} — the cover is someone on ${home}, the home team`
          : reference('people')(value, values, context);
      },
    },
    { name: 'goal', type: 'texts', ask: true, question: 'Other goals, one line each' },
  ],
  build(values, context) {
    const person = must(values, 'person');
    const start = must(values, 'start');
    const weeks = Number(must(values, 'weeks'));
    const id = `${start}-${person}`;
    const path = entryPath(context, 'rotations', id, 'yaml');
    if (context.existingIds.rotations.has(id)) throw new ScaffoldError([alreadyExists(path)]);
    const span = rotationSpan({ start, weeks });
    const clash = context.handbook.rotations.find((other) => other.data.person === person && overlaps(rotationSpan(other.data), span));
    if (clash) throw new ScaffoldError([busy('rotations', person, clash.id, formatSpan(rotationSpan(clash.data)))]);
    const title = textOf(values, 'title');
    const goals = [...new Set([...(title === undefined ? [] : [oneLine(title)]), ...listOf(values, 'goal').map(oneLine)])];
    if (goals.length === 0) throw new ScaffoldError(['a rotation needs at least one goal — give it as the title, or with --goal "…"']);
    const lines = [
      ...yamlLines([
        ['person', person],
        ['hostTeam', must(values, 'host')],
        ['start', start],
        ['weeks', String(weeks)],
      ]),
      ...yamlTextList('goals', goals),
      ...yamlLines([
        ['buddy', must(values, 'buddy')],
        ['cover', must(values, 'cover')],
      ]),
    ];
    return oneNewFile({
      path,
      text: yamlFile(lines),
      notes: [`Runs ${formatSpan(span)}.`],
      next: [`When it has ended, add \`outcome:\` to ${path}: what was learned, and what changed.`, 'Run `npm run check`, then open a pull request.'],
    });
  },
};
