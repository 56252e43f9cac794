/** Decisions: who has not answered, what is due, whether an old one is still true, and how each kind is labelled. */
import { describe, expect, test } from 'vitest';
import { adrLabel } from '../../src/lib/adr-label.ts';
import { dueProposals, dueText } from '../../src/lib/decisions/deadlines.ts';
import { acceptedOver, notResponded, unansweredBy } from '../../src/lib/decisions/responses.ts';
import { reviewOverdueDays } from '../../src/lib/decisions/review.ts';
import { adr } from '../helpers/handbook-builder.ts';

const ADRS = [
  adr('0001-flags', {
    status: 'proposed',
    feedbackBy: '2026-11-27',
    consulted: ['beta', 'gamma', 'delta'],
    informed: ['epsilon'],
    responses: [{ team: 'beta', position: 'concerns' }],
  }),
  adr('0002-queue', { status: 'proposed', feedbackBy: '2026-11-20', consulted: ['gamma'] }),
  adr('0003-later', { status: 'proposed', feedbackBy: '2026-12-10', consulted: ['gamma', 'epsilon'] }),
  adr('0004-rpc', {
    status: 'accepted',
    consulted: ['beta', 'gamma'],
    responses: [
      { team: 'beta', position: 'support' },
      { team: 'gamma', position: 'object' },
    ],
  }),
];

describe('responses', () => {
  test('consulted teams without a response, in the order listed', () => {
    expect(notResponded(ADRS[0]!.data)).toEqual(['gamma', 'delta']);
  });

  test('an accepted decision names the teams it was taken over', () => {
    expect(ADRS.map((a) => acceptedOver(a.data))).toEqual([[], [], [], ['gamma']]);
  });

  test("a team's unanswered proposals, soonest deadline first; informed ones only when asked for", () => {
    const titles = (team: string, roles?: ('consulted' | 'informed')[]) => unansweredBy(ADRS, team, roles).map(({ adr: a, role }) => `${a.id} (${role})`);
    expect(titles('gamma')).toEqual(['0002-queue (consulted)', '0001-flags (consulted)', '0003-later (consulted)']);
    expect(titles('beta')).toEqual([]);
    expect(titles('epsilon')).toEqual(['0003-later (consulted)']);
    expect(titles('epsilon', ['consulted', 'informed'])).toEqual(['0001-flags (informed)', '0003-later (consulted)']);
  });
});

describe('deadlines', () => {
  test('proposals due within 48 hours or past, earliest first', () => {
    expect(dueProposals(ADRS, '2026-11-25').map(({ adr: a, daysLeft }) => [a.id, daysLeft, dueText(daysLeft)])).toEqual([
      ['0002-queue', -5, '5 days overdue'],
      ['0001-flags', 2, 'due in 2 days'],
    ]);
    expect(dueProposals(ADRS, '2026-11-24').map(({ adr: a }) => a.id)).toEqual(['0002-queue']);
    expect([dueText(0), dueText(1), dueText(-1)]).toEqual(['due today', 'due in 1 day', '1 day overdue']);
  });
});

describe('still true?', () => {
  test('an accepted decision older than the limit, counted from its review when it has one', () => {
    expect(reviewOverdueDays({ status: 'accepted', date: '2024-04-09' }, '2026-11-25', 730)).toBe(960);
    expect(reviewOverdueDays({ status: 'accepted', date: '2023-01-16', reviewed: '2026-09-14' }, '2026-11-25', 730)).toBeUndefined();
    expect(reviewOverdueDays({ status: 'rejected', date: '2020-01-01' }, '2026-11-25', 730)).toBeUndefined();
  });
});

describe('labels', () => {
  test('architecture decisions are ADRs; the other kinds say what they are', () => {
    expect(['architecture', 'process', 'product', 'organization'].map((kind) => adrLabel('0016-x', kind as 'process'))).toEqual([
      'ADR 0016',
      'Process decision 0016',
      'Product decision 0016',
      'Organization decision 0016',
    ]);
    expect(adrLabel('0042-use-kafka')).toBe('ADR 0042');
  });
});
