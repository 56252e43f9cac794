/** `npm run new -- award`: the quarter's collaboration award, with its nominees; the winner is added once decided. */
import { quarterOf } from '../../../../src/lib/kudos/awards.ts';
import { QUARTER } from '../../../../src/schemas/awards.ts';
import { alreadyExists, NO_WORDS, reference } from '../checks.ts';
import { listOf, ScaffoldError } from '../fields.ts';
import type { ScaffoldContext, Values } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { slugify, yamlFile, yamlIdList, yamlLines, yamlText } from '../text.ts';

/** `team-a,team-b: what they did together` → its teams and its reason. */
const NOMINEE = /^([a-z0-9,\s-]+):\s*(\S.*)$/;

function nomineeCheck(value: string, values: Values, context: ScaffoldContext): string | undefined {
  const match = NOMINEE.exec(value);
  if (!match) return 'is not a nominee — write the teams, a colon, and what they did: "backend-platform,team-beta: the zero-downtime pooler rollout"';
  const teams = match[1]!.split(',').map((team) => team.trim());
  return teams.map((team) => reference('teams')(team, values, context)).find((problem) => problem !== undefined);
}

export const award: KindTemplate = {
  usage: 'award "Collaboration of the quarter" --nominee "<team-id>,<team-id>: what they did together" … [--quarter 2026-Q4]',
  fields: [
    { ...titleField, question: 'The award’s name', check: (value) => (slugify(value) ? undefined : NO_WORDS) },
    {
      name: 'quarter',
      type: 'text',
      required: true,
      question: 'Which quarter it is for',
      default: (_values, context) => quarterOf(context.today),
      check: (value) => (QUARTER.test(value) ? undefined : 'is not a quarter — write it as YYYY-Qn, e.g. 2026-Q4'),
    },
    {
      name: 'nominee',
      type: 'texts',
      required: true,
      question: 'A nominated collaboration: teams, a colon, what they did',
      hint: () => 'e.g. backend-platform,team-beta: the zero-downtime pooler rollout',
      check: nomineeCheck,
    },
  ],
  build(values, context) {
    const quarter = must(values, 'quarter');
    const id = `${quarter.toLowerCase()}-${slugify(must(values, 'title'))}`;
    const path = entryPath(context, 'awards', id, 'yaml');
    if (context.existingIds.awards.has(id)) throw new ScaffoldError([alreadyExists(path)]);
    const nominees = listOf(values, 'nominee').map((value) => NOMINEE.exec(value.trim())!);
    const lines = [
      ...yamlLines([
        ['quarter', quarter],
        ['title', yamlText(must(values, 'title'))],
      ]),
      'nominees:',
      ...nominees.flatMap((match) => [
        `  - teams: ${yamlIdList([...new Set(match[1]!.split(',').map((team) => team.trim()))])}`,
        `    for: ${yamlText(match[2]!.trim())}`,
      ]),
    ];
    return oneNewFile({
      path,
      text: yamlFile(lines),
      next: [
        `Once the award is decided, add \`winner:\` (the winning nominee's number, counting from 0), \`decided:\` (the day) and \`citation:\` to ${path}.`,
        'Run `npm run check`, then open a pull request.',
      ],
    });
  },
};
