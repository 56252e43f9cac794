/**
 * The programs once they are in the handbook: their states on a given day, the lists of
 * the overview, team and person pages, their feed items, their lines in the weekly
 * digest, and their calendar events.
 */
import { describe, expect, test } from 'vitest';
import { adrStatusDate } from '../../src/lib/adr-status-date.ts';
import { buildCalendar } from '../../src/lib/calendar/calendar.ts';
import { buildDigests } from '../../src/lib/digest/assemble.ts';
import { digestFeedHtml, digestSummary } from '../../src/lib/digest/html.ts';
import { feedCatalog, selectFeedItems } from '../../src/lib/feeds/catalog.ts';
import { feedItems } from '../../src/lib/feeds/items.ts';
import { formatSpan } from '../../src/lib/programs/format.ts';
import { byState, ofTeam, programItems, roleIn } from '../../src/lib/programs/items.ts';
import { pairingState, spanState, weeksFrom } from '../../src/lib/programs/spans.ts';
import { absoluteUrl, routes } from '../../src/lib/routes.ts';
import { handbookOf, mentorship, pairing, person, rotation, team } from '../helpers/handbook-builder.ts';
import { readCalendar } from '../helpers/ical.ts';

const TODAY = '2026-11-24';
const NOW = new Date('2026-11-24T12:00:00Z');
const CLOCK = { today: TODAY, now: NOW, timeZone: 'UTC' };
const SITE = 'https://hb.example.com';

const h = handbookOf({
  teams: [team('alpha'), team('beta')],
  people: [
    person('alpha-lead'),
    person('alpha-dev', { timezone: 'Europe/Lisbon' }),
    person('beta-lead', { team: 'beta' }),
    person('beta-dev', { team: 'beta', timezone: 'Asia/Tokyo' }),
  ],
  rotations: [
    rotation('2026-10-05-alpha-lead', { start: '2026-10-05', outcome: 'Moved the <b>retries</b> onto the queue' }),
    rotation('2026-11-16-beta-dev', { person: 'beta-dev', hostTeam: 'alpha', start: '2026-11-16', buddy: 'alpha-dev', cover: 'beta-lead' }),
    rotation('2026-12-07-alpha-lead', { start: '2026-12-07', weeks: 1 }),
  ],
  mentorships: [
    mentorship('2026-09-07-alpha-dev'),
    mentorship('2026-05-04-beta-lead', {
      mentor: 'alpha-dev',
      mentee: 'beta-lead',
      kind: 'reverse',
      start: '2026-05-04',
      weeks: 12,
      outcome: 'Beta writes its own dbt models.',
    }),
  ],
  pairings: [
    pairing('2026-11-19-profile-the-pooler', { outcome: 'Found the slow query.' }),
    pairing('2026-12-03-passkeys', { date: '2026-12-03T09:00:00Z', people: ['alpha-dev', 'beta-dev'], objective: 'Passkeys on Android' }),
  ],
});
const items = programItems(h, CLOCK);

describe('states and spans', () => {
  test('a span of weeks ends on the last day of its last week; its state follows today', () => {
    const span = weeksFrom('2026-11-16', 2);
    expect(span).toEqual({ start: '2026-11-16', last: '2026-11-29' });
    expect(['2026-11-15', '2026-11-16', '2026-11-29', '2026-11-30'].map((day) => spanState(span, day))).toEqual([
      'planned',
      'in-progress',
      'in-progress',
      'ended',
    ]);
    expect(
      ['2026-11-19T14:59:00Z', '2026-11-19T15:00:00Z', '2026-11-19T16:00:00Z'].map((iso) =>
        pairingState({ date: '2026-11-19T15:00:00Z', durationMinutes: 60 }, new Date(iso)),
      ),
    ).toEqual(['planned', 'in-progress', 'ended']);
    expect(
      [weeksFrom('2026-11-16', 2), weeksFrom('2026-11-23', 2), weeksFrom('2026-12-21', 3), { start: '2026-12-03', last: '2026-12-03' }].map(formatSpan),
    ).toEqual(['16–29 Nov 2026', '23 Nov – 6 Dec 2026', '21 Dec 2026 – 10 Jan 2027', '3 Dec 2026']);
  });
});

describe('the lists of the pages', () => {
  test('running now, coming up, and past with the most recently ended first', () => {
    const { now, next, past } = byState(items);
    expect(now.map((item) => `${item.kind} ${item.title}`)).toEqual(['mentorship beta lead mentors alpha dev', 'rotation beta dev visits Alpha']);
    expect(next.map((item) => item.id)).toEqual(['2026-12-03-passkeys', '2026-12-07-alpha-lead']);
    expect(past.map((item) => [item.id, item.span.last, item.outcome])).toEqual([
      ['2026-11-19-profile-the-pooler', '2026-11-19', 'Found the slow query.'],
      ['2026-10-05-alpha-lead', '2026-10-18', 'Moved the <b>retries</b> onto the queue'],
      ['2026-05-04-beta-lead', '2026-07-26', 'Beta writes its own dbt models.'],
    ]);
  });

  test('a team’s programs, and each person’s part in them', () => {
    expect(ofTeam(items, 'beta').length).toBe(items.length);
    const rotationNow = items.find((item) => item.id === '2026-11-16-beta-dev')!;
    expect(rotationNow.teams).toEqual(['beta', 'alpha']);
    expect(['beta-dev', 'alpha-dev', 'beta-lead', 'alpha-lead'].map((id) => roleIn(rotationNow, id))).toEqual(['visitor', 'buddy', 'cover', undefined]);
    expect(items.filter((item) => roleIn(item, 'alpha-dev') !== undefined).map((item) => `${item.id}: ${roleIn(item, 'alpha-dev')}`)).toEqual([
      '2026-10-05-alpha-lead: cover',
      '2026-11-16-beta-dev: buddy',
      '2026-12-07-alpha-lead: cover',
      '2026-05-04-beta-lead: mentor',
      '2026-09-07-alpha-dev: mentee',
      '2026-11-19-profile-the-pooler: pair',
      '2026-12-03-passkeys: pair',
    ]);
  });
});

describe('feeds', () => {
  const feed = feedItems(h, [], {
    url: (route) => absoluteUrl(SITE, '/', route),
    base: '/',
    bodyHtml: () => '',
    adrStatusDate: (adr) => adr.data.date,
    committedOn: () => '2026-11-02',
    digestHtml: () => '',
    ...CLOCK,
  });

  test('one item per program, for the state it is in: a new state is a new guid', () => {
    expect(feed.map((item) => `${item.pubDate.toISOString().slice(0, 16)} ${item.guid.replace(SITE, '')} | ${item.title} | ${item.teams.join(',')}`))
      .toMatchInlineSnapshot(`
      [
        "2026-11-19T16:00 /programs/pairings/2026-11-19-profile-the-pooler/#held | Pair session: Profile the pooler | alpha,beta",
        "2026-11-16T00:00 /programs/rotations/2026-11-16-beta-dev/#started | Rotation started: beta dev visits Alpha | beta,alpha",
        "2026-11-02T00:00 /programs/pairings/2026-12-03-passkeys/#planned | Pair session planned: Passkeys on Android (3 Dec 2026) | alpha,beta",
        "2026-11-02T00:00 /programs/rotations/2026-12-07-alpha-lead/#planned | Rotation planned: alpha lead visits Beta (7–13 Dec 2026) | alpha,beta",
        "2026-10-19T00:00 /programs/rotations/2026-10-05-alpha-lead/#ended | Rotation ended: alpha lead visits Beta | alpha,beta",
        "2026-09-07T00:00 /programs/mentorships/2026-09-07-alpha-dev/#started | Mentorship started: beta lead mentors alpha dev | beta,alpha",
        "2026-07-27T00:00 /programs/mentorships/2026-05-04-beta-lead/#ended | Mentorship ended: alpha dev mentors beta lead | alpha,beta",
      ]
    `);
  });

  test('the content says who, where and when, with goals and outcome, markup shown as text', () => {
    const ended = feed.find((item) => item.guid.endsWith('2026-10-05-alpha-lead/#ended'))!;
    expect(ended.content).toContain('<h2>Outcome</h2><p>Moved the &lt;b>retries&lt;/b> onto the queue</p>');
    expect(ended.content).not.toContain('<b>');
    expect(ended.content).toContain(
      `<a href="${SITE}/people/alpha-lead/">alpha lead</a> (<a href="${SITE}/teams/alpha/">Alpha</a>) visits <a href="${SITE}/teams/beta/">Beta</a> for 2 weeks, 5–18 Oct 2026.`,
    );
    expect(ended.content).toContain('<h2>Goals</h2><ul><li>Learn</li></ul>');
    const reverse = feed.find((item) => item.guid.includes('2026-05-04-beta-lead'))!;
    expect(reverse.content).toMatch(/^<p>Reverse mentoring: /);
  });

  test('each team’s feed and each program’s feed carry its items', () => {
    const catalog = feedCatalog('Acme', [{ id: 'alpha', name: 'Alpha' }]);
    expect(selectFeedItems(feed, catalog.teams[0]!).length).toBe(7);
    const programFeeds = catalog.collections.filter((definition) => definition.route.startsWith('programs/'));
    expect(programFeeds.map((definition) => [definition.route, definition.pageRoute, selectFeedItems(feed, definition).length])).toEqual([
      ['programs/rotations/rss.xml', routes.rotations(), 3],
      ['programs/mentorships/rss.xml', routes.mentorships(), 2],
      ['programs/pairings/rss.xml', routes.pairings(), 2],
    ]);
  });
});

describe('the weekly digest', () => {
  const digests = buildDigests(h, { ...CLOCK, adrStatusDate: (adr) => adrStatusDate(adr, [], undefined).date });
  const week = (id: string) => digests.find((digest) => digest.week.id === id)!;

  test('a program is news in the week it starts and the week it is over, for each team taking part', () => {
    const lines = (id: string) =>
      week(id).teams.map(
        (t) =>
          `${t.teamId}: started ${t.programsStarted.map((p) => p.programId).join(', ') || '-'}; ended ${t.programsEnded.map((p) => p.programId).join(', ') || '-'}`,
      );
    expect(lines('2026-w47')).toEqual([
      'alpha: started 2026-11-16-beta-dev; ended 2026-11-19-profile-the-pooler',
      'beta: started 2026-11-16-beta-dev; ended 2026-11-19-profile-the-pooler',
    ]);
    // The rotation of 5–18 October is over from Monday 19 October (week 43).
    expect(lines('2026-w43')).toEqual(['alpha: started -; ended 2026-10-05-alpha-lead', 'beta: started -; ended 2026-10-05-alpha-lead']);
    expect(digests.some((digest) => digest.teams.some((t) => t.programsStarted.some((p) => p.programId === '2026-12-07-alpha-lead')))).toBe(false);
    expect(digestSummary(week('2026-w47'))).toBe('2 programs started and 2 programs ended, across 2 teams.');
  });

  test('the digest says what started and what ended, with its outcome', () => {
    const html = digestFeedHtml(week('2026-w47'), {
      links: {
        team: (id) => `${SITE}/teams/${id}/`,
        adr: (id) => id,
        talk: (id) => id,
        update: (id) => id,
        dependency: (id) => id,
        digest: (id) => id,
        program: (route) => `${SITE}/${route}`,
      },
      teamName: (id) => id,
      personName: (id) => id,
      timeZone: 'UTC',
    });
    expect(html).toContain(
      `<h3>Programs started</h3><ul><li><a href="${SITE}/programs/rotations/2026-11-16-beta-dev/">beta dev visits Alpha</a> <span>Rotation · 16–29 Nov 2026</span></li></ul>`,
    );
    expect(html).toContain('<h3>Programs ended</h3>');
    expect(html).toContain('<span>Outcome: Found the slow query.</span>');
  });
});

describe('the calendar', () => {
  const ics = buildCalendar(
    { name: 'Acme', description: 'All.', pageUrl: `${SITE}/subscribe/`, uidDomain: 'hb.example.com', stamp: new Date('2026-11-24T00:00:00Z'), untilYear: 2028 },
    [],
    [],
    {
      rotations: h.rotations.map((r) => ({
        rotationId: r.id,
        rotation: r.data,
        personName: r.data.person,
        homeTeamName: 'Alpha',
        hostTeamName: 'Beta',
        buddyName: r.data.buddy,
        coverName: r.data.cover,
        pageUrl: `${SITE}/${routes.rotation(r.id)}`,
      })),
      pairings: h.pairings.map((p) => ({
        pairingId: p.id,
        pairing: p.data,
        people: p.data.people.map((id) => ({ name: id, teamName: h.person.get(id)!.data.team, timezone: h.person.get(id)!.data.timezone })),
        pageUrl: `${SITE}/${routes.pairing(p.id)}`,
      })),
    },
  );
  const { events, problems } = readCalendar(ics);

  test('parses strictly', () => {
    expect(problems).toEqual([]);
    expect(events.map((event) => event.uid)).toEqual([
      'rotation-2026-10-05-alpha-lead@hb.example.com',
      'rotation-2026-11-16-beta-dev@hb.example.com',
      'rotation-2026-12-07-alpha-lead@hb.example.com',
      'pairing-2026-11-19-profile-the-pooler@hb.example.com',
      'pairing-2026-12-03-passkeys@hb.example.com',
    ]);
  });

  test('a rotation is an all-day event over its weeks, ending the day after its last', () => {
    const event = events.find((e) => e.uid.startsWith('rotation-2026-11-16'))!;
    expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString()]).toEqual([true, '2026-11-16', '2026-11-30']);
    expect(event.summary).toBe('Rotation: beta-dev (Alpha) visits Beta');
  });

  test('a pair session is at its time in the first person’s zone, with everyone’s local time', () => {
    const event = events.find((e) => e.uid.startsWith('pairing-2026-12-03'))!;
    expect(event.startDate.zone.tzid).toBe('Europe/Lisbon');
    expect([event.startDate.toString(), event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()]).toEqual([
      '2026-12-03T09:00:00',
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T10:00:00.000Z',
    ]);
    expect(event.description.split('\n')).toEqual([
      'Passkeys on Android',
      'alpha-dev (alpha): 09:00 Lisbon',
      'beta-dev (beta): 18:00 Tokyo',
      '60 minutes.',
      `Page: ${SITE}/programs/pairings/2026-12-03-passkeys/`,
    ]);
  });
});
