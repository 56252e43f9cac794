/**
 * The connection map and the health measures on a small handbook with known answers.
 * Today is 2026-11-25 (2026-Q4): "the last two quarters" are Q3 and Q4, and anything
 * dated after today is not a link yet.
 */
import { describe, expect, test } from 'vitest';
import { isolatedTeams, leastConnected, strongestPairs } from '../../src/lib/connections/isolation.ts';
import { connectionMap, linksIn, pairCounts } from '../../src/lib/connections/map.ts';
import { healthMeasures } from '../../src/lib/health/measures.ts';
import { fallsTwiceInARow, trendOf } from '../../src/lib/health/trend.ts';
import { recentQuarters, shiftQuarter } from '../../src/lib/time/quarters.ts';
import { adr, dependency, handbookOf, person, rotation, signals, survey, talk, team } from '../helpers/handbook-builder.ts';

const TODAY = '2026-11-25';

const h = handbookOf({
  teams: [team('alpha'), team('beta'), team('gamma'), team('delta')],
  people: [
    person('alpha-lead'),
    person('alpha-dev'),
    person('beta-lead', { team: 'beta' }),
    person('gamma-lead', { team: 'gamma' }),
    person('delta-lead', { team: 'delta' }),
  ],
  // Q2 (30 June, the quarter's last day) and Q3 (1 July, the next quarter's first).
  dependencies: [dependency('d-q2', { needBy: '2026-06-30', status: 'done' }), dependency('d-q3', { needBy: '2026-07-01', status: 'blocked' })],
  adrs: [adr('0001-a', { consulted: ['gamma', 'alpha'], date: '2026-10-01' }), adr('0002-b', { status: 'draft', consulted: ['delta'] })],
  talks: [talk('t', { speakers: ['alpha-lead', 'beta-lead'], date: '2026-09-30T23:30:00Z' })],
  rotations: [rotation('r-now', { start: '2026-11-16' }), rotation('r-later', { start: '2026-12-07', hostTeam: 'delta', buddy: 'delta-lead' })],
  surveys: [
    survey('2026-Q2', [{ team: 'alpha', question: 'cross-team', responses: 5, mean: 4, distribution: [0, 0, 1, 3, 1] }]),
    survey('2026-Q3', [{ team: 'alpha', question: 'cross-team', responses: 5, mean: 3.6, distribution: [0, 1, 1, 2, 1] }]),
    survey('2026-Q4', [
      { team: 'alpha', question: 'cross-team', responses: 5, mean: 3.2, distribution: [1, 0, 2, 1, 1] },
      { team: 'beta', question: 'cross-team', responses: 5, mean: 4.2, distribution: [0, 0, 1, 2, 2] },
    ]),
  ],
  signals: [
    signals('2026-Q4', [
      { from: 'beta', to: 'gamma', reviews: 4, commits: 2, coAuthored: 1 },
      { from: 'gamma', to: 'beta', reviews: 3 },
    ]),
  ],
});
const map = connectionMap(h, TODAY);

describe('the connection map', () => {
  test('links every pair by source and quarter, up to today, drafts and own teams left out', () => {
    expect(map.links.map((link) => `${link.quarter} ${link.source} ${link.teams.join('-')} ${link.evidence.id}`)).toEqual([
      '2026-Q2 dependencies alpha-beta d-q2',
      '2026-Q3 dependencies alpha-beta d-q3',
      '2026-Q3 talks alpha-beta t',
      '2026-Q4 consulted alpha-gamma 0001-a',
      '2026-Q4 rotations alpha-beta r-now',
      '2026-Q4 signals beta-gamma 2026-q4',
    ]);
  });

  test('counts links per pair, in total and by source', () => {
    const counts = pairCounts(linksIn(map, ['2026-Q3', '2026-Q4']));
    expect(counts.get('alpha|beta')).toEqual({ teams: ['alpha', 'beta'], total: 3, bySource: { dependencies: 1, talks: 1, rotations: 1 } });
    expect(counts.get('beta|gamma')?.total).toBe(1);
    expect(counts.has('alpha|delta')).toBe(false);
  });

  test('a team with no link in the last two quarters is isolated; a planned rotation does not count yet', () => {
    expect(isolatedTeams(map)).toEqual(['delta']);
    // In January the December rotation to delta has happened, and Q4 is one of the last two quarters.
    expect(isolatedTeams(connectionMap(h, '2027-01-05'))).toEqual([]);
    // A quarter later only 2027 counts: nobody has a link in it.
    expect(isolatedTeams(connectionMap(h, '2027-04-01'))).toEqual(['alpha', 'beta', 'delta', 'gamma']);
  });

  test('least-connected teams come first, never-worked-with ones at 0', () => {
    expect(leastConnected(map, 'alpha')).toEqual([
      { team: 'delta', total: 0 },
      { team: 'gamma', total: 1 },
      { team: 'beta', total: 4 },
    ]);
    expect(strongestPairs(pairCounts(map.links), 2).map((pair) => `${pair.teams.join('-')} ${pair.total}`)).toEqual(['alpha-beta 4', 'alpha-gamma 1']);
  });

  test('quarters shift across years', () => {
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(recentQuarters(TODAY, 3)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
  });
});

describe('the health measures', () => {
  const measures = new Map(healthMeasures(h, map, recentQuarters(TODAY, 3)).map((measure) => [measure.id, measure]));
  const values = (id: string) => measures.get(id)!.quarters.map((entry) => entry.value);

  test('cross-team links per team: twice the links over the four teams', () => {
    expect(values('cross-team-links')).toEqual([0.5, 1, 1.5]);
    expect(measures.get('cross-team-links')!.quarters[2]!.byTeam).toEqual({ alpha: 2, beta: 2, delta: 0, gamma: 2 });
    expect(measures.get('cross-team-links')).toMatchObject({ value: 1.5, previous: 1, trend: 'up', reassess: false });
  });

  test('signals: reviews, and commits with co-authored ones; no file is no value', () => {
    expect(values('cross-team-reviews')).toEqual([null, null, 7]);
    expect(values('cross-team-commits')).toEqual([null, null, 3]);
  });

  test('the pulse mean is weighted by responses, with its distribution, and falling twice calls to reassess', () => {
    const pulse = measures.get('pulse-cross-team')!;
    expect(pulse.quarters.map((entry) => entry.value)).toEqual([4, 3.6, 3.7]);
    expect(pulse.quarters[2]!.distribution).toEqual([1, 0, 3, 3, 3]);
    expect(pulse.quarters[2]!.byTeam).toEqual({ alpha: 3.2, beta: 4.2 });
    expect(pulse.reassess).toBe(false);
    // Alpha's own mean fell twice (4, 3.6, 3.2): the call to reassess names the team.
    expect(pulse.reassessTeams).toEqual(['alpha']);
    expect(fallsTwiceInARow([4, 3.6, 3.2], true)).toBe(true);
    expect(fallsTwiceInARow([4, 3.6, 3.2], false)).toBe(false);
    expect(fallsTwiceInARow([null, 3.6, 3.2], true)).toBe(false);
    expect(trendOf(3.2, 3.2)).toBe('flat');
  });

  test('dependencies done by need-by, decisions consulting, programs completed', () => {
    expect(values('dependencies-done')).toEqual([1, 0, null]);
    expect(values('decisions-consulting')).toEqual([null, null, 1]);
    expect(values('programs-completed')).toEqual([0, 0, 0]);
  });

  test('measures whose collections do not exist yet have no data', () => {
    for (const id of ['kudos-across-teams', 'asks-helped', 'asks-days-to-help', 'retro-actions-on-time', 'decisions-responses']) {
      expect(measures.get(id), id).toMatchObject({ available: false, value: null, trend: 'none' });
    }
  });
});
