/** A team's weekly update: `content/updates/<date>-<team>.md`; the body is optional prose. */
import { z } from 'zod';
import { draft, entryId, isoDate, nonEmptyList, text } from './fields.ts';

export const updateSchema = z.strictObject({
  /** The team reporting (a team id). */
  team: entryId,
  /** The day of the update. */
  date: isoDate,
  /** What shipped this week, one line each. */
  shipped: nonEmptyList(text, 'lists nothing', 'list at least one thing the team shipped'),
  /** What comes next. */
  next: z.array(text).default([]),
  /** Where the team wants input from others. */
  lookingForInput: z.array(text).default([]),
  /** Hidden from production builds while true. */
  draft,
});

export type UpdateInput = z.input<typeof updateSchema>;
export type Update = z.output<typeof updateSchema>;
