/** The iCalendar files of office hours and talks, from the shared indexes. */
import { config } from '../config.ts';
import { abstractOf, buildCalendar } from '../lib/calendar/calendar.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
import { routes } from '../lib/routes.ts';
import { today } from './clock.ts';
import { handbook } from './handbook.ts';
import { lastUpdated } from './last-updated.ts';
import { siteUrl } from './site-url.ts';

/** The calendar of office hours and talks: the whole organization's, or one team's. */
export async function calendarIcs(teamId?: string): Promise<string> {
  const h = await handbook();
  const teams = teamId ? h.teams.filter((t) => t.id === teamId) : h.teams;
  const talks = teamId ? h.talksOf(teamId) : h.talks;
  const team = teams[0];
  const included = [...teams, ...talks] as HandbookEntry<unknown>[];
  // The newest commit among what the calendar shows: unchanged content, unchanged file.
  const stamp = included.map(lastUpdated).filter((date) => date !== undefined).sort().at(-1) ?? `${today}T00:00:00Z`;
  return buildCalendar(
    {
      name: teamId && team ? `${team.data.name}: office hours and talks` : `${config.orgName}: office hours and talks`,
      description: teamId && team ? `Office hours and tech talks of ${team.data.name}.` : `Every team's office hours and every tech talk at ${config.orgName}.`,
      pageUrl: siteUrl(teamId ? routes.team(teamId) : routes.subscribe()),
      uidDomain: new URL(config.site).host,
      stamp: new Date(stamp),
      untilYear: Number(today.slice(0, 4)) + 2,
    },
    teams.flatMap((t) =>
      t.data.officeHours ? [{ teamId: t.id, teamName: t.data.name, hours: t.data.officeHours, pageUrl: siteUrl(routes.team(t.id)) }] : [],
    ),
    talks.map((talk) => ({
      talkId: talk.id,
      talk: talk.data,
      teamName: h.team.get(talk.data.team)?.data.name ?? talk.data.team,
      speakerNames: talk.data.speakers.map((id) => h.person.get(id)?.data.name ?? id),
      pageUrl: siteUrl(routes.talk(talk.id)),
      abstract: abstractOf(talk.body),
    })),
  );
}
