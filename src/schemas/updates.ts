/** A team's weekly update: `content/updates/<date>-<team>.md`; the body is optional prose. */
import { z } from 'zod';
import { draft, entryId, isoDate, text } from './fields.ts';

export const updateSchema = z.strictObject({
  /** The team reporting (a team id). */
  team: entryId,
  /** The day of the update. */
  date: isoDate,
  /** What shipped this week, one line each. */
  shipped: z.array(text).min(1, { message: 'lists nothing', params: { fix: 'list at least one thing the team shipped' } }),
  /** What comes next. */
  next: z.array(text).default([]),
  /** Where the team wants input from others. */
  lookingForInput: z.array(text).default([]),
  /** Hidden from production builds while true. */
  draft,
});

export type UpdateInput = z.input<typeof updateSchema>;
export type Update = z.output<typeof updateSchema>;
