/**
 * Slack's incoming-webhook payload: Block Kit with mrkdwn sections. Content text is
 * escaped the way Slack asks (`&`, `<`, `>` as entities, so `<!channel>` or `<@U123>`
 * in a title is text), sections are `verbatim` (no automatic `@here`, `#channel` or
 * link parsing), and, as mrkdwn has no escape character, a zero-width space stands on
 * each side of `* _ ~ `` ` and after `@` so a title like `*urgent*` stays literal.
 */
import type { ChatLine, ChatMessage, ChatSection } from './message.ts';

export function slackText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, '\u200B$&\u200B')
    .replace(/@/g, '@\u200B');
}

/** A URL inside `<url|text>`: the characters that would end it or split it, percent-encoded. */
const slackUrl = (url: string) => url.replace(/[<>|]/g, encodeURIComponent).replace(/&/g, '&amp;');

const slackLine = (line: ChatLine) =>
  line
    .map((part) => {
      const text = slackText(part.text);
      const linked = part.url ? `<${slackUrl(part.url)}|${text}>` : text;
      return part.strong ? `*${linked}*` : linked;
    })
    .join('');

/** Slack refuses a section over 3,000 characters: whole lines are left out rather than one cut inside a link. */
const SECTION_LIMIT = 3000;

function sectionText(section: ChatSection): string {
  const lines = [`*${slackText(section.heading)}*`, ...section.lines.map((line) => `• ${slackLine(line)}`)];
  const more = '• … more in the digest';
  while (lines.join('\n').length > SECTION_LIMIT && lines.length > 2) {
    if (lines.at(-1) === more) lines.splice(-2, 1);
    else lines[lines.length - 1] = more;
  }
  return lines.join('\n');
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });

export function slackPayload(message: ChatMessage) {
  return {
    // The notification's text, and what clients without blocks show.
    text: slackText(message.title),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: message.title.slice(0, 150), emoji: false } },
      { type: 'section', text: mrkdwn(slackText(message.summary)) },
      ...message.sections.map((section) => ({ type: 'section', text: mrkdwn(sectionText(section)) })),
      { type: 'context', elements: [mrkdwn(message.buttons.map((button) => `<${slackUrl(button.url)}|${slackText(button.text)}>`).join(' · '))] },
    ],
  };
}
