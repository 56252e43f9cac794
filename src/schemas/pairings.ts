/**
 * A cross-team pair session: `content/pairings/<date>-<slug>.yaml`. People from at
 * least two teams work on one problem together for at most 90 minutes, with a clear
 * learning objective.
 */
import { z } from 'zod';
import { draft, entryId, isoDateTime, list, paragraph, text } from './fields.ts';

/** Longer sessions are allowed, with a warning: the program's sessions are short by design. */
export const PAIRING_MINUTES = 90;

export const pairingSchema = z.strictObject({
  /** When the session starts, with a time zone offset. */
  date: isoDateTime,
  /** Planned length in minutes; more than 90 is a warning. */
  durationMinutes: z.number().int().min(1).max(480),
  /** Who pairs (person ids): at least two, from at least two teams, at most 6. */
  people: list(entryId, 6).refine((people) => people.length >= 2, {
    message: 'needs at least two people',
    params: { fix: 'list everyone who pairs, as person ids, from at least two teams' },
  }),
  /** What the participants want to learn, in one line. */
  objective: text,
  /** What came of it, written after the session (at most 1,000 characters). */
  outcome: paragraph.optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type PairingInput = z.input<typeof pairingSchema>;
export type Pairing = z.output<typeof pairingSchema>;
