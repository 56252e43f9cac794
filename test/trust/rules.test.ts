/**
 * Issue 11: every problem names its rule, a stable id that tests, docs and CI filters
 * can use; `RULES` lists them all with their severity and one line each.
 */
import { expect, test } from 'vitest';
import { RULES } from '../../src/lib/problems.ts';
import { checkHandbook } from '../../src/lib/check.ts';
import { replaceOnce, TODAY } from '../helpers/fixtures.ts';
import { handbook, put } from './helpers.ts';

test("every problem carries a rule id from RULES, with that rule's severity", async () => {
  const root = await handbook({
    'content/people/alan-turing.yaml': replaceOnce('team: platform', 'team: platfrom'),
    'content/teams/platform.md': replaceOnce('reviewed: 2026-11-20', 'reviewed: 2026-01-01'),
    'content/adrs/0003-cache-carts.md': replaceOnce('feedbackBy: 2026-12-01', 'feedbackBy: 2026-11-01'),
  });
  await put(root, 'content/adr/0009-x.md', 'x');
  const result = await checkHandbook(root, { today: TODAY, staleAfterDays: 14 });
  expect(result.problems.map((problem) => [problem.rule, problem.severity, problem.file])).toEqual([
    ['content/unknown-folder', 'error', 'content/adr'],
    ['adr/feedback-overdue', 'warning', 'content/adrs/0003-cache-carts.md'],
    ['reference/missing', 'error', 'content/people/alan-turing.yaml'],
    ['team/stale', 'warning', 'content/teams/platform.md'],
  ]);
  for (const problem of result.problems) expect(RULES[problem.rule].severity).toBe(problem.severity);
});

test('RULES lists each rule once, grouped by area, each with a one-line description', () => {
  const ids = Object.keys(RULES);
  expect(ids.every((id) => /^[a-z]+\/[a-z-]+$/.test(id))).toBe(true);
  expect(Object.values(RULES).every((rule) => rule.description.length > 20 && !rule.description.includes('\n'))).toBe(true);
  expect([...new Set(ids.map((id) => id.split('/')[0]))]).toEqual([
    'content',
    'schema',
    'mdx',
    'template',
    'reference',
    'adr',
    'team',
    'guild',
    'dependency',
    'rotation',
    'mentorship',
    'pairing',
    'related',
    'kudos',
    'award',
    'retro',
    'ask',
    'survey',
    'signals',
    'diagram',
  ]);
  expect(ids.filter((id) => RULES[id as keyof typeof RULES].severity === 'warning')).toEqual([
    'adr/feedback-overdue',
    'team/stale',
    'guild/stale',
    'guild/one-team',
    'dependency/overdue',
    'dependency/stale',
    'rotation/outcome-missing',
    'pairing/long',
    'related/dismissal-unmatched',
    'retro/owners-one-team',
    'retro/action-overdue',
    'ask/open-long',
  ]);
});
