/** A guild (community of practice across teams): `content/guilds/<id>.md`; the body is the charter. */
import { z } from 'zod';
import { channelName, draft, entryId, httpUrl, isoDate, isoDateTime, list, nonEmptyList, paragraph, text, title } from './fields.ts';

export const guildSchema = z.strictObject({
  /** Display name, e.g. "API Guild". */
  name: title,
  /** One sentence: why the guild exists (at most 1,000 characters). */
  purpose: paragraph,
  /** People who run the guild (person ids), at most 20; each must also be a member. */
  leads: nonEmptyList(entryId, 'needs at least one lead', 'list the leads as person ids', 20),
  /** Everyone in the guild (person ids), at most 2,000. Represented teams are derived from them. */
  members: nonEmptyList(entryId, 'needs at least one member', 'list the members as person ids', 2_000),
  /** How often it meets, in words: "Every other Thursday, 16:00 UTC". */
  cadence: text,
  /** The next meeting, with a time zone offset. */
  nextMeeting: isoDateTime.optional(),
  /** The guild's chat channel. */
  channel: channelName,
  /** Useful links, at most 100. */
  resources: list(z.strictObject({ /** Link text. */ title, /** Address. */ url: httpUrl })).default([]),
  /** When the guild started. */
  founded: isoDate,
  /** When a lead last confirmed the page is true; older than `staleAfterDays` is a warning. */
  reviewed: isoDate.optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type GuildInput = z.input<typeof guildSchema>;
export type Guild = z.output<typeof guildSchema>;
