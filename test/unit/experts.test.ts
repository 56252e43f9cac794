/** The expert finder: every tag with its entries, and people ranked by role and recency, on a handbook with known answers. */
import { describe, expect, test } from 'vitest';
import { describeRoles, rankExperts, recency, tagSummaries } from '../../src/lib/tags/experts.ts';
import { adr, handbookOf, person, talk, team } from '../helpers/handbook-builder.ts';

const TODAY = '2026-11-25';

describe('expert finder', () => {
  const h = handbookOf({
    teams: [team('alpha'), team('beta')],
    people: [
      person('ana', { name: 'Ana' }),
      person('ben', { name: 'Ben', team: 'beta' }),
      person('cai', { name: 'Cai' }),
      person('dee', { name: 'Dee', team: 'beta' }),
    ],
    adrs: [
      // Ana decided two postgres ADRs a year apart; Ben one, this month; Dee one two years ago.
      adr('0001-pg', { date: '2025-11-25', deciders: ['ana'], tags: ['postgres'] }),
      adr('0002-pg', { date: '2026-11-25', deciders: ['ana', 'ben'], tags: ['postgres', 'databases'] }),
      adr('0003-old', { date: '2024-11-25', deciders: ['dee'], tags: ['postgres'] }),
      adr('0004-flags', { date: '2026-11-01', deciders: ['cai'], tags: ['feature-flags'] }),
    ],
    talks: [
      // Cai and Ben gave a postgres talk five days ago; Dee gives a databases talk in January.
      talk('2026-11-20-pg', { date: '2026-11-20T16:00:00Z', speakers: ['cai', 'ben'], tags: ['postgres'] }),
      talk('2027-01-10-pg', { date: '2027-01-10T16:00:00Z', speakers: ['dee'], tags: ['databases'] }),
    ],
  });

  test('recency halves every year and counts upcoming work in full', () => {
    expect([recency('2026-11-25', TODAY), recency('2025-11-25', TODAY), recency('2024-11-26', TODAY), recency('2027-01-10', TODAY)]).toEqual([
      1,
      0.5,
      0.25 * 2 ** (1 / 365),
      1,
    ]);
  });

  test('people ranked by role weight times recency, with their roles counted', () => {
    const postgres = tagSummaries(h, TODAY).find((summary) => summary.tag === 'postgres')!;
    // Ana 3 + 1.5 = 4.5; Ben 3 (decider) + 2 × 0.99 (talk 5 days ago) = 4.98; Cai 1.98; Dee 3 × 0.25 = 0.75.
    expect(postgres.experts.map((e) => [e.person, e.score, describeRoles(e.roles)])).toEqual([
      ['ben', 4.98, '1 decision, 1 talk'],
      ['ana', 4.5, '2 decisions'],
      ['cai', 1.98, '1 talk'],
      ['dee', 0.75, '1 decision'],
    ]);
    expect(postgres.items.map((item) => item.key)).toEqual(['adrs/0002-pg', 'talks/2026-11-20-pg', 'adrs/0001-pg', 'adrs/0003-old']);
  });

  test('every tag in use, by name, with its entries newest first', () => {
    expect(tagSummaries(h, TODAY).map((s) => [s.tag, s.items.length, s.experts.map((e) => e.person).join(' ')])).toEqual([
      ['databases', 2, 'ana ben dee'],
      ['feature-flags', 1, 'cai'],
      ['postgres', 4, 'ben ana cai dee'],
    ]);
  });

  test('one person in two roles of one entry counts once, in the heavier role; ties go to the name', () => {
    const item = { key: 'x', group: 'Asks', title: 'x', route: 'x/', date: TODAY, tags: ['t'] };
    const ranked = rankExperts(
      [
        {
          ...item,
          people: [
            { person: 'zoe', role: 'helper' as const },
            { person: 'zoe', role: 'decider' as const },
            { person: 'amy', role: 'decider' as const },
          ],
        },
      ],
      TODAY,
    );
    expect(ranked.map((e) => [e.person, e.score, e.roles])).toEqual([
      ['amy', 3, { decider: 1 }],
      ['zoe', 3, { decider: 1 }],
    ]);
  });
});
