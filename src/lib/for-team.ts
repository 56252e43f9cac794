/**
 * What involves one team, for the home page's "For <team>" section: one list per kind,
 * each worked out from the shared indexes, in the order the section shows them. A new
 * kind is one more key of `ForTeam` and one more entry in FOR_TEAM_KINDS.
 */
import type { Adr, Ask, Dependency, Rotation, Team } from '../schemas/index.ts';
import { unansweredBy, type AskedRole } from './decisions/responses.ts';
import { byRisk } from './dependencies.ts';
import { weekOfDate } from './digest/iso-week.ts';
import type { HandbookIndexes } from './handbook/indexes.ts';
import type { HandbookEntry } from './handbook/types.ts';
import { openInputRequests, type OpenRequest } from './input-requests.ts';
import { overlaps, rotationSpan } from './programs/spans.ts';
import { teamTags } from './team-tags.ts';
import { addDays, daysBetween } from './time/dates.ts';
import { upcomingSessions, type Session } from './time/office-hours.ts';
import { zonedTimeToInstant } from './time/zones.ts';

export interface ForTeamClock {
  now: Date;
  /** `YYYY-MM-DD` in the handbook's time zone. */
  today: string;
  /** The handbook's time zone: where "this week" starts and ends. */
  timeZone: string;
}

export interface ForTeam {
  /**
   * Proposed decisions the team was consulted or informed on and has not answered, whose
   * feedback is still open (or has no deadline), soonest deadline first.
   */
  decisions: { adr: HandbookEntry<Adr>; role: AskedRole; daysLeft?: number }[];
  /** Other teams' dependencies on this team that are not done, riskiest first. */
  dependents: HandbookEntry<Dependency>[];
  /** The team's own dependencies on others that are at risk or blocked, riskiest first. */
  atRisk: HandbookEntry<Dependency>[];
  /** Other teams' asks not yet solved that share a tag with it (see team-tags.ts), most shared tags first, then longest waiting. */
  asks: { ask: HandbookEntry<Ask>; shared: string[] }[];
  /** Open requests for input from the teams it works with (either end of a dependency, or owners of a decision it was consulted on). */
  input: OpenRequest[];
  /** Its office hours still to come this week (Monday to Sunday). */
  officeHours: Session[];
  /** People from other teams visiting it on a rotation at some point this week. */
  visitors: HandbookEntry<Rotation>[];
}

export type ForTeamKind = keyof ForTeam;

/** The section's order: what asks the team to act first, then what it may join this week. */
export const FOR_TEAM_KINDS: readonly ForTeamKind[] = ['decisions', 'dependents', 'atRisk', 'asks', 'input', 'officeHours', 'visitors'];

/** The teams a team works with: both ends of its dependencies, and the owners of decisions it was consulted on. */
function neighbours(h: HandbookIndexes, teamId: string): Set<string> {
  const ids = new Set([
    ...h.dependenciesOf(teamId).map((d) => d.data.to.team),
    ...h.dependentsOn(teamId).map((d) => d.data.from.team),
    ...h.adrsConsulting(teamId).flatMap((adr) => adr.data.teams),
  ]);
  ids.delete(teamId);
  return ids;
}

function sessionsThisWeek(team: HandbookEntry<Team>, clock: ForTeamClock, sunday: string): Session[] {
  const hours = team.data.officeHours;
  if (!hours) return [];
  const weekEnds = zonedTimeToInstant(addDays(sunday, 1), '00:00', clock.timeZone).getTime();
  // At most one session a day, so seven cover any week.
  return upcomingSessions(hours, clock.now, 7).filter((session) => session.start.getTime() < weekEnds);
}

function asksMatching(h: HandbookIndexes, teamId: string, today: string): ForTeam['asks'] {
  const tags = teamTags(h, teamId);
  return h.asks
    .filter(({ data }) => data.team !== teamId && data.status !== 'solved' && data.date <= today)
    .map((ask) => ({ ask, shared: ask.data.tags.filter((tag) => tags.has(tag)) }))
    .filter(({ shared }) => shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.ask.data.date.localeCompare(b.ask.data.date) || a.ask.id.localeCompare(b.ask.id));
}

export function forTeam(h: HandbookIndexes, teamId: string, clock: ForTeamClock): ForTeam {
  const team = h.team.get(teamId);
  if (!team) throw new Error(`forTeam: no team "${teamId}" in the handbook; pass the id of a team under content/teams/`);
  const week = weekOfDate(clock.today);
  const thisWeek = { start: week.monday, last: week.sunday };
  const around = neighbours(h, teamId);

  // A deadline that has passed is the owners' to chase, not the team's to act on this week.
  const decisions = unansweredBy(h.adrs, teamId, ['consulted', 'informed'])
    .filter(({ adr }) => adr.data.feedbackBy === undefined || adr.data.feedbackBy >= clock.today)
    .map(({ adr, role }) => ({ adr, role, ...(adr.data.feedbackBy ? { daysLeft: daysBetween(clock.today, adr.data.feedbackBy) } : {}) }));

  return {
    decisions,
    dependents: h
      .dependentsOn(teamId)
      .filter((d) => d.data.status !== 'done')
      .sort(byRisk),
    atRisk: h
      .dependenciesOf(teamId)
      .filter((d) => d.data.status === 'at-risk' || d.data.status === 'blocked')
      .sort(byRisk),
    asks: asksMatching(h, teamId, clock.today),
    input: openInputRequests(h, clock.today).filter((request) => around.has(request.team.id)),
    officeHours: sessionsThisWeek(team, clock, week.sunday),
    visitors: h.rotationsHostedBy(teamId).filter((rotation) => overlaps(rotationSpan(rotation.data), thisWeek)),
  };
}

/** How many things the section lists, over every kind. */
export function forTeamCount(view: ForTeam): number {
  return FOR_TEAM_KINDS.reduce((sum, kind) => sum + view[kind].length, 0);
}
