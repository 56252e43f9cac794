import { describe, expect, test } from 'vitest';
import { whatNeedsAttention } from '../../src/lib/attention.ts';
import { mergeRequests, openInputRequests, sameRequest, whereToDiscuss, type RequestItem } from '../../src/lib/input-requests.ts';
import { adr, handbookOf, talk, team, update } from '../helpers/handbook-builder.ts';

describe('the same request, worded twice', () => {
  test.each([
    [
      'Fields of the v1 orders payload your integration reads, until December 12',
      'Which fields of the v1 orders payload your integration actually reads, before we drop the unused ones in v2',
    ],
    ['Services that can tolerate spot instances in staging, until December 1', 'Which services can tolerate spot instances in staging'],
    ['Review of ADR 0013 from every team that publishes events', 'Feedback on the outbox library API (ADR 0013) from any team that publishes events'],
    [
      'A shared definition of a "late" shipment, see our team page',
      'A shared definition of a "late" shipment (carrier promise, customer SLA or our ETA?) across product and analytics',
    ],
    ['Rate-limit headers', 'rate limit header'],
  ])('%s ≈ %s', (a, b) => {
    expect(sameRequest(a, b)).toBe(true);
    expect(sameRequest(b, a)).toBe(true);
  });

  test.each([
    [
      'Feedback on ADR 0013 from consumers of shipment events',
      'A shared definition of a "late" shipment (carrier promise, customer SLA or our ETA?) across product and analytics',
    ],
    ['Feedback on ADR 0013 from consumers of shipment events', 'Feedback on ADR 0012 from every team with feature flags'],
    ['Customer requests for SCIM provisioning beyond Okta and Microsoft Entra ID', 'Teams still using static AWS access keys in CI'],
    ['Reviewers', 'Testers'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameRequest(a, b)).toBe(false);
  });

  test('merging keeps the updates’ order, the page’s wording and date, and the rest of the page after', () => {
    const merged = mergeRequests<RequestItem>(
      [
        { topic: 'Services that can tolerate spot instances', updateId: 'u2' },
        { topic: 'Spot instances: which services tolerate them', updateId: 'u1' },
        { topic: 'ARM images', updateId: 'u1' },
      ],
      [{ topic: 'Owners of services on old base images' }, { topic: 'Which services can tolerate spot instances in staging', until: '2026-12-01' }],
    );
    expect(merged).toEqual([
      { topic: 'Which services can tolerate spot instances in staging', until: '2026-12-01', updateId: 'u2' },
      { topic: 'ARM images', updateId: 'u1' },
      { topic: 'Owners of services on old base images' },
    ]);
  });
});

describe('open requests', () => {
  const h = handbookOf({
    teams: [
      team('alpha', {
        channels: [
          { name: '#alpha', purpose: 'Questions' },
          { name: '#alpha-ops', purpose: 'Alerts' },
        ],
        lookingForInput: [{ topic: 'Closed yesterday', until: '2026-11-24' }, { topic: 'Closes today', until: '2026-11-25' }, { topic: 'Open-ended question' }],
      }),
      team('beta', { lookingForInput: [{ topic: 'Beta wants load-test volunteers', until: '2026-12-20' }] }),
    ],
    updates: [
      update('alpha-old', { date: '2026-11-10', lookingForInput: ['Asked 15 days ago'] }),
      update('alpha-recent', { date: '2026-11-11', lookingForInput: ['Asked 14 days ago', 'The open-ended question'] }),
      update('beta-future', { team: 'beta', date: '2026-11-27', lookingForInput: ['Not written yet'] }),
    ],
  });

  test('a page request until its date, an update request for 14 days, once each, soonest deadline first', () => {
    const open = openInputRequests(h, '2026-11-25');
    expect(open.map((r) => [r.team.id, r.topic, r.until ?? '', r.updateId ?? 'page', r.channel ?? ''])).toEqual([
      ['alpha', 'Closes today', '2026-11-25', 'page', '#alpha'],
      ['beta', 'Beta wants load-test volunteers', '2026-12-20', 'page', ''],
      ['alpha', 'Asked 14 days ago', '', 'alpha-recent', '#alpha'],
      ['alpha', 'Open-ended question', '', 'alpha-recent', '#alpha'],
    ]);
    expect(open.find((r) => r.updateId === 'alpha-recent')!.updateDate).toBe('2026-11-11');
  });

  test('the home page counts the same requests', () => {
    const a = whatNeedsAttention(h, { now: new Date('2026-11-25T12:00:00Z'), today: '2026-11-25', timeZone: 'UTC', staleAfterDays: 14 });
    expect(a.inputWanted).toHaveLength(4);
  });

  test('a decision is discussed at its link, else in the first owning team’s channel', () => {
    const withChannel = handbookOf({ teams: [team('alpha', { channels: [{ name: '#alpha', purpose: 'Questions' }] }), team('beta')] });
    expect(
      whereToDiscuss(adr('0001-x', { status: 'proposed', feedbackBy: '2026-12-01', discussion: 'https://github.com/acme/hb/pull/7' }), withChannel),
    ).toEqual({
      url: 'https://github.com/acme/hb/pull/7',
    });
    const fallback = whereToDiscuss(adr('0002-y', { status: 'proposed', feedbackBy: '2026-12-01' }), withChannel);
    expect('url' in fallback ? fallback.url : [fallback.channel, fallback.team?.id]).toEqual(['#alpha', 'alpha']);
  });
});

describe('the next 7 days on the home page', () => {
  // Wednesday 25 November 2026, 15:00 in Berlin: the list runs to the end of Tuesday 1 December there.
  const now = new Date('2026-11-25T14:00:00Z');
  const talks = [
    talk('earlier-today', { date: '2026-11-25T09:00:00Z' }),
    talk('tuesday-late', { date: '2026-12-01T22:30:00Z' }),
    talk('wednesday-after', { date: '2026-12-01T23:30:00Z' }),
  ];
  const hours = { weekday: 'wednesday', time: '09:00', timezone: 'Europe/Berlin', startsOn: '2026-11-04', durationMinutes: 30 } as const;
  const h = handbookOf({ teams: [team('alpha', { officeHours: hours }), team('beta')], talks });

  test('today and the six days after it, whole days in the handbook’s zone, next week’s same weekday left out', () => {
    const a = whatNeedsAttention(h, { now, today: '2026-11-25', timeZone: 'Europe/Berlin', staleAfterDays: 14 });
    expect(a.comingUp).toEqual({ from: '2026-11-25', to: '2026-12-01' });
    // 23:30 UTC on Tuesday is already Wednesday in Berlin.
    expect(a.talks.map((t) => t.id)).toEqual(['tuesday-late']);
    // Today's 09:00 session is over and next Wednesday's is the eighth day.
    expect(a.officeHours).toEqual([]);
    const monday = whatNeedsAttention(h, { now: new Date('2026-11-23T07:00:00Z'), today: '2026-11-23', timeZone: 'Europe/Berlin', staleAfterDays: 14 });
    expect(monday.officeHours.map((o) => o.session.localDate)).toEqual(['2026-11-25']);
  });
});
