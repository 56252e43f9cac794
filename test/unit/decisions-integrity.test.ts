/** The check's rules for decisions and dependency histories, each on the valid fixture changed one way. */
import { describe, expect, test } from 'vitest';
import { rm } from 'node:fs/promises';
import { checkHandbook } from '../../src/lib/check.ts';
import { staleReport } from '../../scripts/lib/stale-report.ts';
import { copyHandbook, problemsAfter, replaceOnce, TODAY, validFixture } from '../helpers/fixtures.ts';

const ADR_ACCEPTED = 'content/adrs/0002-use-postgres-with-timescale.md';
const ADR_PROPOSED = 'content/adrs/0003-cache-carts.md';
const DEPENDENCY = 'content/dependencies/checkout-needs-pooler.yaml';
const OPTIONS = 'options:\n  - id: timescale\n    summary: Timescale on PostgreSQL.\n  - id: clickhouse\n    summary: A separate ClickHouse cluster.\n';
const append = (text: string) => (file: string) => `${file}${text}`;
const frontMatter = (text: string) => replaceOnce('tags: [databases]\n', `tags: [databases]\n${text}`);

describe('decisions', () => {
  test('an accepted decision with options must say which was chosen', async () => {
    expect(await problemsAfter({ [ADR_ACCEPTED]: frontMatter(OPTIONS) })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0002-use-postgres-with-timescale.md:3  status  is accepted and has 2 options, but no \`decision\` says which was chosen — add \`decision: { option: timescale, summary: "…" }\`: the chosen option's id (one of timescale, clickhouse) and what was decided, in a sentence or two",
      ]
    `);
  });

  test('the decision names one of the options', async () => {
    expect(await problemsAfter({ [ADR_ACCEPTED]: frontMatter(`${OPTIONS}decision:\n  option: timescaledb\n  summary: We use Timescale.\n`) }))
      .toMatchInlineSnapshot(`
      [
        "error: content/adrs/0002-use-postgres-with-timescale.md:16  decision.option  names option "timescaledb", which is not one of the options (timescale, clickhouse) — use the id of the chosen option, one of: timescale, clickhouse",
      ]
    `);
  });

  test('a response from a team neither consulted nor informed is an error; an informed team may answer', async () => {
    const responses = 'informed: [checkout]\nresponses:\n  - team: checkout\n    position: support\n  - team: platform\n    position: object\n';
    expect(await problemsAfter({ [ADR_PROPOSED]: replaceOnce('feedbackBy: 2026-12-01\n', `feedbackBy: 2026-12-01\n${responses}`) })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0003-cache-carts.md:11  responses[1].team  is a response from team "platform", which was neither consulted nor informed — add "platform" to \`consulted\` (or \`informed\`), or correct the response's team",
      ]
    `);
  });

  test('a response takes a position the schema knows, with a suggestion', async () => {
    const responses = 'consulted: [platform]\nresponses:\n  - team: platfrom\n    position: objects\n';
    expect(await problemsAfter({ [ADR_PROPOSED]: replaceOnce('feedbackBy: 2026-12-01\n', `feedbackBy: 2026-12-01\n${responses}`) })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0003-cache-carts.md:10  responses[0].position  "objects" is not one of the allowed values — did you mean object? use one of: support, concerns, object",
      ]
    `);
  });

  test('an accepted decision older than the configured age is no problem for the check: the stale report asks "still true?"', async () => {
    const old = { [ADR_ACCEPTED]: replaceOnce('date: 2026-06-01', 'date: 2023-06-01') };
    expect(await problemsAfter(old)).toEqual([]);
    const root = await copyHandbook(validFixture, old);
    try {
      const result = await checkHandbook(root, { today: TODAY, staleAfterDays: 14 });
      const options = {
        site: 'https://acme.github.io',
        base: '/',
        repository: 'https://github.com/acme/handbook',
        branch: 'main',
        staleAfterDays: 14,
        today: TODAY,
      };
      const lines = (days?: number) =>
        staleReport(result, days === undefined ? options : { ...options, decisionReviewAfterDays: days })
          .markdown.split('\n')
          .filter((line) => line.startsWith('As of') || line.startsWith('| ['));
      expect(lines()).toMatchInlineSnapshot(`
        [
          "As of 2026-11-24, 1 accepted decision is due a "still true?" review. This issue is updated every week and closed when nothing is left.",
          "| [Use PostgreSQL with Timescale](https://acme.github.io/adrs/0002-use-postgres-with-timescale/) | 2023-06-01 (1272 days ago) | Platform | [Edit](https://github.com/acme/handbook/edit/main/content/adrs/0002-use-postgres-with-timescale.md) |",
        ]
      `);
      expect(lines(2_000)).toEqual([expect.stringMatching(/^As of 2026-11-24, nothing needs attention/)]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('dependency history', () => {
  test('history entries must be in date order', async () => {
    const history = 'history:\n  - date: 2026-10-01\n    status: planned\n  - date: 2026-09-01\n    status: at-risk\n';
    expect(await problemsAfter({ [DEPENDENCY]: append(history) })).toMatchInlineSnapshot(`
      [
        "error: content/dependencies/checkout-needs-pooler.yaml:13  history[1].date  history entry 1 (2026-09-01) is dated before the one above it (2026-10-01) — list the status changes oldest first, each with the day it happened",
      ]
    `);
  });

  test("the history's last status is the dependency's status", async () => {
    expect(await problemsAfter({ [DEPENDENCY]: append('history:\n  - date: 2026-10-01\n    status: on-track\n') })).toMatchInlineSnapshot(`
      [
        "error: content/dependencies/checkout-needs-pooler.yaml:7  status  is at-risk, but the last entry of its history (2026-10-01) says on-track — add \`- { date: 2026-11-24, status: at-risk }\` to \`history\` when the status changes, or set \`status: on-track\`",
      ]
    `);
  });

  test('a need-by date passed before it is done is overdue; a review older than staleAfterDays is stale; both warnings', async () => {
    expect(await problemsAfter({ [DEPENDENCY]: (text) => append('reviewed: 2026-11-01\n')(text.replace('needBy: 2026-12-15', 'needBy: 2026-11-20')) }))
      .toMatchInlineSnapshot(`
      [
        "warning: content/dependencies/checkout-needs-pooler.yaml:8  needBy  was needed by 2026-11-20 and is still at risk — agree a new date with both teams and set \`needBy\`, or record that it is done (\`status: done\` and a history entry)",
        "warning: content/dependencies/checkout-needs-pooler.yaml:10  reviewed  was last reviewed 23 days ago (2026-11-01), more than 14 — check the page is still true, then set \`reviewed: 2026-11-24\`",
      ]
    `);
  });

  test('a done dependency is neither overdue nor stale', async () => {
    const done = (text: string) =>
      `${text.replace('status: at-risk', 'status: done').replace('needBy: 2026-12-15', 'needBy: 2026-11-01')}reviewed: 2026-06-01\n`;
    expect(await problemsAfter({ [DEPENDENCY]: done })).toEqual([]);
  });
});

describe('guilds', () => {
  test('a guild page not reviewed within staleAfterDays is a warning', async () => {
    expect(await problemsAfter({ 'content/guilds/api-guild.md': replaceOnce('founded: 2025-03-01\n', 'founded: 2025-03-01\nreviewed: 2026-10-01\n') }))
      .toMatchInlineSnapshot(`
        [
          "warning: content/guilds/api-guild.md:9  reviewed  was last reviewed 54 days ago (2026-10-01), more than 14 — check the page is still true, then set \`reviewed: 2026-11-24\`",
        ]
      `);
  });
});
