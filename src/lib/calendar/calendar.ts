/**
 * The handbook's calendars (iCalendar, RFC 5545) through ical-generator: every team's
 * office hours as a recurring event in the team's own time zone, with its VTIMEZONE,
 * so a session stays at 14:00 local time when the clocks change; and every talk as an
 * event in UTC with its recording, or its page, where the join details and later the
 * recording appear. Rotations are all-day events over their weeks (a span of days
 * reads the same in every zone); a pair session is at its time in the first person's
 * zone, with everyone's local time in its description.
 */
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import type { OfficeHours, Pairing, Rotation, Talk } from '../../schemas/index.ts';
import { addDays } from '../time/dates.ts';
import { dateTimeFormat } from '../time/intl.ts';
import { describeCadence } from '../time/office-hours.ts';
import { offsetAt } from '../time/zones.ts';
import { askSessionEventData, type AskSessionEvent } from './ask-sessions.ts';
import { vtimezone } from './vtimezone.ts';

export interface OfficeHoursEvent {
  teamId: string;
  teamName: string;
  hours: OfficeHours;
  /** Absolute URL of the team page. */
  pageUrl: string;
}

export interface TalkEvent {
  talkId: string;
  talk: Talk;
  teamName: string;
  speakerNames: string[];
  /** Absolute URL of the talk page. */
  pageUrl: string;
  /** The abstract as plain text. */
  abstract: string;
}

export interface RotationEvent {
  rotationId: string;
  rotation: Rotation;
  personName: string;
  homeTeamName: string;
  hostTeamName: string;
  buddyName: string;
  coverName: string;
  /** Absolute URL of the rotation page. */
  pageUrl: string;
}

export interface PairingEvent {
  pairingId: string;
  pairing: Pairing;
  /** Everyone taking part, in the entry's order; the first one's zone is the event's. */
  people: { name: string; teamName: string; timezone: string }[];
  /** Absolute URL of the pair session's page. */
  pageUrl: string;
}

/** The programs a calendar shows; none by default. */
export interface ProgramEvents {
  rotations: readonly RotationEvent[];
  pairings: readonly PairingEvent[];
  /** Problem-solving sessions of asks for help. */
  askSessions?: readonly AskSessionEvent[];
}

export interface CalendarOptions {
  name: string;
  description: string;
  /** Absolute URL of the page the calendar belongs to. */
  pageUrl: string;
  /** Host for event UIDs (the site's), so they are unique across calendars of other sites. */
  uidDomain: string;
  /** DTSTAMP of every event: the build's content date rather than the clock, so rebuilds are identical. */
  stamp: Date;
  /** Last year the time-zone rules are checked for (they continue by rule after it). */
  untilYear: number;
}

const WEEKDAY: Record<OfficeHours['weekday'], ICalWeekday> = {
  monday: ICalWeekday.MO,
  tuesday: ICalWeekday.TU,
  wednesday: ICalWeekday.WE,
  thursday: ICalWeekday.TH,
  friday: ICalWeekday.FR,
  saturday: ICalWeekday.SA,
  sunday: ICalWeekday.SU,
};

/**
 * A wall-clock time for ical-generator. Given a time zone, it writes a date's *local*
 * fields as the event's local time, so the date must be built from the wall-clock
 * string in this process's zone. That fails only for a time this process's own zone
 * skips (a spring-forward hour), which is reported rather than silently shifted.
 */
function wallClock(local: string, field: string): Date {
  const date = new Date(local);
  const [day, time] = local.split('T') as [string, string];
  const written = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}T${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  if (written !== `${day}T${time.slice(0, 5)}`) {
    throw new Error(
      `${field}: ${local} does not exist in this build's own time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}), so the calendar cannot write it — build with TZ=UTC`,
    );
  }
  return date;
}

/** Adds minutes to a wall-clock `YYYY-MM-DDTHH:MM:SS`, as a clock on the wall would (no time zone). */
function addWallMinutes(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}Z`) + minutes * 60_000).toISOString().slice(0, 19);
}

/** The wall clock in `zone` at an instant, `YYYY-MM-DDTHH:MM:SS`. */
function wallClockAt(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  return new Date(instant + offsetAt(instant, zone)).toISOString().slice(0, 19);
}

/** `09:00 Lisbon`: a moment on someone's clock, with their city. */
function localTimeIn(iso: string, zone: string): string {
  const time = dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(iso));
  return `${time} ${zone.split('/').pop()!.replace(/_/g, ' ')}`;
}

/** The text of a Markdown body before its first heading, on one line: a talk's abstract. */
export function abstractOf(body: string | undefined): string {
  return (body ?? '')
    .split(/^#{1,6}\s/m)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildCalendar(
  options: CalendarOptions,
  officeHours: readonly OfficeHoursEvent[],
  talks: readonly TalkEvent[],
  programs: ProgramEvents = { rotations: [], pairings: [] },
): string {
  const years = [
    ...officeHours.map((event) => Number(event.hours.startsOn.slice(0, 4))),
    ...programs.pairings.map((event) => Number(event.pairing.date.slice(0, 4))),
  ];
  // A year before the first session, so every session has its zone's rules before it.
  const fromYear = Math.min(...years, options.untilYear) - 1;
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.pageUrl,
    prodId: { company: 'Atrium', product: options.name, language: 'EN' },
    // Calendar apps poll subscriptions at this interval (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 12 * 60 * 60,
    // No calendar-wide zone (name ''): each event names its own, and each zone used gets its VTIMEZONE.
    timezone: { name: '', generator: (zone) => vtimezone(zone, fromYear, Math.max(options.untilYear, fromYear + 1)) ?? null },
  });

  for (const { teamId, teamName, hours, pageUrl } of officeHours) {
    const start = `${hours.startsOn}T${hours.time}:00`;
    const field = `content/teams/${teamId}.md officeHours`;
    const description = [
      hours.topic,
      `${describeCadence(hours)}, ${hours.time} ${hours.timezone.replace(/_/g, ' ')}, ${hours.durationMinutes} minutes.`,
      hours.link && `Join: ${hours.link}`,
      `Team page: ${pageUrl}`,
    ].filter(Boolean);
    calendar.createEvent({
      id: `office-hours-${teamId}@${options.uidDomain}`,
      summary: `${teamName} office hours${hours.topic ? `: ${hours.topic}` : ''}`,
      start: wallClock(start, field),
      end: wallClock(addWallMinutes(start, hours.durationMinutes), field),
      timezone: hours.timezone,
      repeating: { freq: ICalEventRepeatingFreq.WEEKLY, interval: hours.everyWeeks, byDay: [WEEKDAY[hours.weekday]] },
      description: description.join('\n'),
      location: hours.link ?? pageUrl,
      url: hours.link ?? pageUrl,
      categories: [{ name: 'Office hours' }, { name: teamName }],
      stamp: options.stamp,
    });
  }

  for (const { talkId, talk, teamName, speakerNames, pageUrl, abstract } of [...talks].sort((a, b) => a.talk.date.localeCompare(b.talk.date))) {
    const start = new Date(talk.date);
    const watch = talk.recording ?? pageUrl;
    const description = [
      `${speakerNames.join(', ')} (${teamName})${talk.series ? ` · ${talk.series}` : ''}`,
      abstract,
      talk.recording ? `Recording: ${talk.recording}` : `Join and recording: ${pageUrl}`,
      talk.slides && `Slides: ${talk.slides}`,
      `Talk page: ${pageUrl}`,
    ].filter(Boolean);
    calendar.createEvent({
      id: `talk-${talkId}@${options.uidDomain}`,
      summary: `Talk: ${talk.title}`,
      start,
      end: new Date(start.getTime() + talk.durationMinutes * 60_000),
      description: description.join('\n'),
      location: watch,
      url: watch,
      categories: [{ name: 'Talk' }, { name: teamName }],
      stamp: options.stamp,
    });
  }

  for (const event of [...programs.rotations].sort((a, b) => a.rotation.start.localeCompare(b.rotation.start))) {
    const { rotation, rotationId } = event;
    calendar.createEvent({
      id: `rotation-${rotationId}@${options.uidDomain}`,
      summary: `Rotation: ${event.personName} (${event.homeTeamName}) visits ${event.hostTeamName}`,
      // All day, DTEND the day after the last (RFC 5545): written from the dates' UTC fields, as no zone is named.
      allDay: true,
      start: new Date(`${rotation.start}T00:00:00Z`),
      end: new Date(`${addDays(rotation.start, rotation.weeks * 7)}T00:00:00Z`),
      description: [
        `${event.personName} of ${event.homeTeamName} works with ${event.hostTeamName} for ${rotation.weeks} week${rotation.weeks === 1 ? '' : 's'}.`,
        `Buddy: ${event.buddyName}. Covering at home: ${event.coverName}.`,
        `Goals: ${rotation.goals.join('; ')}`,
        `Rotation page: ${event.pageUrl}`,
      ].join('\n'),
      url: event.pageUrl,
      categories: [{ name: 'Rotation' }, { name: event.homeTeamName }, { name: event.hostTeamName }],
      stamp: options.stamp,
    });
  }

  for (const event of [...programs.pairings].sort((a, b) => a.pairing.date.localeCompare(b.pairing.date))) {
    const { pairing, pairingId, people } = event;
    const zone = people[0]?.timezone ?? 'UTC';
    const start = wallClockAt(pairing.date, zone);
    const field = `content/pairings/${pairingId}.yaml date`;
    calendar.createEvent({
      id: `pairing-${pairingId}@${options.uidDomain}`,
      summary: `Pair session: ${pairing.objective}`,
      start: wallClock(start, field),
      end: wallClock(addWallMinutes(start, pairing.durationMinutes), field),
      timezone: zone,
      description: [
        pairing.objective,
        ...people.map((person) => `${person.name} (${person.teamName}): ${localTimeIn(pairing.date, person.timezone)}`),
        `${pairing.durationMinutes} minutes.`,
        `Page: ${event.pageUrl}`,
      ].join('\n'),
      url: event.pageUrl,
      categories: [{ name: 'Pair session' }, ...[...new Set(people.map((person) => person.teamName))].map((name) => ({ name }))],
      stamp: options.stamp,
    });
  }
  for (const event of [...(programs.askSessions ?? [])].sort((a, b) => a.ask.session!.localeCompare(b.ask.session!))) {
    calendar.createEvent(askSessionEventData(event, options.uidDomain, options.stamp));
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}
