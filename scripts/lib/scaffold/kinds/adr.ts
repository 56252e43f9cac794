/** `npm run new -- adr`: a proposed decision record, numbered after the handbook's own, open for comments for two weeks. */
import { addDays } from '../../../../src/lib/time/dates.ts';
import { dateCheck, idsHint, NO_WORDS, reference, tagCheck } from '../checks.ts';
import { listOf } from '../fields.ts';
import { adrWithSlug, formatAdrNumber, nextAdrNumber } from '../numbering.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { markdownFile, slugify, yamlIdList, yamlIdListOrNone, yamlLines, yamlText } from '../text.ts';
import { ADR_KINDS } from '../../../../src/schemas/adrs.ts';
import { adrLabel } from '../../../../src/lib/adr-label.ts';

/** The sections an accepted ADR needs, and Alternatives Considered, each with a prompt for what goes in it. */
const BODY = [
  '## Context',
  '',
  '<!-- TODO: What is the problem, and why does it need a decision now? Who is affected? -->',
  '',
  '## Decision',
  '',
  '<!-- TODO: What we will do, in the active voice: "We will …". -->',
  '',
  '## Consequences',
  '',
  '<!-- TODO: What becomes easier or harder, what it costs, what we must do now. -->',
  '',
  '## Alternatives Considered',
  '',
  '<!-- TODO: The other options, and why we did not choose them. -->',
].join('\n');

const adrSlug = (value: string) => slugify(value);

export const adr: KindTemplate = {
  usage:
    'adr "Use PostgreSQL for orders" --team <team-id> [--kind architecture|process|product|organization] [--option "Option A in a sentence"]… [--decider <person-id>] [--consulted <team-id>] [--tag <tag>] [--feedback-by YYYY-MM-DD]',
  fields: [
    {
      ...titleField,
      question: 'Title of the decision, phrased as what is done (e.g. "Use PostgreSQL for orders")',
      check: (value, _values, context) => {
        const slug = adrSlug(value);
        if (!slug) return NO_WORDS;
        const existing = adrWithSlug(context.existingIds.adrs, slug);
        return existing
          ? `${entryPath(context, 'adrs', existing, 'md')} already records a decision with this title, and nothing is ever overwritten — edit that ADR, or choose a different title`
          : undefined;
      },
    },
    { name: 'team', type: 'ids', required: true, question: 'Owning team or teams (team ids)', hint: idsHint('teams'), check: reference('teams') },
    {
      name: 'kind',
      type: 'text',
      required: true,
      question: 'What the decision is about',
      default: () => 'architecture',
      hint: () => `one of: ${ADR_KINDS.join(', ')}`,
      check: (value) => ((ADR_KINDS as readonly string[]).includes(value) ? undefined : `is not a kind — use one of: ${ADR_KINDS.join(', ')}`),
    },
    {
      name: 'option',
      type: 'texts',
      ask: true,
      question: 'The options on the table, one line each ("Option A vs. Option B")',
      check: (value) => (slugify(value, 40) ? undefined : NO_WORDS),
    },
    { name: 'decider', type: 'ids', ask: true, question: 'Who decides (person ids, comma-separated)', check: reference('people') },
    { name: 'consulted', type: 'ids', question: 'Teams whose input is sought (team ids)', check: reference('teams') },
    { name: 'tag', type: 'ids', question: 'Tags', check: tagCheck },
    {
      name: 'feedback-by',
      type: 'text',
      question: 'Last day for comments',
      default: (_values, context) => addDays(context.today, 14),
      check: (value, _values, context) =>
        dateCheck(value) ?? (value < context.today ? `is in the past — comments need a future date, e.g. ${addDays(context.today, 14)}` : undefined),
    },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const number = formatAdrNumber(nextAdrNumber(context.existingIds.adrs));
    const id = `${number}-${adrSlug(name)}`;
    const feedbackBy = must(values, 'feedback-by');
    const kind = must(values, 'kind') as (typeof ADR_KINDS)[number];
    const options = listOf(values, 'option').map((summary) => `  - id: ${slugify(summary, 40)}\n    summary: ${yamlText(summary)}`);
    const front = [
      ...yamlLines([
        ['title', yamlText(name)],
        ['status', 'proposed'],
        ['date', context.today],
        ['teams', yamlIdList(listOf(values, 'team'))],
        ['deciders', yamlIdListOrNone(listOf(values, 'decider'))],
        ['consulted', yamlIdListOrNone(listOf(values, 'consulted'))],
        ['feedbackBy', feedbackBy],
        ['tags', yamlIdListOrNone(listOf(values, 'tag'))],
        ['kind', kind === 'architecture' ? undefined : kind],
      ]),
      ...(options.length ? ['options:', ...options] : []),
      'draft: true',
    ];
    const path = entryPath(context, 'adrs', id, 'md');
    return oneNewFile({
      path,
      text: markdownFile(front, BODY),
      notes: [
        `${adrLabel(id, kind)} is proposed and starts as a draft (\`draft: true\`), so it is not published yet; comments are open until ${feedbackBy} (\`feedbackBy\`).`,
      ],
      next: [
        `Write the Context, Decision, Consequences and Alternatives Considered sections in ${path}.`,
        'Replace every `TODO:` comment (`npm run check` fails on one left in a published entry), then remove `draft: true` to publish the ADR.',
        'Run `npm run check`, then open a pull request and share it with the teams it affects.',
        "When the decision is made, set `status: accepted` (or `rejected`). If it replaces an older ADR, add that ADR's id to `supersedes` and set the older one's status to `superseded`.",
        'With options, name the chosen one in `decision: { option: <its id>, summary: "…" }`; record how each consulted team answered under `responses`.',
      ],
    });
  },
};
