/**
 * The home page's question: what needs me now? Everything that asks for a
 * reader's attention this week, computed from the handbook's indexes.
 */
import type { HandbookIndexes } from './handbook/indexes.ts';
import { addDays, daysBetween } from './time/dates.ts';
import { upcomingSessions, type Session } from './time/office-hours.ts';
import { zonedTimeToInstant } from './time/zones.ts';
import { isStale } from './freshness.ts';
import { openInputRequests } from './input-requests.ts';

export interface AttentionOptions {
  now: Date;
  /** `YYYY-MM-DD` in the handbook's time zone. */
  today: string;
  /** The handbook's time zone, in which "the next 7 days" are whole calendar days. */
  timeZone: string;
  staleAfterDays: number;
  /** How many calendar days, today included, "coming up" covers. */
  horizonDays?: number;
  /** How far back "recently shipped" reaches, in days. */
  recentDays?: number;
}

export function whatNeedsAttention(h: HandbookIndexes, options: AttentionOptions) {
  const horizon = options.horizonDays ?? 7;
  const recent = options.recentDays ?? 14;
  // Whole days, today and the six after it, so the list ends where the page says it does.
  const lastDay = addDays(options.today, horizon - 1);
  const until = zonedTimeToInstant(addDays(lastDay, 1), '00:00', options.timeZone).getTime() - 1;
  const since = addDays(options.today, -recent);

  const proposedAdrs = h.adrs
    .filter((adr) => adr.data.status === 'proposed')
    .map((adr) => ({ adr, daysLeft: adr.data.feedbackBy ? daysBetween(options.today, adr.data.feedbackBy) : undefined }))
    .sort((a, b) => (a.adr.data.feedbackBy ?? '').localeCompare(b.adr.data.feedbackBy ?? ''));

  // From team pages and recent updates, once each; soonest deadline first.
  const inputWanted = openInputRequests(h, options.today);

  const officeHours = h.teams
    .flatMap((team) =>
      team.data.officeHours
        ? upcomingSessions(team.data.officeHours, options.now, 2)
            .filter((session: Session) => session.start.getTime() <= until)
            .map((session) => ({ team, session, hours: team.data.officeHours! }))
        : [],
    )
    .sort((a, b) => a.session.start.getTime() - b.session.start.getTime());

  const talks = h.talks
    .filter((talk) => {
      const start = Date.parse(talk.data.date);
      return start >= options.now.getTime() && start <= until;
    })
    .sort((a, b) => a.data.date.localeCompare(b.data.date));

  const shipped = [
    ...h.updates.filter((u) => u.data.date >= since).flatMap((u) => u.data.shipped.map((title) => ({ teamId: u.data.team, title, date: u.data.date }))),
    ...h.teams.flatMap((team) =>
      team.data.wins.filter((w) => w.date >= since && w.date <= options.today).map((w) => ({ teamId: team.id, title: w.title, date: w.date })),
    ),
  ].sort((a, b) => b.date.localeCompare(a.date));

  const risks = h.dependencies
    .filter((d) => d.data.status === 'blocked' || d.data.status === 'at-risk')
    .sort((a, b) => (a.data.status === b.data.status ? a.data.needBy.localeCompare(b.data.needBy) : a.data.status === 'blocked' ? -1 : 1));

  const stalePages = h.teams
    .filter((team) => isStale(team.data.reviewed, options.staleAfterDays, options.today))
    .map((team) => ({ team, days: daysBetween(team.data.reviewed, options.today) }))
    .sort((a, b) => b.days - a.days);

  return { proposedAdrs, inputWanted, officeHours, talks, shipped, risks, stalePages, comingUp: { from: options.today, to: lastDay } };
}
