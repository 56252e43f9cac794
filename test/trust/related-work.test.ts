/**
 * Related work and its dismissals under hostile input: a body pasted whole into an open
 * ADR is read only so far, a dismissal naming entries that do not exist (or a path out of
 * content/) fails the check with its line, and markup in a title is words to compare and
 * text to show, never markup.
 */
import { describe, expect, test } from 'vitest';
import { renderDigest } from '../../src/lib/digest/render.ts';
import { FEED_MARKUP, PAGE_MARKUP } from '../../src/lib/digest/markup.ts';
import { parseDismissals } from '../../src/lib/related/dismissals.ts';
import { tokenize } from '../../src/lib/related/tokenize.ts';
import { RELATED_OPTIONS, relatedWork } from '../../src/lib/related/work.ts';
import type { Digest } from '../../src/lib/digest/assemble.ts';
import { adr, handbookOf, team, update } from '../helpers/handbook-builder.ts';
import { handbook, report } from './helpers.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const TODAY = '2026-11-25';
const flagTeams = [team('alpha', { priorities: [{ title: 'Feature flag service with percentage rollouts and a kill switch' }] }), team('beta')];

describe('a huge body', () => {
  test('only the first 10,000 characters of a text are compared: what follows cannot change a score', () => {
    const head = `Feature flag service with percentage rollouts and a kill switch. ${'Filler words about nothing in particular. '.repeat(300)}`.slice(
      0,
      RELATED_OPTIONS.maxTextChars,
    );
    const withTail = (tail: string) =>
      relatedWork(
        handbookOf({
          teams: flagTeams,
          adrs: [adr('0001-flags', { status: 'proposed', feedbackBy: '2026-12-01', teams: ['beta'], title: 'Adopt a flag service' }, head + tail)],
        }),
        TODAY,
        new Set(),
      ).pairs.map((pair) => pair.score);
    const scores = withTail('');
    expect(scores).toHaveLength(1);
    // 400 KB more of other words (a pasted log, say), under the 500 KB body limit: the same score.
    expect(withTail(' unrelated'.repeat(40_000))).toEqual(scores);
  });
});

describe('a dismissal naming what does not exist', () => {
  test('missing ids and a path out of content/ fail the check, each at its line', async () => {
    const root = await handbook({
      'content/related-dismissed.yaml': [
        '- a: teams/checkout',
        '  b: updates/2099-01-01-nobody',
        '  team: nobody',
        '  reason: Not real.',
        '- a: ../../etc/passwd',
        '  b: teams/platform',
        '  team: platform',
        '  reason: Escape.',
        '',
      ].join('\n'),
    });
    expect((await report(root)).filter((line) => line.includes('related-dismissed'))).toMatchInlineSnapshot(`
      [
        "related/unknown-entry: content/related-dismissed.yaml:2  [0].b  "updates/2099-01-01-nobody" is not an entry — check the spelling against the file name under content/updates/, or delete this dismissal",
        "schema/invalid-value: content/related-dismissed.yaml:5  [1].a  "../../etc/passwd" is not an entry — write the collection and the entry id, e.g. teams/mobile or updates/2026-11-20-mobile",
      ]
    `);
  });

  test('a dismissals file that is not a list, or not YAML, is reported and dismisses nothing', () => {
    const notList = parseDismissals('content/related-dismissed.yaml', new TextEncoder().encode('a: teams/x\n'));
    const notYaml = parseDismissals('content/related-dismissed.yaml', new TextEncoder().encode('- a: [unclosed\n'));
    expect([...notList.problems, ...notYaml.problems].map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/related-dismissed.yaml:1  -  must be a list, not a group of fields — write a list here",
        "content/related-dismissed.yaml:2  -  has invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML syntax on this line (indentation, a missing colon, or quotes around text with ": " or a leading # or @)",
      ]
    `);
    expect([notList.dismissals, notYaml.dismissals]).toEqual([[], []]);
  });
});

describe('markup in a title', () => {
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> Feature flag service with percentage rollouts and a kill switch';
  const h = handbookOf({ teams: flagTeams, updates: [update('2026-11-20-beta', { team: 'beta', next: [hostile] })] });

  test('is words to compare: tag and attribute names are not words of a topic', () => {
    expect(tokenize(hostile)).toEqual(['onerror', 'alert', 'alert', 'featur', 'flag', 'servic', 'percentag', 'rollout', 'kill', 'switch']);
    expect(relatedWork(h, TODAY, new Set()).pairs.map((pair) => pair.b.title)).toEqual([hostile]);
  });

  test('is text in the digest, in every medium', () => {
    const overlaps = relatedWork(h, TODAY, new Set()).pairs;
    const acrossTeams = { retros: [], asks: [], overdueActions: [], waitingAsks: [], asOf: TODAY };
    const digest = { teams: [], overlaps, isolated: [], acrossTeams, totals: { dependencies: 0 } } as unknown as Digest;
    const links = {
      team: (id: string) => `/teams/${id}/`,
      adr: () => '',
      talk: () => '',
      update: () => '',
      dependency: () => '',
      digest: () => '',
      page: (route: string) => `/${route}`,
    };
    const ctx = { links, teamName: (id: string) => id, personName: (id: string) => id, timeZone: 'UTC' };
    for (const markup of [PAGE_MARKUP, FEED_MARKUP]) {
      const html = renderDigest(digest, ctx, markup);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt; Feature flag service');
    }
  });
});
