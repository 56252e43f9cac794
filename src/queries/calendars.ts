/** The iCalendar files of office hours, talks, rotations, pair sessions and ask sessions, from the shared indexes. */
import { config } from '../config.ts';
import { timed } from '../lib/build-profile.ts';
import { abstractOf, buildCalendar } from '../lib/calendar/calendar.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
import { routes } from '../lib/routes.ts';
import { today } from './clock.ts';
import { handbook } from './handbook.ts';
import { lastUpdated } from './last-updated.ts';
import { siteUrl } from './site-url.ts';

/** The calendar of office hours, talks and programs: the whole organization's, or one team's. */
export function calendarIcs(teamId?: string): Promise<string> {
  return timed(teamId ? 'calendars (per team)' : 'calendar (organization)', () => buildCalendarIcs(teamId));
}

async function buildCalendarIcs(teamId?: string): Promise<string> {
  const h = await handbook();
  const teams = teamId ? h.teams.filter((t) => t.id === teamId) : h.teams;
  const talks = teamId ? h.talksOf(teamId) : h.talks;
  const rotations = teamId ? [...h.rotationsAwayFrom(teamId), ...h.rotationsHostedBy(teamId)] : h.rotations;
  const pairings = teamId ? h.pairingsOfTeam(teamId) : h.pairings;
  const askSessions = (teamId ? h.asksOf(teamId) : h.asks).filter((ask) => ask.data.session !== undefined);
  const team = teams[0];
  const included = [...teams, ...talks, ...rotations, ...pairings, ...askSessions] as HandbookEntry<unknown>[];
  // The newest commit among what the calendar shows: unchanged content, unchanged file.
  const stamp =
    included
      .map(lastUpdated)
      .filter((date) => date !== undefined)
      .sort()
      .at(-1) ?? `${today}T00:00:00Z`;
  const teamName = (id: string | undefined) => (id === undefined ? 'no team' : (h.team.get(id)?.data.name ?? id));
  const personName = (id: string) => h.person.get(id)?.data.name ?? id;
  return buildCalendar(
    {
      name: teamId && team ? `${team.data.name}: office hours and talks` : `${config.orgName}: office hours and talks`,
      description:
        teamId && team
          ? `Office hours, tech talks, rotations and pair sessions of ${team.data.name}.`
          : `Every team's office hours, every tech talk, rotation and pair session at ${config.orgName}.`,
      pageUrl: siteUrl(teamId ? routes.team(teamId) : routes.subscribe()),
      uidDomain: new URL(config.site).host,
      stamp: new Date(stamp),
      untilYear: Number(today.slice(0, 4)) + 2,
    },
    teams.flatMap((t) => (t.data.officeHours ? [{ teamId: t.id, teamName: t.data.name, hours: t.data.officeHours, pageUrl: siteUrl(routes.team(t.id)) }] : [])),
    talks.map((talk) => ({
      talkId: talk.id,
      talk: talk.data,
      teamName: teamName(talk.data.team),
      speakerNames: talk.data.speakers.map(personName),
      pageUrl: siteUrl(routes.talk(talk.id)),
      abstract: abstractOf(talk.body),
    })),
    {
      rotations: rotations.map((rotation) => ({
        rotationId: rotation.id,
        rotation: rotation.data,
        personName: personName(rotation.data.person),
        homeTeamName: teamName(h.homeTeamOf(rotation)),
        hostTeamName: teamName(rotation.data.hostTeam),
        buddyName: personName(rotation.data.buddy),
        coverName: personName(rotation.data.cover),
        pageUrl: siteUrl(routes.rotation(rotation.id)),
      })),
      pairings: pairings.map((pairing) => ({
        pairingId: pairing.id,
        pairing: pairing.data,
        people: pairing.data.people.map((id) => {
          const person = h.person.get(id);
          return { name: person?.data.name ?? id, teamName: teamName(person?.data.team), timezone: person?.data.timezone ?? config.defaultTimezone };
        }),
        pageUrl: siteUrl(routes.pairing(pairing.id)),
      })),
      askSessions: askSessions.map((ask) => ({
        askId: ask.id,
        ask: ask.data,
        teamName: teamName(ask.data.team),
        helperNames: ask.data.helpers.map(personName),
        pageUrl: siteUrl(routes.ask(ask.id)),
      })),
    },
  );
}
