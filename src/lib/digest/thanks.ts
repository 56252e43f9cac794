/**
 * Thanks in the weekly digest: each thanks across teams in the section of the team that
 * received it, in the week it was given; and an award in its winners' sections, in the
 * week it was decided.
 */
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { winnerOf } from '../kudos/awards.ts';
import type { Thanks } from '../kudos/thanks.ts';

export interface AwardDigestItem {
  awardId: string;
  title: string;
  quarter: string;
  /** The winning collaboration: its teams and what they did. */
  teams: string[];
  for: string;
  decided: string;
}

export interface ThanksEvent {
  date: string;
  team: string;
  change: 'thanks' | 'awards';
  item: Thanks | AwardDigestItem;
}

/** Every thanks and decided award known on `today`, for the team whose section shows it. */
export function thanksEvents(h: HandbookIndexes, today: string): ThanksEvent[] {
  const thanks = h.thanks.map((item): ThanksEvent => ({ date: item.date, team: item.toTeam, change: 'thanks', item }));
  const awards = h.awards.flatMap((award): ThanksEvent[] => {
    const winner = winnerOf(award.data);
    const { decided, title, quarter } = award.data;
    if (!winner || decided === undefined) return [];
    const item: AwardDigestItem = { awardId: award.id, title, quarter, teams: winner.teams, for: winner.for, decided };
    return winner.teams.map((team) => ({ date: decided, team, change: 'awards', item }));
  });
  return [...thanks, ...awards].filter((event) => event.date <= today);
}
