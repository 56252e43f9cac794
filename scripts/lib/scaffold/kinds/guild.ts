/** `npm run new -- guild`: a guild page, its leads counted among its members, its charter left to write. */
import { channel, channelCheck, freeId, idsHint, reference } from '../checks.ts';
import { listOf, textOf } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { markdownFile, slugify, yamlIdList, yamlLines, yamlText } from '../text.ts';

export const guild: KindTemplate = {
  usage:
    'guild "Security Guild" --purpose "…" --lead <person-id> [--member <person-id>] --cadence "Every other Thursday, 16:00 UTC" [--channel guild-security]',
  fields: [
    { ...titleField, question: 'Name of the guild', check: freeId('guilds', 'md', (value) => slugify(value)) },
    { name: 'purpose', type: 'text', required: true, question: 'One sentence: why the guild exists' },
    { name: 'lead', type: 'ids', required: true, question: 'Leads (person ids, comma-separated)', hint: idsHint('people'), check: reference('people') },
    { name: 'member', type: 'ids', ask: true, question: 'Other members (person ids, comma-separated; leads are members already)', check: reference('people') },
    { name: 'cadence', type: 'text', required: true, question: 'How often it meets', hint: () => 'e.g. Every other Thursday, 16:00 UTC' },
    {
      name: 'channel',
      type: 'text',
      required: true,
      question: 'Chat channel',
      default: (values) => `guild-${slugify(textOf(values, 'title') ?? '').replace(/-?guild-?/g, '') || 'guild'}`,
      check: channelCheck,
    },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const id = slugify(name);
    const leads = listOf(values, 'lead');
    // Leads must be members (an integrity rule), so they are added rather than asked for twice.
    const members = [...new Set([...leads, ...listOf(values, 'member')])];
    const front = yamlLines([
      ['name', yamlText(name)],
      ['purpose', yamlText(must(values, 'purpose'))],
      ['leads', yamlIdList(leads)],
      ['members', yamlIdList(members)],
      ['cadence', yamlText(must(values, 'cadence'))],
      ['channel', yamlText(channel(must(values, 'channel')))],
      ['founded', context.today],
    ]);
    const body = '<!-- The charter: mission, scope, how decisions are made and how to join. -->';
    const path = entryPath(context, 'guilds', id, 'md');
    return oneNewFile({
      path,
      text: markdownFile(front, body),
      next: [
        `Write the guild's charter in ${path}; add \`nextMeeting\` and \`resources\` when you have them.`,
        'Run `npm run check`, then open a pull request.',
      ],
    });
  },
};
