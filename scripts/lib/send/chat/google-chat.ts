/**
 * Google Chat's payload for an incoming webhook: a card (`cardsV2`) with a section per
 * heading. Card text paragraphs read a little HTML, so content text is HTML-escaped
 * (a `<users/all>` mention in a title is shown, not sent); the card header is plain text.
 */
import { escapeHtml } from '../../../../src/lib/html/escape.ts';
import type { ChatLine, ChatMessage } from './message.ts';

const htmlLine = (line: ChatLine) =>
  line
    .map((part) => {
      const text = escapeHtml(part.text);
      const linked = part.url ? `<a href="${escapeHtml(part.url)}">${text}</a>` : text;
      return part.strong ? `<b>${linked}</b>` : linked;
    })
    .join('');

export function googleChatPayload(message: ChatMessage) {
  return {
    fallbackText: message.title,
    cardsV2: [
      {
        cardId: message.id,
        card: {
          header: { title: message.title, subtitle: message.summary },
          sections: [
            ...message.sections.map((section) => ({
              header: escapeHtml(section.heading),
              widgets: [{ textParagraph: { text: section.lines.map((line) => `• ${htmlLine(line)}`).join('<br>') } }],
            })),
            { widgets: [{ buttonList: { buttons: message.buttons.map((button) => ({ text: button.text, onClick: { openLink: { url: button.url } } })) } }] },
          ],
        },
      },
    ],
  };
}
