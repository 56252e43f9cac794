/**
 * Collaboration signals from code repositories: `content/signals/<quarter>.yaml`, written
 * by `npm run signals:git` and `npm run signals:reviews`, not by hand. Per ordered pair of
 * teams: reviews `from` gave on `to`'s code, commits `from` made to files `to` owns, and
 * commits people of both wrote together (co-authored).
 */
import { z } from 'zod';
import { draft, entryId, list, text } from './fields.ts';
import { quarterId } from './quarter.ts';

const count = z.number().int().min(0).max(10_000_000).default(0);

export const signalPairSchema = z.strictObject({
  /** The team whose people did the work (a team id). */
  from: entryId,
  /** The other team: owner of the reviewed or changed code, or the co-author's team (a team id). */
  to: entryId,
  /** Pull-request reviews by `from` on pull requests of `to`. */
  reviews: count,
  /** Commits by `from` that touch files `to` owns (CODEOWNERS). */
  commits: count,
  /** Commits with authors from both teams (a `Co-authored-by` trailer). */
  coAuthored: count,
});

export const signalsSchema = z.strictObject({
  /** The quarter counted, `2026-Q4`; the same as the file name. */
  quarter: quarterId,
  /** Where the counts come from: the repositories and the command, one line. */
  source: text,
  /** One line per ordered pair of teams with anything to count. */
  pairs: list(signalPairSchema, 1_000),
  /** Hidden from production builds while true. */
  draft,
});

export type SignalsInput = z.input<typeof signalsSchema>;
export type Signals = z.output<typeof signalsSchema>;
export type SignalPair = z.output<typeof signalPairSchema>;
