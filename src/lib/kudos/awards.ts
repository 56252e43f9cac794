/** The quarterly collaboration award: quarters of dates, and an award's state. */
import type { Award } from '../../schemas/index.ts';

/** The quarter of a date, `2026-11-24` → `2026-Q4`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The winning nominee, once the award is decided. */
export function winnerOf(award: Award): Award['nominees'][number] | undefined {
  return award.winner === undefined ? undefined : award.nominees[award.winner];
}

/** Every team nominated (in any nominee), in the order they are named. */
export function nominatedTeams(award: Award): string[] {
  return [...new Set(award.nominees.flatMap((nominee) => nominee.teams))];
}
