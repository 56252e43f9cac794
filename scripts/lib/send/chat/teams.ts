/**
 * Microsoft Teams' payload for a channel's incoming webhook (a Workflows "When a Teams
 * webhook request is received" flow, which replaced the Office 365 connectors): a
 * message with one Adaptive Card. Content text goes only into `TextRun`s of
 * `RichTextBlock`s, which Teams shows as written, with no Markdown and no `<at>` mentions.
 */
import type { ChatLine, ChatMessage } from './message.ts';

const run = (part: ChatLine[number], extra: Record<string, unknown> = {}) => ({
  type: 'TextRun',
  text: part.text,
  ...(part.strong ? { weight: 'Bolder' } : {}),
  ...(part.url ? { color: 'Accent', selectAction: { type: 'Action.OpenUrl', url: part.url } } : {}),
  ...extra,
});

const richText = (inlines: object[], extra: Record<string, unknown> = {}) => ({ type: 'RichTextBlock', inlines, ...extra });

export function teamsPayload(message: ChatMessage) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body: [
            richText([run({ text: message.title }, { size: 'Large', weight: 'Bolder' })]),
            richText([run({ text: message.summary })]),
            ...message.sections.flatMap((section) => [
              richText([run({ text: section.heading, strong: true })], { spacing: 'Medium' }),
              ...section.lines.map((line) => richText([run({ text: '• ' }), ...line.map((part) => run(part))], { spacing: 'Small' })),
            ]),
          ],
          actions: message.buttons.map((button) => ({ type: 'Action.OpenUrl', title: button.text, url: button.url })),
        },
      },
    ],
  };
}
