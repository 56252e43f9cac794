/** `npm run new -- ask`: a team asks other teams for help, open from today, optionally with a problem-solving session. */
import { alreadyExists, dateCheck, idsHint, NO_WORDS, reference, tagCheck, timeZoneCheck } from '../checks.ts';
import { listOf, ScaffoldError, textOf } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { markdownFile, slugify, yamlIdListOrNone, yamlLines, yamlText } from '../text.ts';
import { LOCAL_TIME, talkDateCheck, talkStart } from './talk.ts';

const askSlug = (title: string) => slugify(title, 50);

const BODY = `<!-- What you are struggling with, what you have tried, and what kind of help would move it: a pair of eyes, a session, a pointer.
When someone from another team has helped, set status: helped and helpedOn. Once it is solved, set status: solved and end this file
with a section headed "## Answer" saying what solved it, for the next team with the same problem. -->`;

export const ask: KindTemplate = {
  usage: 'ask "What you are stuck on" --team <team-id> [--tag <tag>] [--date YYYY-MM-DD] [--session "2026-12-03 09:00" [--timezone Europe/Lisbon]]',
  fields: [
    { ...titleField, question: 'What your team is struggling with (one line)', check: (value) => (askSlug(value) ? undefined : NO_WORDS) },
    { name: 'team', type: 'text', required: true, question: 'The team asking (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'date', type: 'text', required: true, question: 'The day you ask', default: (_values, context) => context.today, check: dateCheck },
    { name: 'tag', type: 'ids', ask: true, question: 'Tags (topics, so people who know them find the ask)', check: tagCheck },
    {
      name: 'session',
      type: 'text',
      question: 'A problem-solving session, if one is planned',
      hint: () => 'e.g. 2026-12-03 09:00, or 2026-12-03T09:00:00Z',
      check: talkDateCheck,
    },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      when: (values) => LOCAL_TIME.test(textOf(values, 'session') ?? ''),
      question: 'Time zone of the session',
      default: (_values, context) => context.defaultTimezone,
      check: timeZoneCheck,
    },
  ],
  build(values, context) {
    const title = must(values, 'title');
    const date = must(values, 'date');
    const id = `${date}-${askSlug(title)}`;
    const path = entryPath(context, 'asks', id, 'md');
    if (context.existingIds.asks.has(id)) throw new ScaffoldError([alreadyExists(path)]);
    const sessionValue = textOf(values, 'session');
    const session = sessionValue === undefined ? undefined : talkStart(sessionValue, textOf(values, 'timezone'));
    const front = yamlLines([
      ['title', yamlText(title)],
      ['team', must(values, 'team')],
      ['date', date],
      ['status', 'open'],
      ['session', session?.dateTime],
      ['tags', yamlIdListOrNone([...new Set(listOf(values, 'tag'))])],
    ]);
    return oneNewFile({
      path,
      text: markdownFile(front, BODY),
      notes: session?.zone
        ? [`The session starts ${session.dateTime.slice(0, 10)} ${session.dateTime.slice(11, 16)} ${session.zone} (${session.dateTime}).`]
        : [],
      next: [
        `Describe the problem in the body of ${path}: what you tried and what would help.`,
        'Run `npm run check`, then open a pull request; post the ask’s page in the channels of the teams who might know.',
      ],
    });
  },
};
