/**
 * The moment a build measures time from: "upcoming", "stale", "overdue", this week's
 * digest and review agenda. Now, unless `ATRIUM_NOW` names another moment: a handbook
 * built as of a fixed moment gives the same site whenever it is built (its tests, a
 * reproducible deploy, a look at how the site will read next Monday).
 */

/** `2026-11-25`, `2026-11-25T12:00:00Z` or with an offset: what `ATRIUM_NOW` accepts. */
const MOMENT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

export function buildNow(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.ATRIUM_NOW?.trim();
  if (!pinned) return new Date();
  const moment = new Date(pinned);
  if (!MOMENT.test(pinned) || Number.isNaN(moment.getTime())) {
    throw new Error(
      `ATRIUM_NOW is "${pinned.slice(0, 60)}", which is not a date and time: write it as 2026-11-25T12:00:00Z (or 2026-11-25 for midnight UTC), or unset it to build as of now.`,
    );
  }
  return moment;
}
