/** `npm run new -- update`: a team's weekly update (what shipped, what is next, where it wants input), one per team and day. */
import { dateCheck, idsHint, reference } from '../checks.ts';
import { listOf, ScaffoldError, textOf } from '../fields.ts';
import { entryPath, must, oneNewFile, type KindTemplate } from '../template.ts';
import { markdownFile, oneLine, yamlTextList } from '../text.ts';

export const update: KindTemplate = {
  usage: 'update "What shipped" --team <team-id> [--shipped "…"] [--next "…"] [--input "…"] [--date YYYY-MM-DD]',
  fields: [
    { name: 'title', type: 'text', question: 'What shipped (one line)' },
    { name: 'team', type: 'text', required: true, question: 'Team (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'date', type: 'text', required: true, question: 'Date of the update', default: (_values, context) => context.today, check: dateCheck },
    { name: 'shipped', type: 'texts', required: true, question: 'What the team shipped', default: (values) => textOf(values, 'title') },
    { name: 'next', type: 'texts', ask: true, question: 'What comes next' },
    { name: 'input', type: 'texts', ask: true, question: 'Where the team wants input from others' },
  ],
  build(values, context) {
    const teamId = must(values, 'team');
    const date = must(values, 'date');
    const id = `${date}-${teamId}`;
    if (context.existingIds.updates.has(id)) {
      throw new ScaffoldError([
        `${entryPath(context, 'updates', id, 'md')} already exists: ${teamId} has an update for ${date}, and nothing is ever overwritten — add to that file instead`,
      ]);
    }
    const title = textOf(values, 'title');
    const shipped = [...new Set([...(title === undefined ? [] : [oneLine(title)]), ...listOf(values, 'shipped').map(oneLine)])];
    const front = [
      `team: ${teamId}`,
      `date: ${date}`,
      ...yamlTextList('shipped', shipped),
      ...yamlTextList('next', listOf(values, 'next').map(oneLine)),
      ...yamlTextList('lookingForInput', listOf(values, 'input').map(oneLine)),
    ];
    const path = entryPath(context, 'updates', id, 'md');
    return oneNewFile({
      path,
      text: markdownFile(front, '<!-- Optional: a paragraph of context, e.g. what is at risk and why. -->'),
      next: ["Run `npm run check`, then open a pull request. The update appears in this week's digest."],
    });
  },
};
