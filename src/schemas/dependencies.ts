/** A cross-team dependency: `content/dependencies/<id>.yaml`. `from` needs something that `to` delivers. */
import { z } from 'zod';
import { draft, entryId, httpUrl, isoDate, list, paragraph, text } from './fields.ts';

/** Ordered from most to least in need of attention. */
export const DEPENDENCY_STATUSES = ['blocked', 'at-risk', 'planned', 'on-track', 'done'] as const;
export type DependencyStatus = (typeof DEPENDENCY_STATUSES)[number];

const endpoint = z.strictObject({
  /** The team (a team id). */
  team: entryId,
  /** The deliverable on that side, e.g. "Feature A" or "Orders API v2 endpoint". */
  deliverable: text,
});

/**
 * One dated change of status. `status` stays the field readers and tools look at; when
 * there is a history, its last entry must carry the same status (the check says so),
 * so the two cannot disagree and a file without history still reads as before.
 */
const change = z.strictObject({
  /** The day the status changed. */
  date: isoDate,
  /** The status from that day on. */
  status: z.enum(DEPENDENCY_STATUSES),
  /** Why, in a sentence or two (a blocker, a new date). */
  note: paragraph.optional(),
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
  /** When the two teams last confirmed where it stands; older than `staleAfterDays` is a warning. */
  reviewed: isoDate.optional(),
  /** Its status changes, oldest first (at most 500); the last one's status is `status`. */
  history: list(change, 500).default([]),
  /** Hidden from production builds while true. */
  draft,
});

export type DependencyInput = z.input<typeof dependencySchema>;
export type Dependency = z.output<typeof dependencySchema>;
