/** A team's weekly update: `content/updates/<date>-<team>.md`; the body is optional prose. */
import { z } from 'zod';
import { draft, entryId, isoDate, list, nonEmptyList, text } from './fields.ts';

/** Largest body of an update, in UTF-8 bytes: updates go whole into the feeds and the weekly digest. */
export const UPDATE_BODY_LIMIT = 100_000;

export const updateSchema = z.strictObject({
  /** The team reporting (a team id). */
  team: entryId,
  /** The day of the update. */
  date: isoDate,
  /** What shipped this week, one line each; at most 100. */
  shipped: nonEmptyList(text, 'lists nothing', 'list at least one thing the team shipped'),
  /** What comes next, at most 100. */
  next: list(text).default([]),
  /** Where the team wants input from others, at most 100. */
  lookingForInput: list(text).default([]),
  /** Hidden from production builds while true. */
  draft,
});

export type UpdateInput = z.input<typeof updateSchema>;
export type Update = z.output<typeof updateSchema>;
