/**
 * How long a team page's lists grow. A team of a 200-team organization can own dozens of
 * decisions and match dozens of other teams' work; its page shows the most relevant few of
 * each and links to a page with all of them, so it stays small (DESIGN.md: 20 KB gzipped).
 */
import type { AdrStatus } from '../schemas/adrs.ts';

/** Decisions the team owns: open for feedback first, then the newest. All are on the team's decisions page. */
export const ADRS_SHOWN = 8;
/** Related work elsewhere, best matches first. All are on the team's related-work page. */
export const RELATED_SHOWN = 6;
/** Teams named in each of a team's connection lists (most linked; never or least linked); data/connections.json has every pair. */
export const CONNECTIONS_SHOWN = 12;

/** Proposed decisions first (they want the reader's input), then by date, newest first, then by id. */
export function byRelevance(
  a: { id: string; data: { status: AdrStatus; date: string } },
  b: { id: string; data: { status: AdrStatus; date: string } },
): number {
  const open = (status: AdrStatus) => (status === 'proposed' ? 0 : 1);
  return open(a.data.status) - open(b.data.status) || b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}
