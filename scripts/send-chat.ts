/**
 * npm run send:chat -- [--week 2026-W47] [--format slack|teams|google-chat] [--dry-run] [--force] [--state file]
 * npm run send:chat -- --event decision-opened --id 0012-some-adr
 * npm run send:chat -- --event dependency-blocked --id some-dependency
 * Posts the week's digest in a few lines, or one event, to ATRIUM_CHAT_WEBHOOK_URL, once
 * (a message already posted is refused unless --force). --dry-run prints the payload.
 */
import { digestOfWeek, loadHandbookIndexes, relatedWorkOf, weekArgument } from './lib/send/digest-source.ts';
import { parseArgsOrExit } from './lib/cli/args.ts';
import { CHAT_EVENTS, eventChatMessage, type ChatEvent } from './lib/send/chat/events.ts';
import { CHAT_FORMATS, type ChatFormat, type ChatMessage } from './lib/send/chat/message.ts';
import { CHAT_PAYLOAD, postChatMessage } from './lib/send/chat/send.ts';
import { digestChatMessage } from './lib/send/chat/summary.ts';
import { config, notice, projectRoot, realClock, runCommand, siteLinks, stateFile } from './lib/send/cli.ts';
import { SendError } from './lib/send/failure.ts';
import { chatWebhookUrl } from './lib/send/settings.ts';

const usage = [
  'Usage: npm run send:chat -- [--week 2026-W47] [--format slack|teams|google-chat] [--dry-run] [--force] [--state .cache/atrium-sent.json]',
  '       npm run send:chat -- --event decision-opened|dependency-blocked --id <adr or dependency id> [--format …] [--dry-run] [--force]',
].join('\n');
const { values } = parseArgsOrExit(
  {
    options: {
      week: { type: 'string' },
      format: { type: 'string', default: 'slack' },
      event: { type: 'string' },
      id: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      state: { type: 'string' },
    },
  },
  usage,
);

const oneOf = <T extends string>(flag: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SendError(`--${flag} ${value} is not one of ${allowed.join(', ')}.\n\n${usage}`);
};

await runCommand(async () => {
  const format = oneOf<ChatFormat>('format', values.format, CHAT_FORMATS);
  const event = values.event === undefined ? undefined : oneOf<ChatEvent>('event', values.event, CHAT_EVENTS);
  if (event && !values.id) throw new SendError(`--event ${event} needs --id, the id of the ${event === 'decision-opened' ? 'ADR' : 'dependency'}.\n\n${usage}`);
  if (event && values.week) throw new SendError(`--week is for the weekly summary; --event posts one event as the handbook has it now.\n\n${usage}`);
  const url = values['dry-run'] ? undefined : chatWebhookUrl(process.env);
  const clock = realClock();
  const week = event ? undefined : weekArgument(values.week, clock.today);
  const h = await loadHandbookIndexes(projectRoot, clock);
  const message: ChatMessage = event
    ? eventChatMessage(event, h, values.id!, clock.today, siteLinks)
    : digestChatMessage(digestOfWeek(h, week!, clock, await relatedWorkOf(projectRoot, h, clock)), h, config.orgName, siteLinks);

  if (!url) {
    console.log(JSON.stringify(CHAT_PAYLOAD[format](message), null, 2));
    return;
  }
  const outcome = await postChatMessage(message, url, { format, stateFile: stateFile(values.state), force: values.force });
  if (outcome.status === 'already-posted') notice(`Not posted: "${message.title}" was posted on ${outcome.at}. Run again with --force to post it once more.`);
  else console.log(`Posted "${message.title}" to the ${format} webhook at ${url.host}.`);
});
