/**
 * Related work across teams on a small handbook built in code: a planted near-duplicate
 * of two teams is found, the same near-duplicate within one team is not, a dismissal
 * removes it, a title that names the other team marks a known collaboration, and reports
 * of a moment far apart in time are not compared. Then the dismissals file: read with
 * lines, and checked against the handbook.
 */
import { describe, expect, test } from 'vitest';
import { entryPairKey } from '../../src/lib/related/documents.ts';
import { checkDismissals, dismissedPairs, parseDismissals } from '../../src/lib/related/dismissals.ts';
import { relatedDocuments } from '../../src/lib/related/sources.ts';
import { similarPairs } from '../../src/lib/related/similarity.ts';
import { stem, tokenize } from '../../src/lib/related/tokenize.ts';
import { RELATED_OPTIONS, relatedWork } from '../../src/lib/related/work.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { adr, handbookOf, person, team, update } from '../helpers/handbook-builder.ts';
import { problemsAfter } from '../helpers/fixtures.ts';
import { buildDigests } from '../../src/lib/digest/assemble.ts';
import { digestPageHtml, digestSummary } from '../../src/lib/digest/html.ts';

const TODAY = '2026-11-25';

const people = [person('alpha-lead'), person('beta-lead', { team: 'beta' }), person('gamma-lead', { team: 'gamma' })];
const teams = [
  team('alpha', {
    priorities: [
      { title: 'Feature flag service with percentage rollouts and a kill switch' },
      { title: 'Migrate the billing database to PostgreSQL 17' },
      { title: 'Dispatcher dashboard performance budget enforced in CI' },
    ],
    lookingForInput: [{ topic: 'Which dashboards dispatchers open first on Monday' }],
  }),
  team('beta', { priorities: [{ title: 'Cut CI pipeline time in half with remote caching' }, { title: 'Orders API v2 general availability' }] }),
  team('gamma', { priorities: [{ title: 'Passkey login for customer accounts, with recovery codes' }, { title: 'SOC 2 evidence collection' }] }),
];
const updates = [
  update('2026-11-20-beta', {
    team: 'beta',
    date: '2026-11-20',
    shipped: ['Remote cache for the CI runners'],
    next: ['A feature flag service for percentage rollouts, with a kill switch'],
  }),
  // The topic of gamma's priority, from gamma itself: a near-duplicate, never a pair.
  update('2026-11-13-gamma', { team: 'gamma', date: '2026-11-13', shipped: ['Passkey login for customer accounts with recovery codes, in private beta'] }),
];

const planted = { a: 'teams/alpha#priority-1', b: 'updates/2026-11-20-beta#next-1' };
const ids = (pairs: { a: { id: string }; b: { id: string } }[]) => pairs.map((pair) => [pair.a.id, pair.b.id].sort().join(' <> '));

describe('related work on a planted handbook', () => {
  const h = handbookOf({ people, teams, updates });

  test('the near-duplicate of two teams is the one pair found, with the words it shares', () => {
    const work = relatedWork(h, TODAY, new Set());
    expect(ids(work.pairs)).toEqual([[planted.a, planted.b].sort().join(' <> ')]);
    expect(work.pairs[0]!.score).toBeGreaterThan(0.5);
    expect(work.pairs[0]!.shared.slice().sort()).toEqual(['flag', 'featur', 'kill', 'percentag', 'rollout', 'servic', 'switch'].sort());
  });

  test('the same near-duplicate within one team scores as high, and is not reported', () => {
    const docs = relatedDocuments(h, TODAY);
    const own = docs.filter((doc) => doc.id === 'teams/gamma#priority-1' || doc.id === 'updates/2026-11-13-gamma#shipped-1');
    expect(own).toHaveLength(2);
    // Pretend the update were another team's: the pair is there, so only the team rule keeps it out.
    const asIfOther = [own[0]!, { ...own[1]!, teams: ['someone-else'] }];
    expect(similarPairs(asIfOther, { ...RELATED_OPTIONS, threshold: 0 })[0]!.score).toBeGreaterThan(0.6);
    expect(ids(relatedWork(h, TODAY, new Set()).pairs).some((pair) => pair.includes('gamma'))).toBe(false);
  });

  test('a dismissal of the two entries removes the pair everywhere', () => {
    const work = relatedWork(h, TODAY, new Set([entryPairKey('updates/2026-11-20-beta', 'teams/alpha')]));
    expect(work.pairs).toEqual([]);
    expect(work.forTeam('alpha')).toEqual([]);
    expect(work.forEntry('updates/2026-11-20-beta')).toEqual([]);
    expect(work.newBetween('2026-11-16', '2026-11-22')).toEqual([]);
    expect([...work.matched]).toEqual([entryPairKey('teams/alpha', 'updates/2026-11-20-beta')]);
  });

  test('the views: each team sees the other side, the digest week sees the new side', () => {
    const work = relatedWork(h, TODAY, new Set());
    expect(work.forTeam('alpha').map((link) => [link.own.id, link.other.id])).toEqual([[planted.a, planted.b]]);
    expect(work.forTeam('beta').map((link) => [link.own.id, link.other.id])).toEqual([[planted.b, planted.a]]);
    expect(work.forTeam('gamma')).toEqual([]);
    expect(work.newBetween('2026-11-16', '2026-11-22')).toHaveLength(1);
    expect(work.newBetween('2026-11-09', '2026-11-15')).toEqual([]);
    // Six weeks on, the update is history: no longer on the team pages.
    expect(relatedWork(h, '2027-01-15', new Set()).forTeam('alpha')).toEqual([]);
  });

  test('a title naming the other team is a collaboration both know about, not an overlap', () => {
    const named = handbookOf({
      people,
      teams,
      updates: [update('2026-11-20-beta', { team: 'beta', next: ["A feature flag service for percentage rollouts, with a kill switch, for Alpha's launch"] })],
    });
    expect(relatedWork(named, TODAY, new Set()).pairs).toEqual([]);
  });

  test('two reports of a moment far apart in time are history, not overlap; an open ADR stays current', () => {
    const apart = handbookOf({
      people,
      teams: teams.map((t) => ({ ...t, data: { ...t.data, priorities: [] } })),
      updates: [
        update('2026-09-01-alpha', { team: 'alpha', date: '2026-09-01', next: ['Feature flag service with percentage rollouts and a kill switch'] }),
        update('2026-11-20-beta', { team: 'beta', next: ['A feature flag service for percentage rollouts, with a kill switch'] }),
      ],
      adrs: [
        adr('0001-flags', {
          status: 'proposed',
          feedbackBy: '2026-12-01',
          date: '2026-06-01',
          teams: ['gamma'],
          title: 'Adopt a feature flag service with percentage rollouts and a kill switch',
        }),
      ],
    });
    expect(ids(relatedWork(apart, TODAY, new Set()).pairs).sort()).toEqual([
      'adrs/0001-flags <> updates/2026-09-01-alpha#next-1',
      'adrs/0001-flags <> updates/2026-11-20-beta#next-1',
    ]);
  });
});

describe('possible overlap in the weekly digest', () => {
  const h = handbookOf({ people, teams, updates });
  const work = relatedWork(h, TODAY, new Set());
  const digests = buildDigests(h, {
    today: TODAY,
    now: new Date(`${TODAY}T12:00:00Z`),
    timeZone: 'UTC',
    adrStatusDate: (entry) => entry.data.date,
    possibleOverlaps: (week) => work.newBetween(week.monday, week.sunday),
  });

  test('the week the new side appeared lists the pair, with both sides linked; other weeks do not', () => {
    expect(digests.map((d) => [d.week.id, d.overlaps.map((pair) => `${pair.a.id} <> ${pair.b.id}`)])).toEqual([
      ['2026-w47', [`${planted.a} <> ${planted.b}`]],
      ['2026-w46', []],
    ]);
    const w47 = digests[0]!;
    expect(digestSummary(w47)).toBe('1 thing shipped, 1 request for input and 1 possible overlap, across 2 teams.');
    const ctx = {
      links: {
        team: (id: string) => `/teams/${id}/`,
        adr: () => '',
        talk: () => '',
        update: () => '',
        dependency: () => '',
        digest: () => '',
        page: (route: string) => `/${route}`,
      },
      teamName: (id: string) => id.toUpperCase(),
      personName: (id: string) => id,
      timeZone: 'UTC',
    };
    const part = /<section[^>]*data-digest-part="possible-overlap"[\s\S]*?<\/section>/.exec(digestPageHtml(w47, ctx))![0];
    expect(
      part
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(
      'Possible overlap Work of different teams that reads alike, one side new this week: worth a conversation before it doubles. Pairs ALPHA : Feature flag service with percentage rollouts and a kill switch Priority and BETA : A feature flag service for percentage rollouts, with a kill switch Next, update of 20 Nov 2026',
    );
    expect(part).toContain('href="/teams/alpha/"');
    expect(part).toContain('href="/updates/2026-11-20-beta/"');
  });
});

describe('words', () => {
  test('lower case, Unicode letters, stop words and bare numbers out, endings folded', () => {
    expect(tokenize('The Feature-Flags service: caching, cached; ÜBERBLICK of 2026 and ADR 0013')).toEqual([
      'featur',
      'flag',
      'servic',
      'cach',
      'cach',
      'überblick',
      'adr',
      '0013',
    ]);
    expect(['policies', 'rollouts', 'planned', 'running', 'class', 'status'].map(stem)).toEqual(['policy', 'rollout', 'plan', 'run', 'class', 'status']);
  });
});

describe('the dismissals file', () => {
  const facts = {
    collections: new Set(['teams', 'updates', 'adrs']),
    exists: (entry: string) => ['teams/alpha', 'teams/beta', 'updates/2026-11-20-beta', 'teams/gamma'].includes(entry),
    teamsOf: (entry: string) => [entry.includes('beta') ? 'beta' : entry.split('/')[1]!],
    matched: new Set([entryPairKey('teams/alpha', 'updates/2026-11-20-beta')]),
  };
  const yaml = (text: string) => new TextEncoder().encode(text);

  test('a valid dismissal of a matched pair: no problem, and its pair is dismissed', () => {
    const loaded = parseDismissals(
      'content/related-dismissed.yaml',
      yaml('- a: teams/alpha\n  b: updates/2026-11-20-beta\n  team: beta\n  reason: Different flags, ours are for the mobile app only.\n'),
    );
    expect(loaded.problems).toEqual([]);
    expect(checkDismissals(loaded, facts)).toEqual([]);
    expect([...dismissedPairs(loaded.dismissals)]).toEqual([entryPairKey('teams/alpha', 'updates/2026-11-20-beta')]);
  });

  test('unknown entries, a team on neither side, and a pair not matched: each named with its line', () => {
    const loaded = parseDismissals(
      'content/related-dismissed.yaml',
      yaml(
        [
          '- a: teams/alpha',
          '  b: updates/2026-11-20-zeta',
          '  team: alpha',
          '  reason: Typo in the id.',
          '- a: talks/2026-11-18-flags',
          '  b: teams/beta',
          '  team: beta',
          '  reason: Talks are not compared.',
          '- a: teams/alpha',
          '  b: teams/gamma',
          '  team: beta',
          '  reason: Not ours, and not matched.',
          '',
        ].join('\n'),
      ),
    );
    expect(checkDismissals(loaded, facts).map((p) => `${p.severity}: ${formatProblem(p)}`)).toMatchInlineSnapshot(`
      [
        "error: content/related-dismissed.yaml:2  [0].b  "updates/2026-11-20-zeta" is not an entry — check the spelling against the file name under content/updates/, or delete this dismissal",
        "error: content/related-dismissed.yaml:5  [1].a  "talks/2026-11-18-flags" is not of a kind related work compares — name an entry of adrs, teams, updates, e.g. teams/mobile",
        "error: content/related-dismissed.yaml:11  [2].team  "beta" owns neither teams/alpha nor teams/gamma — a match is dismissed by one of its teams: alpha or gamma",
        "warning: content/related-dismissed.yaml:9  [2]  teams/alpha and teams/gamma are not matched as related work (any more) — delete this dismissal",
      ]
    `);
  });

  test('a field missing or misspelled is a schema problem at its line', () => {
    const loaded = parseDismissals('content/related-dismissed.yaml', yaml('- a: teams/alpha\n  b: Teams/Beta\n  team: beta\n  reson: typo\n'));
    expect(loaded.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/related-dismissed.yaml:2  [0].b  "Teams/Beta" is not an entry — write the collection and the entry id, e.g. teams/mobile or updates/2026-11-20-mobile",
        "content/related-dismissed.yaml:1  [0].reason  is required — add \`reason:\` with text",
        "content/related-dismissed.yaml:4  [0].reson  is not a field of \`[0]\` — did you mean \`reason\`? Rename it, or remove it",
      ]
    `);
    expect(loaded.dismissals).toEqual([]);
  });

  test('in the content check: the file is accounted for, and a stale dismissal is a warning', async () => {
    const problems = await problemsAfter({
      'content/related-dismissed.yaml':
        '- a: teams/checkout\n  b: teams/platform\n  team: checkout\n  reason: Nothing alike.\n- a: teams/checkout\n  b: adrs/0009-missing\n  team: checkout\n  reason: Gone.\n',
      'content/related-dismissed.yml': 'x: 1\n',
    });
    expect(problems.filter((p) => p.includes('related-dismissed'))).toMatchInlineSnapshot(`
      [
        "warning: content/related-dismissed.yaml:1  [0]  teams/checkout and teams/platform are not matched as related work (any more) — delete this dismissal",
        "error: content/related-dismissed.yaml:6  [1].b  "adrs/0009-missing" is not an entry — check the spelling against the file name under content/adrs/, or delete this dismissal",
        "error: content/related-dismissed.yml:1  -  is not in a collection folder, so it is not checked or published — did you mean content/related-dismissed.yaml? Rename it, or move it to content/{teams,people,adrs,talks,guilds,dependencies,updates,rotations,mentorships,pairings,kudos,awards,retros,asks,surveys,signals}/, or out of content/",
      ]
    `);
  });
});
