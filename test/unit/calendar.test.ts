import { afterEach, describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { abstractOf, buildCalendar, type CalendarOptions, type OfficeHoursEvent, type TalkEvent } from '../../src/lib/calendar/calendar.ts';
import { transitions, vtimezone } from '../../src/lib/calendar/vtimezone.ts';
import { officeHoursSchema } from '../../src/schemas/teams.ts';
import { talkSchema } from '../../src/schemas/talks.ts';
import { zonedTimeToInstant } from '../../src/lib/time/zones.ts';
import { addDays } from '../../src/lib/time/dates.ts';

const OPTIONS: CalendarOptions = {
  name: 'Acme: office hours and talks',
  description: 'Every team.',
  pageUrl: 'https://hb.example.com/subscribe/',
  uidDomain: 'hb.example.com',
  stamp: new Date('2026-11-24T00:00:00Z'),
  untilYear: 2028,
};

const hours = (teamId: string, input: Record<string, unknown>): OfficeHoursEvent => ({
  teamId,
  teamName: teamId,
  hours: officeHoursSchema.parse(input),
  pageUrl: `https://hb.example.com/teams/${teamId}/`,
});

const BACKEND = hours('backend', {
  weekday: 'tuesday',
  time: '14:00',
  timezone: 'America/Los_Angeles',
  everyWeeks: 2,
  startsOn: '2026-09-01',
  durationMinutes: 60,
  topic: 'Databases; caching',
  link: 'https://meet.example.com/backend',
});
const IDENTITY = hours('identity', {
  weekday: 'thursday',
  time: '16:00',
  timezone: 'Europe/Berlin',
  everyWeeks: 1,
  startsOn: '2027-03-04',
  durationMinutes: 45,
});
const TOKYO = hours('beta', { weekday: 'thursday', time: '10:00', timezone: 'Asia/Tokyo', startsOn: '2026-09-03', durationMinutes: 30 });

const TALK: TalkEvent = {
  talkId: '2026-12-04-outbox',
  talk: talkSchema.parse({ title: 'The outbox', date: '2026-12-04T16:00:00Z', speakers: ['a'], team: 'backend', durationMinutes: 45, series: 'Fridays' }),
  teamName: 'Backend',
  speakerNames: ['Ana'],
  pageUrl: 'https://hb.example.com/talks/2026-12-04-outbox/',
  abstract: 'Events you can trust.',
};
const RECORDED: TalkEvent = {
  ...TALK,
  talkId: '2026-06-12-ci',
  talk: talkSchema.parse({
    title: 'CI',
    date: '2026-06-12T15:00:00Z',
    speakers: ['a'],
    team: 'backend',
    durationMinutes: 40,
    recording: 'https://www.youtube.com/watch?v=abc',
  }),
};

/** Parses with ical.js and registers the calendar's own VTIMEZONEs, as a calendar app would. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events };
}

function occurrences(event: ICAL.Event, count: number) {
  const iterator = event.iterator();
  const starts: ICAL.Time[] = [];
  for (let next = iterator.next(); next && starts.length < count; next = iterator.next()) starts.push(next);
  return starts;
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('calendar', () => {
  test('parses with ical.js: events, summaries, links, and a VTIMEZONE for each zone used', () => {
    const ics = buildCalendar(OPTIONS, [BACKEND, IDENTITY, TOKYO], [TALK, RECORDED]);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Acme: office hours and talks');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'America/Los_Angeles',
      'Europe/Berlin',
      'Asia/Tokyo',
    ]);
    expect(events.map((e) => [e.uid, e.summary, e.isRecurring()])).toEqual([
      ['office-hours-backend@hb.example.com', 'backend office hours: Databases; caching', true],
      ['office-hours-identity@hb.example.com', 'identity office hours', true],
      ['office-hours-beta@hb.example.com', 'beta office hours', true],
      ['talk-2026-06-12-ci@hb.example.com', 'Talk: CI', false],
      ['talk-2026-12-04-outbox@hb.example.com', 'Talk: The outbox', false],
    ]);
    // A talk links to its recording, or to its page before there is one.
    expect(events[3]!.component.getFirstPropertyValue('url')).toBe('https://www.youtube.com/watch?v=abc');
    expect(events[4]!.component.getFirstPropertyValue('url')).toBe('https://hb.example.com/talks/2026-12-04-outbox/');
    expect(events[4]!.startDate.toJSDate().toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(events[4]!.endDate.toJSDate().toISOString()).toBe('2026-12-04T16:45:00.000Z');
    expect(events[4]!.description).toContain('Join and recording: https://hb.example.com/talks/2026-12-04-outbox/');
  });

  test('office hours stay at 14:00 Los Angeles time across the end of daylight saving (1 Nov 2026)', () => {
    const { events } = parse(buildCalendar(OPTIONS, [BACKEND], []));
    const starts = occurrences(events[0]!, 8);
    expect(starts.map((t) => t.toString())).toEqual([
      '2026-09-01T14:00:00',
      '2026-09-15T14:00:00',
      '2026-09-29T14:00:00',
      '2026-10-13T14:00:00',
      '2026-10-27T14:00:00',
      '2026-11-10T14:00:00',
      '2026-11-24T14:00:00',
      '2026-12-08T14:00:00',
    ]);
    // In UTC the session moves by the hour the clocks went back: 21:00Z under PDT, 22:00Z under PST.
    expect(starts.map((t) => t.toJSDate().toISOString().slice(11, 16))).toEqual(['21:00', '21:00', '21:00', '21:00', '21:00', '22:00', '22:00', '22:00']);
    // And the same instants as the site's own time-zone code computes.
    expect(starts.map((t) => t.toJSDate().getTime())).toEqual(
      starts.map((t) => zonedTimeToInstant(t.toString().slice(0, 10), '14:00', 'America/Los_Angeles').getTime()),
    );
  });

  test('Berlin office hours keep 16:00 across the spring change (28 Mar 2027), a year past the first session', () => {
    const { events } = parse(buildCalendar(OPTIONS, [IDENTITY], []));
    const starts = occurrences(events[0]!, 60);
    const utc = (date: string) =>
      starts
        .find((t) => t.toString().startsWith(date))!
        .toJSDate()
        .toISOString();
    expect(utc('2027-03-25')).toBe('2027-03-25T15:00:00.000Z');
    expect(utc('2027-04-01')).toBe('2027-04-01T14:00:00.000Z');
    expect(utc('2028-03-23')).toBe('2028-03-23T15:00:00.000Z');
    expect(utc('2028-03-30')).toBe('2028-03-30T14:00:00.000Z');
    expect(starts.every((t) => t.hour === 16 && t.minute === 0)).toBe(true);
  });

  test('the office-hours event, as written', () => {
    const ics = buildCalendar(OPTIONS, [BACKEND], []);
    const event = ics.slice(ics.indexOf('BEGIN:VEVENT'), ics.indexOf('END:VEVENT') + 'END:VEVENT'.length);
    expect(event.split('\r\n')).toMatchInlineSnapshot(`
      [
        "BEGIN:VEVENT",
        "UID:office-hours-backend@hb.example.com",
        "SEQUENCE:0",
        "DTSTAMP:20261124T000000Z",
        "DTSTART;TZID=America/Los_Angeles:20260901T140000",
        "DTEND;TZID=America/Los_Angeles:20260901T150000",
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        "SUMMARY:backend office hours: Databases\\; caching",
        "LOCATION:https://meet.example.com/backend",
        "DESCRIPTION:Databases\\; caching\\nEvery other Tuesday\\, 14:00 America/Los A",
        " ngeles\\, 60 minutes.\\nJoin: https://meet.example.com/backend\\nTeam page: h",
        " ttps://hb.example.com/teams/backend/",
        "CATEGORIES:Office hours,backend",
        "URL;VALUE=URI:https://meet.example.com/backend",
        "END:VEVENT",
      ]
    `);
  });

  test('a wall-clock time the build machine’s own zone skips is refused, not shifted', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const sunday = hours('night', { weekday: 'sunday', time: '02:30', timezone: 'Europe/Berlin', startsOn: '2027-03-14', durationMinutes: 30 });
      expect(() => buildCalendar(OPTIONS, [sunday], [])).toThrowErrorMatchingInlineSnapshot(
        `[Error: content/teams/night.md officeHours: 2027-03-14T02:30:00 does not exist in this build's own time zone (America/New_York), so the calendar cannot write it — build with TZ=UTC]`,
      );
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test('the abstract of a talk is the text before its first heading', () => {
    expect(abstractOf('In January the pipeline\ntook 45 minutes.\n\n## Transcript\n\nHello')).toBe('In January the pipeline took 45 minutes.');
    expect(abstractOf(undefined)).toBe('');
  });
});

describe('VTIMEZONE from Intl', () => {
  test('a zone with daylight saving gets one yearly rule per change', () => {
    expect(vtimezone('Europe/Berlin', 2026, 2028)!.split('\r\n')).toMatchInlineSnapshot(`
      [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "X-LIC-LOCATION:Europe/Berlin",
        "BEGIN:STANDARD",
        "DTSTART:20260101T000000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:20260329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "DTSTART:20261025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "END:VTIMEZONE",
      ]
    `);
  });

  test('a zone without daylight saving has one observance; UTC needs none', () => {
    const kolkata = vtimezone('Asia/Kolkata', 2026, 2028)!;
    expect(kolkata).toContain('TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530');
    expect(kolkata.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
    expect(vtimezone('UTC', 2026, 2028)).toBeUndefined();
  });

  test('a zone that changed its rules is written change by change, and still converts right', () => {
    // Brazil ended daylight saving in 2019: no yearly rule fits 2018 to 2020.
    const found = transitions('America/Sao_Paulo', 2018, 2020);
    expect(found.map((t) => new Date(t.at).toISOString())).toEqual(['2018-02-18T02:00:00.000Z', '2018-11-04T03:00:00.000Z', '2019-02-17T02:00:00.000Z']);
    const block = vtimezone('America/Sao_Paulo', 2018, 2020)!;
    expect(block).not.toContain('RRULE');
    const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${block}\r\nEND:VCALENDAR`;
    const zone = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vtimezone')!;
    const timezone = new ICAL.Timezone(zone);
    const at = (local: string) => {
      const time = ICAL.Time.fromDateTimeString(local);
      time.zone = timezone;
      return time.toJSDate().toISOString();
    };
    expect(at('2018-01-10T12:00:00')).toBe('2018-01-10T14:00:00.000Z'); // summer time before the first change in range
    expect(at('2018-06-01T12:00:00')).toBe('2018-06-01T15:00:00.000Z'); // -03:00 in winter
    expect(at('2018-12-01T12:00:00')).toBe('2018-12-01T14:00:00.000Z'); // -02:00 in summer time
    expect(at('2020-12-01T12:00:00')).toBe('2020-12-01T15:00:00.000Z'); // -03:00 ever since
  });

  test('the yearly rules agree with Intl for every Sunday of ten years', () => {
    const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${vtimezone('America/Los_Angeles', 2026, 2028)}\r\nEND:VCALENDAR`;
    const timezone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vtimezone')!);
    for (let date = '2026-01-04'; date < '2036-01-01'; date = addDays(date, 7)) {
      const time = ICAL.Time.fromDateTimeString(`${date}T12:00:00`);
      time.zone = timezone;
      expect(time.toJSDate().getTime(), date).toBe(zonedTimeToInstant(date, '12:00', 'America/Los_Angeles').getTime());
    }
  });
});
