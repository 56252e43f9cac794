/** The weekly dependency review and the on-time rate, from a fixture whose history is known day by day. */
import { describe, expect, test } from 'vitest';
import { reviewAgenda } from '../../src/lib/dependency-review/agenda.ts';
import { changesBetween, deliveredOn, lastConfirmed, statusOn } from '../../src/lib/dependency-review/history.ts';
import { onTimeRate, quarterOf, quarterSpan } from '../../src/lib/dependency-review/on-time.ts';
import { dependency } from '../helpers/handbook-builder.ts';

const TODAY = '2026-11-25'; // Wednesday of 2026-W48; "since last week" is after 2026-11-18.

const FIXTURE = [
  // Became blocked on Monday, with no word on why.
  dependency('stream', {
    status: 'blocked',
    needBy: '2026-12-04',
    reviewed: '2026-11-23',
    history: [
      { date: '2026-08-10', status: 'planned' },
      { date: '2026-11-09', status: 'at-risk', note: 'Waits for the outbox decision.' },
      { date: '2026-11-23', status: 'blocked' },
    ],
  }),
  // Became at risk on Friday and its need-by date passed then too.
  dependency('sign-in', {
    status: 'at-risk',
    needBy: '2026-11-20',
    history: [
      { date: '2026-06-08', status: 'planned' },
      { date: '2026-11-20', status: 'at-risk', note: 'Two engineers moved.' },
    ],
  }),
  // Improved this week: a change, not a worry.
  dependency('passkeys', {
    status: 'on-track',
    needBy: '2026-12-16',
    history: [
      { date: '2026-09-21', status: 'planned' },
      { date: '2026-11-19', status: 'on-track' },
    ],
  }),
  // Changed exactly a week ago: last week's news, not this week's.
  dependency('tokens', { status: 'on-track', needBy: '2027-01-10', reviewed: '2026-11-18', history: [{ date: '2026-11-18', status: 'on-track' }] }),
  // Blocked for weeks, with the reason on the change: not silent, but unreviewed for 21 days.
  dependency('offline', {
    status: 'blocked',
    needBy: '2026-12-09',
    reviewed: '2026-11-04',
    history: [{ date: '2026-11-04', status: 'blocked', note: 'No change feed in the beta.' }],
  }),
  // Done in Q4: on time, and late.
  dependency('pooler', {
    status: 'done',
    needBy: '2026-10-31',
    history: [
      { date: '2026-05-04', status: 'planned' },
      { date: '2026-10-27', status: 'done' },
    ],
  }),
  dependency('palette', {
    status: 'done',
    needBy: '2026-10-15',
    history: [
      { date: '2026-04-14', status: 'planned' },
      { date: '2026-10-22', status: 'done' },
    ],
  }),
  // Done in Q3, on time; and one done without a dated history.
  dependency('ci-keys', { status: 'done', needBy: '2026-09-01', history: [{ date: '2026-08-25', status: 'done' }] }),
  dependency('undated', { status: 'done', needBy: '2026-12-01' }),
  // Never reviewed, no history.
  dependency('budget', { status: 'planned', needBy: '2027-02-01' }),
];

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('a dependency history', () => {
  const stream = FIXTURE[0]!.data;

  test('gives the status on any day, and none before the first change', () => {
    expect([statusOn(stream, '2026-08-09'), statusOn(stream, '2026-08-10'), statusOn(stream, '2026-11-22'), statusOn(stream, TODAY)]).toEqual([
      undefined,
      'planned',
      'at-risk',
      'blocked',
    ]);
  });

  test('lists the changes in a span with the status each replaced', () => {
    expect(changesBetween(stream, '2026-11-01', TODAY)).toEqual([
      { date: '2026-11-09', status: 'at-risk', note: 'Waits for the outbox decision.', previous: 'planned' },
      { date: '2026-11-23', status: 'blocked', previous: 'at-risk' },
    ]);
  });

  test('knows the day of delivery only from the history', () => {
    expect(FIXTURE.map((d) => deliveredOn(d.data) ?? '-')).toEqual(['-', '-', '-', '-', '-', '2026-10-27', '2026-10-22', '2026-08-25', '-', '-']);
  });

  test('counts a status change as a review', () => {
    expect(lastConfirmed({ reviewed: '2026-11-06', history: [{ date: '2026-11-12', status: 'at-risk' }] })).toBe('2026-11-12');
    expect(lastConfirmed({ reviewed: '2026-11-20', history: [{ date: '2026-11-12', status: 'at-risk' }] })).toBe('2026-11-20');
    expect(lastConfirmed({ history: [] })).toBeUndefined();
  });
});

describe('the weekly review agenda', () => {
  const agenda = reviewAgenda(FIXTURE, TODAY);

  test('covers the seven days before the sync', () => {
    expect([agenda.since, agenda.today]).toEqual(['2026-11-18', TODAY]);
  });

  test('lists what changed since last week, newest first, with the status it left', () => {
    expect(agenda.changed.map(({ dependency: d, change }) => [d.id, change.date, change.previous, change.status])).toEqual([
      ['stream', '2026-11-23', 'at-risk', 'blocked'],
      ['sign-in', '2026-11-20', 'planned', 'at-risk'],
      ['passkeys', '2026-11-19', 'planned', 'on-track'],
    ]);
  });

  test('picks out what became blocked or at risk', () => {
    expect(agenda.becameWorse.map(({ dependency: d, change }) => `${d.id}: ${change.status}`)).toEqual(['stream: blocked', 'sign-in: at-risk']);
  });

  test('lists what is overdue, with the days since its need-by date', () => {
    expect(agenda.overdue.map(({ dependency: d, daysLate }) => [d.id, daysLate])).toEqual([['sign-in', 5]]);
  });

  test('lists open dependencies nobody confirmed for 14 days, most at risk first', () => {
    expect(agenda.notReviewed.map(({ dependency: d, lastReviewed, days }) => [d.id, lastReviewed, days])).toEqual([
      ['offline', '2026-11-04', 21],
      ['budget', undefined, undefined],
    ]);
  });

  test('lists blocked dependencies whose blocking change has no note', () => {
    expect(ids(agenda.blockedWithoutNote)).toEqual(['stream']);
  });
});

describe('the on-time rate', () => {
  test('is the share of the quarter’s due dependencies done by their need-by date; one past due and open is late', () => {
    expect(onTimeRate(FIXTURE, '2026-Q4', TODAY)).toEqual({
      quarter: '2026-Q4',
      onTime: ['pooler'],
      late: ['sign-in', 'palette'],
      undated: ['undated'],
      rate: 1 / 3,
    });
  });

  test('leaves out what is not due yet, and is null for a quarter with nothing due', () => {
    expect(onTimeRate(FIXTURE, '2026-Q3', TODAY)).toMatchObject({ onTime: ['ci-keys'], late: [], rate: 1 });
    expect(onTimeRate(FIXTURE, '2026-Q2', TODAY)).toMatchObject({ onTime: [], late: [], rate: null });
    expect(onTimeRate(FIXTURE, '2026-Q4', '2026-10-01').late).toEqual([]);
  });

  test('reads quarters as written in the handbook', () => {
    expect([quarterSpan('2026-Q4'), quarterSpan('2026-Q1'), quarterOf('2026-11-25'), quarterOf('2026-03-31')]).toEqual([
      { first: '2026-10-01', last: '2026-12-31' },
      { first: '2026-01-01', last: '2026-03-31' },
      '2026-Q4',
      '2026-Q1',
    ]);
    expect(() => quarterSpan('2026-q5')).toThrow('"2026-q5" is not a quarter — write it as YYYY-Qn, e.g. 2026-Q4');
  });
});
