/** `npm run new -- kudos`: thanks from one person to people and/or teams of other teams. */
import { alreadyExists, dateCheck, idsHint, NO_WORDS, reference, urlCheck } from '../checks.ts';
import { listOf, ScaffoldError, textOf, type Values } from '../fields.ts';
import { teamOfPerson } from '../people.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import type { ScaffoldContext } from '../fields.ts';
import { slugify, yamlFile, yamlIdListOrNone, yamlLines, yamlText } from '../text.ts';

const kudosSlug = (reason: string) => slugify(reason, 50);

/** A recipient on the giver's own team: thanks here cross a team line. */
function sameTeam(team: string | undefined, values: Values, context: ScaffoldContext): string | undefined {
  const giverTeam = teamOfPerson(context, textOf(values, 'from'));
  return team !== undefined && team === giverTeam ? `is on ${team}, the giver's own team — kudos here thank people and teams of other teams` : undefined;
}

export const kudos: KindTemplate = {
  usage: 'kudos "What for, in one line" --from <person-id> [--to <person-id>,…] [--team <team-id>,…] [--date YYYY-MM-DD] [--link https://…]',
  fields: [
    { ...titleField, question: 'What you thank them for (one line, read out at the all-hands)', check: (value) => (kudosSlug(value) ? undefined : NO_WORDS) },
    { name: 'from', type: 'text', required: true, question: 'Who gives thanks (your person id)', hint: idsHint('people'), check: reference('people') },
    {
      name: 'to',
      type: 'ids',
      ask: true,
      question: 'People you thank (person ids on other teams, comma-separated)',
      check: (value, values, context) => sameTeam(teamOfPerson(context, value), values, context) ?? reference('people')(value, values, context),
    },
    {
      name: 'team',
      type: 'ids',
      ask: true,
      question: 'Whole teams you thank (team ids, comma-separated)',
      hint: idsHint('teams'),
      check: (value, values, context) => sameTeam(value, values, context) ?? reference('teams')(value, values, context),
    },
    { name: 'date', type: 'text', required: true, question: 'When', default: (_values, context) => context.today, check: dateCheck },
    { name: 'link', type: 'text', question: 'Where to read more (the pull request, incident or thread)', check: urlCheck },
  ],
  build(values, context) {
    const reason = must(values, 'title');
    const to = [...new Set(listOf(values, 'to'))];
    const teams = [...new Set(listOf(values, 'team'))];
    if (to.length === 0 && teams.length === 0)
      throw new ScaffoldError(['kudos need someone to thank — name people with --to, whole teams with --team, or both']);
    const id = `${must(values, 'date')}-${kudosSlug(reason)}`;
    const path = entryPath(context, 'kudos', id, 'yaml');
    if (context.existingIds.kudos.has(id)) throw new ScaffoldError([alreadyExists(path)]);
    const lines = yamlLines([
      ['date', must(values, 'date')],
      ['from', must(values, 'from')],
      ['to', yamlIdListOrNone(to)],
      ['teams', yamlIdListOrNone(teams)],
      ['for', yamlText(reason)],
      ['link', textOf(values, 'link')],
    ]);
    return oneNewFile({
      path,
      text: yamlFile(lines),
      next: ['Run `npm run check`, then open a pull request: the kudos is read out with its month at the all-hands.'],
    });
  },
};
