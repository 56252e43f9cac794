/**
 * The values of the measures read from the relationship collections (kudos, asks, retros,
 * ADR responses, dependency history), one function per measure and quarter. Each counts
 * only what is known on `today`: help that came later, or an action closed later, is not
 * counted yet, so a past quarter's value does not move when the build runs again.
 */
import { onTimeRate } from '../dependency-review/on-time.ts';
import type { Handbook } from '../handbook/types.ts';
import { allThanks } from '../kudos/thanks.ts';
import { actionState } from '../retros-asks/actions.ts';
import { daysBetween } from '../time/dates.ts';
import { quarterOf } from '../time/quarters.ts';

/** `part / whole` to three decimals, or null when there is nothing to divide. */
export const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const within = (date: string | undefined, quarter: string, today: string) => date !== undefined && date <= today && quarterOf(date) === quarter;

/** Thanks across a team line (kudos, and wins enabled by another team) dated in the quarter. */
export function kudosAcrossTeams(handbook: Handbook, quarter: string, today: string): number {
  return allThanks(handbook).filter((thanks) => within(thanks.date, quarter, today)).length;
}

/** Of the asks made in the quarter, the share someone from another team helped with by today. */
export function asksHelpedShare(handbook: Handbook, quarter: string, today: string): number | null {
  const asked = handbook.asks.filter(({ data }) => within(data.date, quarter, today));
  return share(asked.filter(({ data }) => data.helpers.length > 0 && data.helpedOn !== undefined && data.helpedOn <= today).length, asked.length);
}

/** Median days from an ask to its first help, over the asks helped in the quarter. */
export function asksDaysToHelp(handbook: Handbook, quarter: string, today: string): number | null {
  return median(handbook.asks.filter(({ data }) => within(data.helpedOn, quarter, today)).map(({ data }) => daysBetween(data.date, data.helpedOn!)));
}

/**
 * Of the retro actions due in the quarter whose outcome is known today (closed, or past
 * due), the share closed by their due date. One due later and still open is not judged yet.
 */
export function retroActionsOnTime(handbook: Handbook, quarter: string, today: string): number | null {
  const states = handbook.retros
    .flatMap(({ data }) => data.actions)
    .filter((action) => quarterOf(action.due) === quarter)
    .map((action) => actionState(action, today))
    .filter((state) => state !== 'open');
  return share(states.filter((state) => state === 'done-on-time').length, states.length);
}

/** Of the decisions (not drafts) dated in the quarter that consulted teams besides their owners, the share one of those teams answered. */
export function decisionsAnswered(handbook: Handbook, quarter: string, today: string): number | null {
  const asking = handbook.adrs
    .filter(({ data }) => data.status !== 'draft' && within(data.date, quarter, today))
    .map(({ data }) => ({ others: data.consulted.filter((team) => !data.teams.includes(team)), answered: new Set(data.responses.map((r) => r.team)) }))
    .filter(({ others }) => others.length > 0);
  return share(asking.filter(({ others, answered }) => others.some((team) => answered.has(team))).length, asking.length);
}

/** The dependency history's on-time rate for the quarter, as a share. */
export function dependenciesOnTime(handbook: Handbook, quarter: string, today: string): number | null {
  const { onTime, late } = onTimeRate(handbook.dependencies, quarter, today);
  return share(onTime.length, onTime.length + late.length);
}
