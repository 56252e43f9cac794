/**
 * An ask for help: `content/asks/<date>-<slug>.md`. A team says what it is struggling
 * with, people of other teams volunteer, sometimes in a problem-solving session; once
 * solved, the body's `## Answer` section keeps what worked for the next team with the
 * same problem. The body (the problem, then the answer) is plain Markdown prose.
 */
import { z } from 'zod';
import { draft, entryId, isoDate, isoDateTime, list, tags, title } from './fields.ts';

/** Where an ask stands: nobody has helped yet, someone has, or it is solved (with an answer). */
export const ASK_STATUSES = ['open', 'helped', 'solved'] as const;
export type AskStatus = (typeof ASK_STATUSES)[number];

/** An open ask older than this many days is a warning, and flagged on the home page and in the digest. */
export const ASK_OPEN_DAYS = 14;

/** How long a problem-solving session is in the calendar, in minutes. */
export const ASK_SESSION_MINUTES = 60;

export const askSchema = z.strictObject({
  /** The problem, in one line, e.g. "Flaky Android builds on CI". */
  title,
  /** The team asking (a team id). */
  team: entryId,
  /** The day it was asked. */
  date: isoDate,
  /** `open`, `helped` (someone from another team stepped in) or `solved` (the body says how). */
  status: z.enum(ASK_STATUSES),
  /** Who helped (person ids), from other teams than the asking one; at most 20. */
  helpers: list(entryId, 20).default([]),
  /** The day help first came; required once helped or solved, never before `date`. */
  helpedOn: isoDate.optional(),
  /** When a problem-solving session is held, with a time zone offset; it goes into the calendars. */
  session: isoDateTime.optional(),
  /** Topics, for search and for finding who knows about them. */
  tags,
  /** Hidden from production builds while true. */
  draft,
});

export type AskInput = z.input<typeof askSchema>;
export type Ask = z.output<typeof askSchema>;
