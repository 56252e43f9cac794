/** Talks split at a moment: still to come (soonest first) and given (newest first). */
import type { Talk } from '../schemas/index.ts';
import type { HandbookEntry } from './handbook/types.ts';

export function splitTalks<T extends HandbookEntry<Talk>>(talks: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = talks.filter((t) => Date.parse(t.data.date) >= now.getTime()).sort((a, b) => a.data.date.localeCompare(b.data.date));
  const past = talks.filter((t) => Date.parse(t.data.date) < now.getTime()).sort((a, b) => b.data.date.localeCompare(a.data.date));
  return { upcoming, past };
}
