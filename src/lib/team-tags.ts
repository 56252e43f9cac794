/**
 * A team's tags: the tags of the decisions it owns, the talks it gives and the asks it
 * made. The handbook records no topics for a team itself, so this is what it works on as
 * its own entries say; an ask of another team sharing one of them is one it may help with.
 */
import type { HandbookIndexes } from './handbook/indexes.ts';

export function teamTags(h: Pick<HandbookIndexes, 'adrsOwnedBy' | 'talksOf' | 'asksOf'>, teamId: string): Set<string> {
  return new Set([...h.adrsOwnedBy(teamId), ...h.talksOf(teamId), ...h.asksOf(teamId)].flatMap((entry) => entry.data.tags));
}
