/** An architecture decision record: `content/adrs/NNNN-slug.md(x)`. */
import { z } from 'zod';
import { draft, entryId, httpUrl, isoDate, list, nonEmptyList, paragraph, tags, title } from './fields.ts';

/** The life cycle of a decision, in the order a reader meets them. */
export const ADR_STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];

/** Body sections (`## Heading`) an accepted decision must have. */
export const REQUIRED_ADR_SECTIONS = ['Context', 'Decision', 'Consequences'] as const;

/** What a decision is about; every kind shares the one log (and its `/adrs/` pages). */
export const ADR_KINDS = ['architecture', 'process', 'product', 'organization'] as const;
export type AdrKind = (typeof ADR_KINDS)[number];

/** How a consulted or informed team answered a proposal. */
export const RESPONSE_POSITIONS = ['support', 'concerns', 'object'] as const;
export type ResponsePosition = (typeof RESPONSE_POSITIONS)[number];

const option = z.strictObject({
  /** Short id the decision names, e.g. `managed-service` (kebab-case). */
  id: entryId,
  /** The option in a sentence or two. */
  summary: paragraph,
});

const decision = z.strictObject({
  /** The id of the chosen option (one of `options`). */
  option: entryId,
  /** What was decided, in a sentence or two: the item's text in feeds and the digest. */
  summary: paragraph,
});

const response = z.strictObject({
  /** The team answering (a team id, consulted or informed). */
  team: entryId,
  /** Where it stands. */
  position: z.enum(RESPONSE_POSITIONS),
  /** Its comment: a pull-request review, an issue comment, a chat thread. */
  link: httpUrl.optional(),
});

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
  /** What the decision is about; architecture unless said. Only the label and the filter differ. */
  kind: z.enum(ADR_KINDS).default('architecture'),
  /** The options on the table ("Option A vs. Option B"), at most 10. */
  options: list(option, 10).default([]),
  /** What was decided; required once accepted or rejected when there are options. */
  decision: decision.optional(),
  /** Teams told of the decision without being asked for input (team ids), at most 50. */
  informed: list(entryId, 50).default([]),
  /** The answers of consulted or informed teams, at most 50. */
  responses: list(response, 50).default([]),
  /** When someone last confirmed an accepted decision still holds; without it, `date` counts. */
  reviewed: isoDate.optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type AdrInput = z.input<typeof adrSchema>;
export type Adr = z.output<typeof adrSchema>;
