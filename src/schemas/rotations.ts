/**
 * A team rotation: `content/rotations/<start>-<person>.yaml`. Someone spends a short
 * stretch (usually two weeks) working inside another team, with a buddy there and a
 * colleague covering for them at home. The home team is derived from the person.
 */
import { z } from 'zod';
import { draft, entryId, isoDate, nonEmptyList, paragraph, text } from './fields.ts';

export const rotationSchema = z.strictObject({
  /** Who rotates (a person id); their own team is the home team. */
  person: entryId,
  /** The team they visit (a team id); never their own. */
  hostTeam: entryId,
  /** First day of the rotation, usually a Monday. */
  start: isoDate,
  /** Length in whole weeks, 1 to 12; two is usual. */
  weeks: z.number().int().min(1).max(12).default(2),
  /** What the visitor should learn or deliver, one line each; at least one, at most 10. */
  goals: nonEmptyList(text, 'lists no goal', 'write one to three goals agreed with the host team, one line each', 10),
  /** The host team's member who looks after the visitor (a person id on the host team). */
  buddy: entryId,
  /** Who covers the visitor's work at home meanwhile (a person id on the home team). */
  cover: entryId,
  /** What came of it, written once it has ended (at most 1,000 characters). */
  outcome: paragraph.optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type RotationInput = z.input<typeof rotationSchema>;
export type Rotation = z.output<typeof rotationSchema>;
