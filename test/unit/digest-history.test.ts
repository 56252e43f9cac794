/** The digest reads dependency histories: what became at risk or blocked, and what was delivered, in its week; and a decision's summary is its text. */
import { describe, expect, test } from 'vitest';
import { adrStatusDate } from '../../src/lib/adr-status-date.ts';
import { buildDigests } from '../../src/lib/digest/assemble.ts';
import { digestFeedHtml, type DigestEmailContext } from '../../src/lib/digest/html.ts';
import { adr, dependency, handbookOf, team, update } from '../helpers/handbook-builder.ts';

const TODAY = '2026-11-25';
const h = handbookOf({
  teams: [team('alpha'), team('beta')],
  // An update gives week 48 its digest; dependencies never create one.
  updates: [update('u', { date: '2026-11-23', shipped: ['Something'] })],
  adrs: [
    adr('0001-rpc', {
      status: 'accepted',
      date: '2026-11-24',
      options: [
        { id: 'connect', summary: 'Connect RPC.' },
        { id: 'grpc', summary: 'gRPC.' },
      ],
      decision: { option: 'connect', summary: 'Internal services speak <Connect> RPC.' },
    }),
  ],
  dependencies: [
    // Became at risk on Tuesday, needed far later: news only because of its history.
    dependency('pooler', {
      status: 'at-risk',
      needBy: '2027-03-01',
      history: [
        { date: '2026-10-01', status: 'on-track' },
        { date: '2026-11-24', status: 'at-risk' },
      ],
    }),
    // Delivered on Monday.
    dependency('tokens', {
      status: 'done',
      needBy: '2026-11-20',
      to: { team: 'alpha', deliverable: 'Tokens' },
      history: [
        { date: '2026-09-01', status: 'planned' },
        { date: '2026-11-23', status: 'done' },
      ],
    }),
    // At risk since last month: nothing new this week, and not needed soon.
    dependency('old-news', { status: 'at-risk', needBy: '2027-02-01', history: [{ date: '2026-10-20', status: 'at-risk' }] }),
  ],
});
const digest = buildDigests(h, {
  today: TODAY,
  now: new Date(`${TODAY}T12:00:00Z`),
  timeZone: 'UTC',
  adrStatusDate: (e) => adrStatusDate(e, [], undefined).date,
})[0]!;
const alpha = digest.teams.find((t) => t.teamId === 'alpha')!;

describe('the digest of 2026-W48', () => {
  test('lists what became at risk and what was delivered this week, with the day, and not older news', () => {
    expect(digest.week.id).toBe('2026-w48');
    expect(alpha.dependencies.map((d) => [d.dependencyId, d.status, d.change?.date])).toEqual([
      ['pooler', 'at-risk', '2026-11-24'],
      ['tokens', 'done', '2026-11-23'],
    ]);
  });

  test('says so in its text, and gives a decided decision its summary', () => {
    const ctx: DigestEmailContext = {
      links: {
        team: (x) => `/t/${x}/`,
        adr: (x) => `/a/${x}/`,
        talk: (x) => `/k/${x}/`,
        update: (x) => `/u/${x}/`,
        dependency: (x) => `/d/${x}/`,
        digest: (x) => `/g/${x}/`,
      },
      teamName: (x) => x,
      personName: (x) => x,
      timeZone: 'UTC',
      orgName: 'Acme',
      indexUrl: '/g/',
      subscribeUrl: '/s/',
    };
    const html = digestFeedHtml(digest, ctx);
    expect(html).toContain('needed by 1 Mar 2027 · became at risk on 24 Nov 2026');
    expect(html).toContain('needed by 20 Nov 2026 · delivered on 23 Nov 2026');
    expect(html).toContain('Internal services speak &lt;Connect&gt; RPC.');
    expect(html).toContain('and those whose history shows them becoming at risk or blocked, or delivered, this week.');
  });
});
