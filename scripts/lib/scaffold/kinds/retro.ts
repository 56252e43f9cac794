/** `npm run new -- retro`: a cross-team retrospective, with the teams that took part and who ran it; actions are added by hand. */
import { alreadyExists, dateCheck, idsHint, NO_WORDS, reference } from '../checks.ts';
import { listOf, ScaffoldError } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { markdownFile, oneLine, slugify, yamlIdList, yamlLines, yamlText, yamlTextList } from '../text.ts';

const retroSlug = (title: string) => slugify(title, 50);

/** Actions have three fields each, too many for flags: the file shows their shape in a comment. */
const ACTIONS_HELP = [
  '# Each action: what, who owns it (a person id, from any of the teams), when it is due, and',
  '# `done: false` until it is closed, then the date it was closed (e.g. done: 2026-12-04).',
  '#  - title: Agree the handoff checklist for schema changes',
  '#    owner: <person-id>',
  '#    due: YYYY-MM-DD',
  '#    done: false',
  'actions: []',
];

export const retro: KindTemplate = {
  usage: 'retro "What you looked back on" --team <team-id>,<team-id> --facilitator <person-id> [--date YYYY-MM-DD] [--went-well "…"] [--improve "…"]',
  fields: [
    {
      ...titleField,
      question: 'What the retrospective looked back on (a project, a launch, an incident)',
      check: (value) => (retroSlug(value) ? undefined : NO_WORDS),
    },
    {
      name: 'team',
      type: 'ids',
      required: true,
      question: 'Teams that took part (team ids, comma-separated, at least two)',
      hint: idsHint('teams'),
      check: reference('teams'),
    },
    { name: 'facilitator', type: 'text', required: true, question: 'Who ran it (a person id)', hint: idsHint('people'), check: reference('people') },
    { name: 'date', type: 'text', required: true, question: 'The day it was held', default: (_values, context) => context.today, check: dateCheck },
    { name: 'went-well', type: 'texts', ask: true, question: 'What went well (one line each)' },
    { name: 'improve', type: 'texts', ask: true, question: 'What could improve (one line each)' },
  ],
  build(values, context) {
    const title = must(values, 'title');
    const teams = [...new Set(listOf(values, 'team'))];
    if (teams.length < 2) {
      throw new ScaffoldError([
        `--team: a cross-team retrospective has at least two teams, and this lists ${teams[0] ?? 'none'} — add the other teams that took part`,
      ]);
    }
    const date = must(values, 'date');
    const id = `${date}-${retroSlug(title)}`;
    const path = entryPath(context, 'retros', id, 'md');
    if (context.existingIds.retros.has(id)) throw new ScaffoldError([alreadyExists(path)]);
    const front = [
      ...yamlLines([
        ['title', yamlText(title)],
        ['date', date],
        ['teams', yamlIdList(teams)],
        ['facilitator', must(values, 'facilitator')],
      ]),
      ...yamlTextList('wentWell', listOf(values, 'went-well').map(oneLine)),
      ...yamlTextList('improve', listOf(values, 'improve').map(oneLine)),
      ...ACTIONS_HELP,
    ];
    return oneNewFile({
      path,
      text: markdownFile(
        front,
        '<!-- A short summary for teams who read this later: what the project was, what each team saw, and what changed because of it. -->',
      ),
      next: [
        `Add the action items to \`actions:\` in ${path}, each owned by someone, ideally from different teams.`,
        'Run `npm run check`, then open a pull request.',
      ],
    });
  },
};
