/**
 * A cross-team mentorship: `content/mentorships/<start>-<mentee>.yaml`. The mentor is
 * deliberately on another team; in reverse mentoring a junior engineer teaches a
 * senior one a technology they know better.
 */
import { z } from 'zod';
import { draft, entryId, isoDate, nonEmptyList, paragraph, text } from './fields.ts';

/** `mentorship`: the mentor is the more experienced; `reverse`: a junior engineer teaches a senior one. */
export const MENTORSHIP_KINDS = ['mentorship', 'reverse'] as const;
export type MentorshipKind = (typeof MENTORSHIP_KINDS)[number];

export const mentorshipSchema = z.strictObject({
  /** Who teaches (a person id), on another team than the mentee. */
  mentor: entryId,
  /** Who learns (a person id). */
  mentee: entryId,
  /** Classic mentorship, or reverse mentoring. */
  kind: z.enum(MENTORSHIP_KINDS).default('mentorship'),
  /** First meeting's date. */
  start: isoDate,
  /** Length in whole weeks, 1 to 52; twelve is usual. */
  weeks: z.number().int().min(1).max(52).default(12),
  /** How often they meet, e.g. "weekly, 45 minutes" or "twice a week". */
  cadence: text,
  /** What they work on, one line each; at least one, at most 10. */
  topics: nonEmptyList(text, 'lists no topic', 'write what the mentorship is about, one topic a line', 10),
  /** What came of it, written once it has ended (at most 1,000 characters). */
  outcome: paragraph.optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type MentorshipInput = z.input<typeof mentorshipSchema>;
export type Mentorship = z.output<typeof mentorshipSchema>;
