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
import { adr, ask, dependency, handbookOf, kudos, person, retro, rotation, signals, survey, talk, team } from '../helpers/handbook-builder.ts';

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
  dependencies: [
    dependency('d-q2', { needBy: '2026-06-30', status: 'done', history: [{ date: '2026-06-29', status: 'done' }] }),
    dependency('d-q3', { needBy: '2026-07-01', status: 'blocked' }),
  ],
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
  test('the relationship measures exist on a handbook without their collections, with nothing to count', () => {
    for (const id of ['asks-helped', 'asks-days-to-help', 'retro-actions-on-time']) expect(values(id), id).toEqual([null, null, null]);
    expect(values('kudos-across-teams')).toEqual([0, 0, 0]);
    expect(values('decisions-responses')).toEqual([null, null, 0]);
  });
});

/**
 * Informed teams, retros, kudos (and wins enabled by another team), asks and the
 * dependency history, each with one thing on each side of the Q2/Q3 and Q3/Q4 boundaries
 * and one dated after today, which is not known yet.
 */
describe('the relationship sources and their measures', () => {
  const r = handbookOf({
    teams: [
      team('alpha'),
      team('beta'),
      team('gamma'),
      team('delta', { wins: [{ title: 'Regional launch', date: '2026-11-02', enabledBy: ['alpha', 'delta'] }] }),
    ],
    people: [
      person('alpha-lead'),
      person('beta-lead', { team: 'beta' }),
      person('beta-dev', { team: 'beta' }),
      person('gamma-lead', { team: 'gamma' }),
      person('delta-lead', { team: 'delta' }),
    ],
    adrs: [
      adr('0010-informed', { date: '2026-09-30', informed: ['beta', 'alpha'], consulted: ['gamma'], responses: [{ team: 'gamma', position: 'support' }] }),
      adr('0011-asked', { status: 'proposed', feedbackBy: '2026-12-01', date: '2026-10-01', teams: ['beta'], consulted: ['delta'] }),
      adr('0012-own', { date: '2026-10-10', consulted: ['alpha'] }),
      adr('0013-draft', { status: 'draft', date: '2026-10-10', informed: ['gamma'] }),
    ],
    retros: [
      retro('2026-07-01-launch', {
        date: '2026-07-01',
        teams: ['alpha', 'beta', 'gamma'],
        actions: [
          { title: 'On time, last day of Q3', owner: 'beta-lead', due: '2026-09-30', done: '2026-09-30' },
          { title: 'Late by a day', owner: 'gamma-lead', due: '2026-10-01', done: '2026-10-02' },
          { title: 'Overdue', owner: 'alpha-lead', due: '2026-11-20', done: false },
          { title: 'Not due yet', owner: 'beta-lead', due: '2026-12-15', done: false },
          { title: 'Closed early', owner: 'beta-lead', due: '2026-12-20', done: '2026-11-01' },
        ],
      }),
    ],
    kudos: [
      kudos('2026-06-30-alpha', { from: 'alpha-lead', to: ['beta-lead', 'beta-dev'], teams: [] }),
      kudos('2026-07-01-gamma', { from: 'gamma-lead', to: ['beta-lead'], teams: ['alpha'] }),
      kudos('2026-12-01-later', { from: 'gamma-lead', teams: ['delta'] }),
    ],
    asks: [
      ask('2026-09-20-flaky', { date: '2026-09-20', status: 'helped', helpers: ['beta-lead', 'beta-dev', 'gamma-lead'], helpedOn: '2026-10-02' }),
      ask('2026-10-05-index', { team: 'beta', date: '2026-10-05', status: 'solved', helpers: ['delta-lead'], helpedOn: '2026-10-06' }),
      ask('2026-11-01-open', { team: 'gamma', date: '2026-11-01' }),
      ask('2026-11-20-later', { team: 'delta', date: '2026-11-20', status: 'helped', helpers: ['alpha-lead'], helpedOn: '2026-11-30' }),
    ],
    dependencies: [
      dependency('late-by-a-day', { needBy: '2026-09-30', status: 'done', history: [{ date: '2026-10-01', status: 'done' }] }),
      dependency('on-the-day', { needBy: '2026-09-15', status: 'done', history: [{ date: '2026-09-15', status: 'done' }] }),
      dependency('early', { needBy: '2026-12-10', status: 'done', history: [{ date: '2026-11-20', status: 'done' }] }),
      dependency('not-due', { needBy: '2026-12-20', status: 'on-track' }),
      dependency('undated', { needBy: '2026-11-02', status: 'done' }),
    ],
  });
  const rmap = connectionMap(r, TODAY);
  const measures = new Map(healthMeasures(r, rmap, recentQuarters(TODAY, 3)).map((measure) => [measure.id, measure]));
  const values = (id: string) => measures.get(id)!.quarters.map((entry) => entry.value);

  test('informed, retros, kudos and asks link teams on their day; own teams, drafts, open asks and later days do not', () => {
    const sources = new Set(['informed', 'retros', 'kudos', 'asks']);
    expect(
      rmap.links.filter((link) => sources.has(link.source)).map((link) => `${link.quarter} ${link.source} ${link.teams.join('-')} ${link.evidence.id}`),
    ).toEqual([
      '2026-Q2 kudos alpha-beta 2026-06-30-alpha',
      '2026-Q3 informed alpha-beta 0010-informed',
      '2026-Q3 retros alpha-beta 2026-07-01-launch',
      '2026-Q3 retros alpha-gamma 2026-07-01-launch',
      '2026-Q3 retros beta-gamma 2026-07-01-launch',
      '2026-Q3 kudos alpha-gamma 2026-07-01-gamma',
      '2026-Q3 kudos beta-gamma 2026-07-01-gamma',
      '2026-Q4 kudos alpha-delta delta',
      '2026-Q4 asks alpha-beta 2026-09-20-flaky',
      '2026-Q4 asks alpha-gamma 2026-09-20-flaky',
      '2026-Q4 asks beta-delta 2026-10-05-index',
    ]);
    // A win names its team as the evidence, and the win's title as what was thanked.
    expect(rmap.links.find((link) => link.source === 'kudos' && link.quarter === '2026-Q4')!.evidence).toEqual({
      collection: 'teams',
      id: 'delta',
      label: 'Regional launch',
    });
  });

  test('kudos across teams, counted on their day', () => {
    expect(values('kudos-across-teams')).toEqual([1, 2, 1]);
  });

  test('asks: the share helped by another team, and the median days to help', () => {
    // Q3: the flaky-build ask, helped (in Q4); Q4: one helped of three (one open, one helped only after today).
    expect(values('asks-helped')).toEqual([null, 1, 0.333]);
    // Helped in Q4: after 12 days and after 1 day.
    expect(values('asks-days-to-help')).toEqual([null, null, 6.5]);
  });

  test('retro actions on time: by their due quarter, open ones not yet due left out', () => {
    // Q4: one late, one overdue, one closed early; the one due in December and still open is not judged yet.
    expect(values('retro-actions-on-time')).toEqual([null, 1, 0.333]);
  });

  test('decisions with responses from the other teams they consulted', () => {
    // Q3: gamma answered; Q4: delta has not, and consulting only its own team does not count.
    expect(values('decisions-responses')).toEqual([null, 1, 0]);
  });

  test('dependencies done by need-by, from their history', () => {
    // Q3: one on the day, one a day late (across the boundary); Q4: one early, one not due, one done without a dated history.
    expect(values('dependencies-done')).toEqual([null, 0.5, 1]);
  });
});
