/**
 * The week's digest from the content, built the way the site's build builds it: the
 * handbook checked and loaded (drafts left out, as in production), the shared indexes,
 * and the digest model with the build's options (src/queries/digest-context.ts). No
 * Astro build is needed, and what is sent is what the site shows for that week.
 */
import path from 'node:path';
import { config } from '../../../src/config.ts';
import { checkHandbook, formatReport } from '../../../src/lib/check.ts';
import { buildDigests, type Digest } from '../../../src/lib/digest/assemble.ts';
import { parseWeekId, weekId, isoWeekOf } from '../../../src/lib/digest/iso-week.ts';
import { buildIndexes, type HandbookIndexes } from '../../../src/lib/handbook/indexes.ts';
import { publishedHandbook } from '../../../src/lib/handbook/published.ts';
import { dismissedPairs, loadDismissals } from '../../../src/lib/related/dismissals.ts';
import { relatedWork, type RelatedWork } from '../../../src/lib/related/work.ts';
import { digestOptions } from '../../../src/queries/digest-context.ts';
import { SendError } from './failure.ts';

export interface Clock {
  /** `YYYY-MM-DD` in the handbook's time zone. */
  today: string;
  now: Date;
}

/** `2026-W47` (as people write it) or `2026-w47` (as URLs do) to the id; the current week when absent. */
export function weekArgument(value: string | undefined, today: string): string {
  if (value === undefined) return weekId(isoWeekOf(today));
  const id = value.trim().toLowerCase();
  if (!parseWeekId(id)) throw new SendError(`--week ${value} is not an ISO week: write it as YYYY-Www, e.g. --week ${weekId(isoWeekOf(today)).toUpperCase()}.`);
  return id;
}

/** The published handbook's indexes, or the check's errors when the build would fail on them. */
export async function loadHandbookIndexes(root: string, clock: Clock): Promise<HandbookIndexes> {
  const contentDir = path.resolve(root, config.contentDir);
  const result = await checkHandbook(root, { today: clock.today, staleAfterDays: config.staleAfterDays, contentDir });
  if (result.errors.length > 0) throw new SendError(`The build would fail on this content, so nothing is sent.\n${formatReport(result)}`);
  return buildIndexes(publishedHandbook(result.handbook, false));
}

/** Related work across teams, less the pairs dismissed in content/, as the build finds it for the digest's "Possible overlap". */
export async function relatedWorkOf(root: string, h: HandbookIndexes, clock: Clock): Promise<RelatedWork> {
  const { dismissals } = await loadDismissals(root, path.resolve(root, config.contentDir));
  return relatedWork(h, clock.today, dismissedPairs(dismissals));
}

/** The digest of week `id`; a week without one is an error listing the weeks that have one. */
export function digestOfWeek(h: HandbookIndexes, id: string, clock: Clock, related: RelatedWork = relatedWork(h, clock.today, new Set())): Digest {
  const digests = buildDigests(h, digestOptions(h, clock, related));
  const digest = digests.find((candidate) => candidate.week.id === id);
  if (digest) return digest;
  const known = digests.map((d) => d.week.id.toUpperCase());
  const label = id.toUpperCase();
  const why = id > weekId(isoWeekOf(clock.today)) ? `${label} has not started yet (today is ${clock.today})` : `nothing happened in ${label}`;
  throw new SendError(`No digest for ${label}: ${why}. Weeks with a digest, newest first: ${known.slice(0, 8).join(', ') || 'none'}.`);
}
