/**
 * A chat message before it takes a chat's format: headings, lines of text and links,
 * and buttons. Every `text` here is plain text as the content wrote it (titles, topics,
 * names); each format escapes it its own way (./slack.ts, ./teams.ts, ./google-chat.ts),
 * so nothing in the content can format, mention or link in a chat.
 */
export interface ChatPart {
  text: string;
  url?: string;
  strong?: boolean;
}

/** One line: parts side by side. */
export type ChatLine = ChatPart[];

export interface ChatSection {
  heading: string;
  lines: ChatLine[];
}

export interface ChatMessage {
  /** A stable id for the card (Google Chat's `cardId`): `digest-2026-w47`, `decision-opened-0012-…`. */
  id: string;
  title: string;
  /** One sentence under the title. */
  summary: string;
  sections: ChatSection[];
  buttons: { text: string; url: string }[];
}

export const CHAT_FORMATS = ['slack', 'teams', 'google-chat'] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

/** A line's text without links or emphasis, for notifications and fallbacks. */
export const lineText = (line: ChatLine) => line.map((part) => part.text).join('');

/** At most `max` lines, then one saying how many more there are. */
export function capped(lines: ChatLine[], max: number, more: (count: number) => string): ChatLine[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), [{ text: more(lines.length - max) }]];
}
