/**
 * Related-work matches a team has dismissed: `content/related-dismissed.yaml`, a list
 * reviewed by pull request like any content. A dismissal names two entries; every match
 * between them disappears from every page, the digest and the data.
 */
import { z } from 'zod';
import { entryId, list, pattern, text } from './fields.ts';

/** `<collection>/<id>`: an entry as related work names it, e.g. `teams/mobile` or `adrs/0012-adopt-openfeature`. */
export const ENTRY_REF = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const entryRef = pattern(ENTRY_REF, 'is not an entry', 'write the collection and the entry id, e.g. teams/mobile or updates/2026-11-20-mobile');

export const dismissalSchema = z.strictObject({
  /** One entry of the pair (`teams/mobile`). */
  a: entryRef,
  /** The other entry of the pair. */
  b: entryRef,
  /** The team that dismisses the match (a team id): the team of one of the two entries. */
  team: entryId,
  /** Why the two are not the same work, for the reviewer and for whoever wonders later. */
  reason: text,
});

/** Most dismissals in the file. */
export const DISMISSALS_LIMIT = 1_000;

/** The whole file: a list of dismissals. */
export const relatedDismissedSchema = list(dismissalSchema, DISMISSALS_LIMIT);

export type Dismissal = z.output<typeof dismissalSchema>;
