/**
 * Thanks once they are in the handbook: every thanks across teams from kudos and enabled
 * wins, grouped by month and receiving team, received and given per team, the award's
 * quarter, and their lines in the weekly digest and the feeds.
 */
import { describe, expect, test } from 'vitest';
import { adrStatusDate } from '../../src/lib/adr-status-date.ts';
import { buildDigests, readingMinutes } from '../../src/lib/digest/assemble.ts';
import { digestFeedHtml, digestSummary } from '../../src/lib/digest/html.ts';
import { feedCatalog, selectFeedItems } from '../../src/lib/feeds/catalog.ts';
import { feedItems } from '../../src/lib/feeds/items.ts';
import { nominatedTeams, quarterOf, winnerOf } from '../../src/lib/kudos/awards.ts';
import { formatMonth } from '../../src/lib/kudos/months.ts';
import type { Thanks } from '../../src/lib/kudos/thanks.ts';
import { absoluteUrl } from '../../src/lib/routes.ts';
import { award, handbookOf, kudos, person, team } from '../helpers/handbook-builder.ts';

const TODAY = '2026-11-25';
const NOW = new Date('2026-11-25T12:00:00Z');
const SITE = 'https://hb.example.com';

const h = handbookOf({
  teams: [
    team('alpha', { wins: [{ title: 'Beta launch', date: '2026-11-24', enabledBy: ['gamma', 'beta'] }] }),
    team('beta', {
      wins: [
        { title: 'Fast search', date: '2026-10-02', enabledBy: ['alpha'] },
        { title: 'Alone', date: '2026-10-03' },
      ],
    }),
    team('gamma'),
  ],
  people: [
    person('alpha-lead'),
    person('alpha-dev'),
    person('beta-lead', { team: 'beta' }),
    person('beta-dev', { team: 'beta' }),
    person('gamma-lead', { team: 'gamma' }),
  ],
  kudos: [
    // To a person and their team: one thanks to Beta, naming the person and the team.
    kudos('2026-11-23-pooler', { from: 'alpha-dev', to: ['beta-dev'], teams: ['beta'], for: 'The <b>pooler</b>' }),
    // To people of two teams, and (since moved to the giver's team) a teammate, who is left out.
    kudos('2026-11-02-review', { from: 'gamma-lead', to: ['alpha-lead', 'beta-lead', 'beta-dev'], teams: [], for: 'Reviews' }),
    kudos('2026-10-15-docs', { from: 'beta-lead', to: ['gamma-lead', 'beta-dev'], teams: [], for: 'Docs' }),
    kudos('2026-07-01-summer', { from: 'beta-dev', teams: ['alpha'], for: 'Summer help' }),
  ],
  awards: [
    award('2026-q3-best', {
      quarter: '2026-Q3',
      nominees: [
        { teams: ['alpha', 'beta'], for: 'Search' },
        { teams: ['gamma'], for: 'Docs' },
      ],
      winner: 1,
      decided: '2026-10-09',
      citation: 'Gamma wrote it all down.',
    }),
    award('2026-q4-best', { nominees: [{ teams: ['beta', 'gamma'], for: 'Pooler' }] }),
  ],
});

const line = (t: Thanks) =>
  `${t.date} ${t.source} ${t.fromPerson ?? '-'}@${t.fromTeam} → ${t.toTeam}${t.toPeople.length ? ` (${t.toPeople.join(', ')})` : ''}${t.toWholeTeam ? ' [team]' : ''}: ${t.for}`;

describe('every thanks across teams', () => {
  test('one per receiving team of a kudos, one per enabling team of a win, newest first; never within one team', () => {
    expect(h.thanks.map(line)).toEqual([
      '2026-11-24 win -@alpha → beta [team]: Beta launch',
      '2026-11-24 win -@alpha → gamma [team]: Beta launch',
      '2026-11-23 kudos alpha-dev@alpha → beta (beta-dev) [team]: The <b>pooler</b>',
      '2026-11-02 kudos gamma-lead@gamma → alpha (alpha-lead): Reviews',
      '2026-11-02 kudos gamma-lead@gamma → beta (beta-lead, beta-dev): Reviews',
      '2026-10-15 kudos beta-lead@beta → gamma (gamma-lead): Docs',
      '2026-10-02 win -@beta → alpha [team]: Fast search',
      '2026-07-01 kudos beta-dev@beta → alpha [team]: Summer help',
    ]);
  });

  test('each thanks names its source entry, for the connection map', () => {
    expect(h.thanks.map((t) => `${t.source}:${t.entryId}`)).toEqual([
      'win:alpha',
      'win:alpha',
      'kudos:2026-11-23-pooler',
      'kudos:2026-11-02-review',
      'kudos:2026-11-02-review',
      'kudos:2026-10-15-docs',
      'win:beta',
      'kudos:2026-07-01-summer',
    ]);
  });

  test('received and given per team, newest first', () => {
    const counts = h.teams.map((t) => `${t.id}: received ${h.thanksReceivedBy(t.id).length}, given ${h.thanksGivenBy(t.id).length}`);
    expect(counts).toEqual(['alpha: received 3, given 3', 'beta: received 3, given 3', 'gamma: received 2, given 2']);
    expect(h.thanksReceivedBy('alpha').map((t) => t.date)).toEqual(['2026-11-02', '2026-10-02', '2026-07-01']);
  });
});

describe('by month, by receiving team', () => {
  test('months newest first, with counts; teams alphabetical; each team’s thanks oldest first', () => {
    expect(
      h.thanksMonths.map((month) => ({
        month: month.month,
        count: month.count,
        kudos: month.kudos,
        teams: month.byTeam.map((group) => `${group.team}: ${group.thanks.map((t) => `${t.date.slice(8)} ${t.for}`).join(' | ')}`),
      })),
    ).toEqual([
      {
        month: '2026-11',
        count: 5,
        kudos: 2,
        teams: ['alpha: 02 Reviews', 'beta: 02 Reviews | 23 The <b>pooler</b> | 24 Beta launch', 'gamma: 24 Beta launch'],
      },
      { month: '2026-10', count: 2, kudos: 1, teams: ['alpha: 02 Fast search', 'gamma: 15 Docs'] },
      { month: '2026-07', count: 1, kudos: 1, teams: ['alpha: 01 Summer help'] },
    ]);
    expect(formatMonth('2026-11')).toBe('November 2026');
  });
});

describe('awards', () => {
  test('quarters of dates, winners and nominated teams', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-11-25', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q4',
      '2026-Q4',
    ]);
    const [q4, q3] = h.awards;
    expect([q4!.id, q3!.id]).toEqual(['2026-q4-best', '2026-q3-best']);
    expect(winnerOf(q3!.data)).toEqual({ teams: ['gamma'], for: 'Docs' });
    expect(winnerOf(q4!.data)).toBeUndefined();
    expect(nominatedTeams(q3!.data)).toEqual(['alpha', 'beta', 'gamma']);
    expect(
      h.teams.map(
        (t) =>
          `${t.id}: ${h
            .awardsOfTeam(t.id)
            .map((a) => a.id)
            .join(', ')}`,
      ),
    ).toEqual(['alpha: 2026-q3-best', 'beta: 2026-q4-best, 2026-q3-best', 'gamma: 2026-q4-best, 2026-q3-best']);
  });
});

describe('the weekly digest', () => {
  const digests = buildDigests(h, { today: TODAY, now: NOW, timeZone: 'UTC', adrStatusDate: (adr) => adrStatusDate(adr, [], undefined).date });
  const week = (id: string) => digests.find((digest) => digest.week.id === id)!;

  test('thanks are news for the receiving team in the week they were given; an award for its winners in the week it was decided', () => {
    const received = (id: string) =>
      week(id).teams.map(
        (t) => `${t.teamId}: ${t.thanks.map((item) => item.for).join(' | ') || '-'}; awards ${t.awards.map((a) => a.awardId).join(', ') || '-'}`,
      );
    // Week 48: 23–29 November. Alpha's win is also in its own section, as shipped.
    expect(received('2026-w48')).toEqual(['alpha: -; awards -', 'beta: The <b>pooler</b> | Beta launch; awards -', 'gamma: Beta launch; awards -']);
    expect(received('2026-w41')).toEqual(['gamma: -; awards 2026-q3-best']);
    expect(digestSummary(week('2026-w48'))).toBe('1 thing shipped and 3 thanks across teams, across 3 teams.');
    expect(readingMinutes(week('2026-w48'))).toBe(1);
  });

  test('the digest says who thanked whom for what, markup shown as text', () => {
    const html = digestFeedHtml(week('2026-w48'), {
      links: {
        team: (id) => `${SITE}/teams/${id}/`,
        adr: (id) => id,
        talk: (id) => id,
        update: (id) => id,
        dependency: (id) => id,
        digest: (id) => id,
        program: (route) => `${SITE}/${route}`,
      },
      teamName: (id) => id.toUpperCase(),
      personName: (id) => id,
      timeZone: 'UTC',
    });
    expect(html).toContain(
      `<h3>Thanks received</h3><ul><li>alpha-dev (<a href="${SITE}/teams/alpha/">ALPHA</a>) <a href="${SITE}/kudos/2026-11/#2026-11-23-pooler">The &lt;b&gt;pooler&lt;/b&gt;</a> <span>to beta-dev · 23 Nov 2026</span></li><li><a href="${SITE}/teams/alpha/">ALPHA</a> a win Beta made possible: Beta launch <span>24 Nov 2026</span></li></ul>`,
    );
  });
});

describe('the feeds', () => {
  const feed = feedItems(h, [], {
    url: (route) => absoluteUrl(SITE, '/', route),
    base: '/',
    bodyHtml: () => '',
    adrStatusDate: (adr) => adr.data.date,
    committedOn: () => undefined,
    digestHtml: () => '',
    now: NOW,
    today: TODAY,
    timeZone: 'UTC',
  });

  test('one item per kudos on its day and one per decided award, in the kudos feed and the feeds of the teams named', () => {
    const catalog = feedCatalog('Acme', [{ id: 'gamma', name: 'Gamma' }]);
    const kudosFeed = catalog.collections.find((definition) => definition.id === 'kudos')!;
    expect(kudosFeed.route).toBe('kudos/rss.xml');
    expect(selectFeedItems(feed, kudosFeed).map((item) => `${item.pubDate.toISOString().slice(0, 10)} ${item.title}`)).toEqual([
      '2026-11-23 Kudos to beta dev, Beta',
      '2026-11-02 Kudos to alpha lead, beta lead, beta dev',
      '2026-10-15 Kudos to gamma lead, beta dev',
      '2026-10-09 Collaboration of the quarter, 2026-Q3: Gamma',
      '2026-07-01 Kudos to Alpha',
    ]);
    expect(selectFeedItems(feed, catalog.teams[0]!).filter((item) => item.kind === 'kudos').length).toBe(3);
    const pooler = feed.find((item) => item.guid.endsWith('#2026-11-23-pooler'))!;
    expect(pooler.content).toContain('<p>The &lt;b>pooler&lt;/b></p>');
    expect(pooler.content).not.toContain('<b>');
  });
});
