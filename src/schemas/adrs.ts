/** An architecture decision record: `content/adrs/NNNN-slug.md(x)`. */
import { z } from 'zod';
import { draft, entryId, httpUrl, isoDate, list, nonEmptyList, tags, title } from './fields.ts';

/** The life cycle of a decision, in the order a reader meets them. */
export const ADR_STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];

/** Body sections (`## Heading`) an accepted decision must have. */
export const REQUIRED_ADR_SECTIONS = ['Context', 'Decision', 'Consequences'] as const;

export const adrSchema = z.strictObject({
  /** The decision, phrased as what is done: "Use PostgreSQL with Timescale for …". */
  title,
  /** Where the decision stands. `superseded` exactly when another ADR supersedes it. */
  status: z.enum(ADR_STATUSES),
  /** When the decision was proposed or made. */
  date: isoDate,
  /** Owning teams (team ids), at least one and at most 50. */
  teams: nonEmptyList(entryId, 'needs at least one team', 'list the owning team ids, e.g. teams: [backend-platform]', 50),
  /** People who made the decision (person ids), at most 50. */
  deciders: list(entryId, 50).default([]),
  /** Teams whose input was sought (team ids), at most 50. */
  consulted: list(entryId, 50).default([]),
  /** Decisions this one replaces (ADR ids), at most 20. */
  supersedes: list(entryId, 20).default([]),
  /** Last day for comments; required while the status is `proposed`. */
  feedbackBy: isoDate.optional(),
  /**
   * Where to comment while the decision is open: its pull request, an issue or a chat
   * thread, as a full http(s) address of at most 2,000 characters. Without it, readers are
   * pointed to the first channel of the first owning team.
   */
  discussion: httpUrl.optional(),
  /** Topics, for filtering. */
  tags,
  /** Hidden from production builds while true. */
  draft,
});

export type AdrInput = z.input<typeof adrSchema>;
export type Adr = z.output<typeof adrSchema>;
