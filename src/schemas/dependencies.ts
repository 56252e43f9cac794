/** A cross-team dependency: `content/dependencies/<id>.yaml`. `from` needs something that `to` delivers. */
import { z } from 'zod';
import { draft, entryId, httpUrl, isoDate, paragraph, text } from './fields.ts';

/** Ordered from most to least in need of attention. */
export const DEPENDENCY_STATUSES = ['blocked', 'at-risk', 'planned', 'on-track', 'done'] as const;
export type DependencyStatus = (typeof DEPENDENCY_STATUSES)[number];

const endpoint = z.strictObject({
  /** The team (a team id). */
  team: entryId,
  /** The deliverable on that side, e.g. "Feature A" or "Orders API v2 endpoint". */
  deliverable: text,
});

export const dependencySchema = z.strictObject({
  /** The team that needs something, and for which of its deliverables. */
  from: endpoint,
  /** The team that provides it, and what it provides. */
  to: endpoint,
  /** Where delivery stands. */
  status: z.enum(DEPENDENCY_STATUSES),
  /** When `from` needs it. */
  needBy: isoDate,
  /** Who to ask (a person id). */
  contact: entryId.optional(),
  /** Issue or document tracking it. */
  link: httpUrl.optional(),
  /** Context in a sentence or two (at most 1,000 characters). */
  notes: paragraph.optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type DependencyInput = z.input<typeof dependencySchema>;
export type Dependency = z.output<typeof dependencySchema>;
