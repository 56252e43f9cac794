/** `npm run new -- dependency`: one team's need of another team's deliverable, refused when it would close a cycle. */
import { findCycles } from '../../../../src/lib/graph/cycles.ts';
import { deliverableKey } from '../../../../src/lib/dependencies.ts';
import { DEPENDENCY_STATUSES } from '../../../../src/schemas/dependencies.ts';
import { dateCheck, idsHint, reference, urlCheck } from '../checks.ts';
import { ScaffoldError, textOf, type ScaffoldContext } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { slugify, yamlFile, yamlLines, yamlText } from '../text.ts';

interface Endpoint {
  team: string;
  deliverable: string;
}

/**
 * The cycle of deliverables the new need would close, if any. The check refuses such a
 * cycle; the scaffolder refuses it too, before anything is written.
 */
function cycleThrough(from: Endpoint, to: Endpoint, context: ScaffoldContext): string[] | undefined {
  const edges = new Map<string, string[]>();
  for (const entry of [...context.handbook.dependencies.map((d) => d.data), { from, to }]) {
    edges.set(deliverableKey(entry.from), [...(edges.get(deliverableKey(entry.from)) ?? []), deliverableKey(entry.to)]);
  }
  return findCycles(edges.keys(), (node) => edges.get(node) ?? []).find((nodes) => nodes.includes(deliverableKey(from)));
}

export const dependency: KindTemplate = {
  usage:
    'dependency "Orders API v2" --team <your-team> --for "Offline sync" --on <their-team> --need-by YYYY-MM-DD [--status planned] [--contact <person-id>] [--link <url>] [--notes "…"]',
  fields: [
    { ...titleField, question: 'What your team needs from the other team (their deliverable)' },
    { name: 'team', type: 'text', required: true, question: 'Your team, which needs it (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'for', type: 'text', required: true, question: 'Which of your deliverables needs it' },
    {
      name: 'on',
      type: 'text',
      required: true,
      question: 'The team that provides it (a team id)',
      hint: idsHint('teams'),
      check: (value, values, context) =>
        value === textOf(values, 'team')
          ? 'is your own team — a dependency is between two teams; record work inside one team on its page instead'
          : reference('teams')(value, values, context),
    },
    { name: 'need-by', type: 'text', required: true, question: 'When you need it', hint: () => 'a date, YYYY-MM-DD', check: dateCheck },
    {
      name: 'status',
      type: 'text',
      required: true,
      question: 'Where delivery stands',
      default: () => 'planned',
      hint: () => `one of: ${DEPENDENCY_STATUSES.join(', ')}`,
      check: (value) =>
        (DEPENDENCY_STATUSES as readonly string[]).includes(value) ? undefined : `is not a status — use one of: ${DEPENDENCY_STATUSES.join(', ')}`,
    },
    { name: 'contact', type: 'text', question: 'Who to ask (a person id)', check: reference('people') },
    { name: 'link', type: 'text', question: 'Issue or document tracking it', check: urlCheck },
    { name: 'notes', type: 'text', question: 'Context in a sentence or two' },
  ],
  build(values, context) {
    const needed = must(values, 'title');
    const from = { team: must(values, 'team'), deliverable: must(values, 'for') };
    const to = { team: must(values, 'on'), deliverable: needed };
    const id = `${from.team}-${slugify(from.deliverable, 40)}-on-${to.team}-${slugify(to.deliverable, 40)}`;
    if (context.existingIds.dependencies.has(id)) {
      throw new ScaffoldError([
        `${entryPath(context, 'dependencies', id, 'yaml')} already records that ${from.team}'s "${from.deliverable}" needs ${to.team}'s "${to.deliverable}", and nothing is ever overwritten — edit that file instead`,
      ]);
    }
    const cycle = cycleThrough(from, to, context);
    if (cycle) {
      throw new ScaffoldError([
        `this dependency would close a cycle of deliverables: ${cycle.join(' → ')} — each would wait for itself; check which way the need goes`,
      ]);
    }
    const lines = [
      'from:',
      `  team: ${from.team}`,
      `  deliverable: ${yamlText(from.deliverable)}`,
      'to:',
      `  team: ${to.team}`,
      `  deliverable: ${yamlText(to.deliverable)}`,
      ...yamlLines([
        ['status', must(values, 'status')],
        ['needBy', must(values, 'need-by')],
        ['contact', textOf(values, 'contact')],
        ['link', textOf(values, 'link')],
        ['notes', textOf(values, 'notes') === undefined ? undefined : yamlText(must(values, 'notes'))],
        ['reviewed', context.today],
      ]),
      // The first entry of its history: the review agenda and the digest read status changes from it.
      'history:',
      `  - { date: ${context.today}, status: ${must(values, 'status')} }`,
    ];
    const path = entryPath(context, 'dependencies', id, 'yaml');
    return oneNewFile({
      path,
      text: yamlFile(lines),
      next: [
        `Tell ${to.team} about it, and keep \`status\` current in ${path} as delivery moves: each change is a new \`history\` entry (date, status, a note on why) and the new \`status\`.`,
        'Run `npm run check`, then open a pull request.',
      ],
    });
  },
};
