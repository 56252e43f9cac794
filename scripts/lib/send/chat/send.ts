/**
 * One chat message, in the chat's format, posted once: a summary or an event already
 * posted (by the state file) is refused unless forced, like the email.
 */
import { readSentState, recordSent } from '../sent-state.ts';
import type { RetryPolicy } from '../retry.ts';
import { googleChatPayload } from './google-chat.ts';
import type { ChatFormat, ChatMessage } from './message.ts';
import { postChat } from './post.ts';
import { slackPayload } from './slack.ts';
import { teamsPayload } from './teams.ts';

export const CHAT_PAYLOAD: Record<ChatFormat, (message: ChatMessage) => object> = {
  slack: slackPayload,
  teams: teamsPayload,
  'google-chat': googleChatPayload,
};

export type ChatOutcome = { status: 'posted'; reply: string } | { status: 'already-posted'; at: string };

export interface PostOptions {
  format: ChatFormat;
  stateFile: string;
  force?: boolean;
  retry?: RetryPolicy;
}

export async function postChatMessage(message: ChatMessage, url: URL, options: PostOptions): Promise<ChatOutcome> {
  const key = `chat:${message.id}`;
  const previous = (await readSentState(options.stateFile))[key];
  if (previous && !options.force) return { status: 'already-posted', at: previous.at };
  const reply = await postChat(url, CHAT_PAYLOAD[options.format](message), {
    what: `Posting "${message.title}" to the ${options.format} webhook`,
    ...(options.retry ? { retry: options.retry } : {}),
  });
  await recordSent(options.stateFile, key, { at: new Date().toISOString(), id: options.format, ...(previous ? { resends: (previous.resends ?? 0) + 1 } : {}) });
  return { status: 'posted', reply };
}
