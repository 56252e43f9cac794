/**
 * When an ADR reached the status it has now. The content keeps one `date` (when the
 * decision was proposed or made), so the other moments come from what else is known:
 * a superseded ADR became so when its first successor was decided, and a deprecated
 * one when its file was last committed (ADRs are immutable except for their status,
 * so that commit is the one that deprecated it). Used by the feeds (a status change
 * is a new item) and the digest (decisions of the week).
 */
import type { Adr } from '../schemas/index.ts';
import type { HandbookEntry } from './handbook/types.ts';

export interface AdrStatusDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Where the date comes from, for readers of the code and the tests. */
  source: 'adr' | 'successor' | 'git';
}

/**
 * @param successors the ADRs that supersede this one (derived from their `supersedes`)
 * @param committedOn the calendar date of the file's last commit, if it is committed
 */
export function adrStatusDate(adr: HandbookEntry<Adr>, successors: readonly HandbookEntry<Adr>[], committedOn: string | undefined): AdrStatusDate {
  const own = adr.data.date;
  if (adr.data.status === 'superseded' && successors.length > 0) {
    const first = successors.map((s) => s.data.date).sort()[0]!;
    if (first > own) return { date: first, source: 'successor' };
  }
  if (adr.data.status === 'deprecated' && committedOn && committedOn > own) return { date: committedOn, source: 'git' };
  return { date: own, source: 'adr' };
}
