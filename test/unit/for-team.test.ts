/**
 * What involves one team (the home page's "For <team>" section), from a small handbook
 * with one of each case that must be shown and one of each that must not.
 */
import { describe, expect, test } from 'vitest';
import { FOR_TEAM_KINDS, forTeam, forTeamCount } from '../../src/lib/for-team.ts';
import { adr, ask, dependency, handbookOf, person, rotation, talk, team } from '../helpers/handbook-builder.ts';

// Wednesday of ISO week 48: Monday 23 to Sunday 29 November.
const clock = { now: new Date('2026-11-25T12:00:00Z'), today: '2026-11-25', timeZone: 'UTC' };

const h = handbookOf({
  people: [
    person('alpha-lead'),
    person('beta-lead', { team: 'beta' }),
    person('gamma-lead', { team: 'gamma' }),
    person('delta-lead', { team: 'delta' }),
    person('alpha-dev'),
  ],
  teams: [
    team('alpha', { lookingForInput: [{ topic: 'Reviewers for the pooler rollout', until: '2026-12-10' }] }),
    team('beta', {
      officeHours: { weekday: 'thursday', time: '09:00', timezone: 'UTC', everyWeeks: 1, startsOn: '2026-10-01', durationMinutes: 45 },
    }),
    team('gamma'),
    // Asks too, but Beta does not work with Delta.
    team('delta', { lookingForInput: [{ topic: 'Anyone who knows Kafka Streams' }] }),
  ],
  adrs: [
    adr('0001-open', { status: 'proposed', teams: ['alpha'], consulted: ['beta'], feedbackBy: '2026-12-04' }),
    adr('0002-soon', { status: 'proposed', teams: ['gamma'], consulted: ['beta', 'alpha'], feedbackBy: '2026-11-27' }),
    adr('0003-overdue', { status: 'proposed', teams: ['alpha'], consulted: ['beta'], feedbackBy: '2026-11-18' }),
    adr('0004-decided', { status: 'accepted', teams: ['alpha'], consulted: ['beta'] }),
    adr('0005-its-own', { status: 'proposed', teams: ['beta'], feedbackBy: '2026-12-01' }),
  ],
  dependencies: [
    dependency('alpha-on-beta', { from: { team: 'alpha', deliverable: 'Search' }, to: { team: 'beta', deliverable: 'Index' }, status: 'blocked' }),
    dependency('gamma-on-beta', { from: { team: 'gamma', deliverable: 'Feed' }, to: { team: 'beta', deliverable: 'Events' }, status: 'done' }),
    dependency('gamma-reports-on-beta', {
      from: { team: 'gamma', deliverable: 'Reports' },
      to: { team: 'beta', deliverable: 'Exports' },
      status: 'planned',
      needBy: '2027-01-10',
    }),
    dependency('beta-on-alpha', { from: { team: 'beta', deliverable: 'Index' }, to: { team: 'alpha', deliverable: 'Pooler' }, status: 'at-risk' }),
    dependency('beta-on-gamma', { from: { team: 'beta', deliverable: 'Index' }, to: { team: 'gamma', deliverable: 'Schema' }, status: 'on-track' }),
  ],
  rotations: [
    rotation('2026-11-16-alpha-dev', { person: 'alpha-dev', hostTeam: 'beta', start: '2026-11-16', weeks: 2 }),
    rotation('2026-12-07-alpha-lead', { person: 'alpha-lead', hostTeam: 'beta', start: '2026-12-07' }),
    rotation('2026-09-07-gamma-lead', { person: 'gamma-lead', hostTeam: 'beta', start: '2026-09-07', buddy: 'beta-lead', cover: 'gamma-lead' }),
  ],
});

describe('forTeam', () => {
  const view = forTeam(h, 'beta', clock);

  test('decisions it was consulted on whose feedback is still open, soonest first', () => {
    expect(view.decisions.map(({ adr, daysLeft }) => [adr.id, daysLeft])).toEqual([
      ['0002-soon', 2],
      ['0001-open', 9],
    ]);
  });

  test('what others wait on it (not done), riskiest first, and its own dependencies at risk or blocked', () => {
    expect(view.dependents.map((d) => d.id)).toEqual(['alpha-on-beta', 'gamma-reports-on-beta']);
    expect(view.atRisk.map((d) => d.id)).toEqual(['beta-on-alpha']);
  });

  test('input wanted by the teams it works with only, its office hours left this week, and this week’s visitors', () => {
    expect(view.input.map((r) => [r.team.id, r.topic])).toEqual([['alpha', 'Reviewers for the pooler rollout']]);
    expect(view.officeHours.map((s) => s.start.toISOString())).toEqual(['2026-11-26T09:00:00.000Z']);
    expect(view.visitors.map((r) => r.id)).toEqual(['2026-11-16-alpha-dev']);
    expect(forTeamCount(view)).toBe(8);
  });

  test('a week whose office hours have passed lists none; every kind is in the section’s order', () => {
    const sunday = forTeam(h, 'beta', { now: new Date('2026-11-29T20:00:00Z'), today: '2026-11-29', timeZone: 'UTC' });
    expect(sunday.officeHours).toEqual([]);
    expect(Object.keys(sunday).sort()).toEqual([...FOR_TEAM_KINDS].sort());
    expect(FOR_TEAM_KINDS[0]).toBe('decisions');
  });

  test('a team with nothing going on has an empty view; an unknown team is an error that says what to pass', () => {
    expect(forTeamCount(forTeam(h, 'delta', clock))).toBe(0);
    expect(() => forTeam(h, 'omega', clock)).toThrowErrorMatchingInlineSnapshot(
      `[Error: forTeam: no team "omega" in the handbook; pass the id of a team under content/teams/]`,
    );
  });
});

describe('forTeam: decisions it has not answered, and asks on its topics', () => {
  const t = handbookOf({
    people: [person('alpha-lead'), person('beta-lead', { team: 'beta' }), person('gamma-lead', { team: 'gamma' })],
    teams: [team('alpha'), team('beta'), team('gamma')],
    adrs: [
      adr('0001-informed', { status: 'proposed', teams: ['alpha'], informed: ['beta'], feedbackBy: '2026-12-02' }),
      adr('0002-answered', {
        status: 'proposed',
        teams: ['alpha'],
        consulted: ['beta'],
        feedbackBy: '2026-11-26',
        responses: [{ team: 'beta', position: 'support' }],
      }),
      adr('0003-no-deadline', { status: 'proposed', teams: ['gamma'], consulted: ['beta'] }),
      adr('0004-consulted', { status: 'proposed', teams: ['gamma'], consulted: ['beta'], informed: ['alpha'], feedbackBy: '2026-11-30' }),
      adr('0005-passed', { status: 'proposed', teams: ['gamma'], informed: ['beta'], feedbackBy: '2026-11-24' }),
      // Beta's own decision and talk give it its tags.
      adr('0006-beta-owns', { teams: ['beta'], tags: ['postgres', 'kafka'] }),
    ],
    talks: [talk('beta-talk', { team: 'beta', speakers: ['beta-lead'], tags: ['observability'] })],
    asks: [
      ask('2026-11-02-one-tag', { team: 'alpha', date: '2026-11-02', tags: ['postgres'] }),
      ask('2026-11-10-two-tags', {
        team: 'gamma',
        date: '2026-11-10',
        status: 'helped',
        helpers: ['alpha-lead'],
        helpedOn: '2026-11-12',
        tags: ['kafka', 'observability'],
      }),
      ask('2026-11-01-older', { team: 'gamma', date: '2026-11-01', tags: ['kafka'] }),
      ask('2026-10-01-solved', { team: 'alpha', date: '2026-10-01', status: 'solved', helpers: ['gamma-lead'], helpedOn: '2026-10-02', tags: ['postgres'] }),
      ask('2026-11-20-other-topic', { team: 'alpha', date: '2026-11-20', tags: ['react'] }),
      ask('2026-11-21-its-own', { team: 'beta', date: '2026-11-21', tags: ['postgres'] }),
      ask('2026-11-30-later', { team: 'alpha', date: '2026-11-30', tags: ['postgres'] }),
    ],
  });
  const view = forTeam(t, 'beta', clock);

  test('consulted or informed, not answered, feedback still open or with no deadline; soonest first, undated last', () => {
    expect(view.decisions.map(({ adr, role, daysLeft }) => [adr.id, role, daysLeft])).toEqual([
      ['0004-consulted', 'consulted', 5],
      ['0001-informed', 'informed', 7],
      ['0003-no-deadline', 'consulted', undefined],
    ]);
    // Alpha was only informed on Gamma's 0004.
    expect(forTeam(t, 'alpha', clock).decisions.map(({ adr, role }) => [adr.id, role])).toEqual([['0004-consulted', 'informed']]);
  });

  test('asks of other teams not yet solved that share its tags, most shared first, then longest waiting', () => {
    expect(view.asks.map(({ ask, shared }) => [ask.id, shared])).toEqual([
      ['2026-11-10-two-tags', ['kafka', 'observability']],
      ['2026-11-01-older', ['kafka']],
      ['2026-11-02-one-tag', ['postgres']],
    ]);
    // Gamma's tags come from its own asks (kafka, observability): no other team's unsolved ask is on them.
    expect(forTeam(t, 'gamma', clock).asks).toEqual([]);
    expect(FOR_TEAM_KINDS).toEqual(['decisions', 'dependents', 'atRisk', 'asks', 'input', 'officeHours', 'visitors']);
  });
});
