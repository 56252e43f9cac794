/**
 * What involves one team (the home page's "For <team>" section), from a small handbook
 * with one of each case that must be shown and one of each that must not.
 */
import { describe, expect, test } from 'vitest';
import { FOR_TEAM_KINDS, forTeam, forTeamCount } from '../../src/lib/for-team.ts';
import { adr, dependency, handbookOf, person, rotation, team } from '../helpers/handbook-builder.ts';

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
