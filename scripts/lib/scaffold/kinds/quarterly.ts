/**
 * `npm run new -- survey 2026-Q4` and `npm run new -- signals 2026-Q4`: the file of a
 * quarter's aggregates, named by the quarter. A survey starts with the pulse question and
 * no result (results come from the survey tool); a signals file starts empty and is
 * filled by `npm run signals:git` and `npm run signals:reviews`.
 */
import { QUARTER_ID } from '../../../../src/schemas/quarter.ts';
import { alreadyExists } from '../checks.ts';
import { ScaffoldError } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { yamlFile } from '../text.ts';

const quarterCheck = (value: string) =>
  QUARTER_ID.test(value.trim().toUpperCase()) ? undefined : 'is not a quarter — write the year and the quarter, e.g. 2026-Q4';

function quarterly(
  collection: 'surveys' | 'signals',
  usage: string,
  lines: (quarter: string) => string[],
  next: (quarter: string, path: string) => string[],
): KindTemplate {
  return {
    usage,
    fields: [{ ...titleField, question: 'Which quarter (e.g. 2026-Q4)', check: quarterCheck }],
    build(values, context) {
      const quarter = must(values, 'title').trim().toUpperCase();
      const id = quarter.toLowerCase();
      const path = entryPath(context, collection, id, 'yaml');
      if (context.existingIds[collection].has(id)) throw new ScaffoldError([alreadyExists(path)]);
      return oneNewFile({ path, text: yamlFile([`quarter: ${quarter}`, ...lines(quarter)]), next: next(quarter, path) });
    },
  };
}

export const survey = quarterly(
  'surveys',
  'survey 2026-Q4',
  () => [
    'questions:',
    '  - id: cross-team',
    '    text: I regularly interact with people from other teams',
    '# One line per team and question, copied from the survey tool: at least 5 responses, and the',
    '# distribution (how many answered 1, 2, 3, 4 and 5) adds up to them, e.g.',
    '#  - { team: mobile, question: cross-team, responses: 6, mean: 3.5, distribution: [0, 1, 2, 2, 1] }',
    'results: []',
  ],
  (_, path) => [`Add each team's result to \`results\` in ${path}.`, 'Run `npm run check`, then open a pull request.'],
);

export const signals = quarterly(
  'signals',
  'signals 2026-Q4',
  () => ['source: not counted yet', 'pairs: []'],
  (quarter) => [
    `Count it from your repositories: npm run signals:git -- <path-to-clone>... --quarter ${quarter}`,
    'and from pull-request reviews: npm run signals:reviews -- <export.json> (see the README for the `gh api` command).',
  ],
);
