/** The daily deadline issue: the script, run on a copy of the valid fixture, prints one row per proposal due within 48 hours or past. */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { staleReport } from '../../scripts/lib/stale-report.ts';
import { copyHandbook, projectRoot, replaceOnce, validFixture } from '../helpers/fixtures.ts';

const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

const OVERDUE = `---
title: Move sessions to Valkey
status: proposed
date: 2026-11-02
teams: [platform, checkout]
consulted: [checkout]
feedbackBy: 2026-11-20
---
## Context
Sessions.
`;

async function fixture(): Promise<string> {
  const root = await copyHandbook(validFixture, {
    'content/adrs/0003-cache-carts.md': replaceOnce(
      'feedbackBy: 2026-12-01\n',
      'feedbackBy: 2026-12-01\nconsulted: [platform]\ninformed: []\noptions:\n  - id: redis\n    summary: Redis.\n  - id: in-process\n    summary: An in-process cache.\n',
    ),
    'content/adrs/0004-move-sessions-to-valkey.md': OVERDUE,
  });
  roots.push(root);
  return root;
}

async function issueBody(today: string): Promise<string> {
  const root = await fixture();
  const { stdout } = await promisify(execFile)(tsx, [path.join(projectRoot, 'scripts/decisions-due.ts'), '--today', today], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' },
  });
  return stdout;
}

describe('npm run decisions:due', () => {
  test('lists the proposals due within 48 hours or past, mentioning owners and consulted teams, earliest deadline first', async () => {
    expect(await issueBody('2026-11-29')).toMatchInlineSnapshot(`
      "<!-- atrium:decisions-due -->
      As of 2026-11-29, 2 proposed decisions have their feedback deadline within 48 hours or past. This issue is updated every day and closed when none is left.

      | Decision | Feedback by | Owners | Consulted | Not answered yet | |
      | --- | --- | --- | --- | --- | --- |
      | [Move sessions to Valkey](https://northwind-labs.github.io/adrs/0004-move-sessions-to-valkey/) | 2026-11-20 (9 days overdue) | @acme/platform Checkout | Checkout | Checkout | [Edit](https://github.com/northwind-labs/handbook/edit/main/content/adrs/0004-move-sessions-to-valkey.md) |
      | [Cache carts in Redis](https://northwind-labs.github.io/adrs/0003-cache-carts/) | 2026-12-01 (due in 2 days) | Checkout | @acme/platform | Platform | [Edit](https://github.com/northwind-labs/handbook/edit/main/content/adrs/0003-cache-carts.md) |

      Owners: accept or reject each decision (\`status:\`, and \`decision:\` naming the chosen option), or move \`feedbackBy\` to a new date. Consulted teams: add your \`responses:\` entry (support, concerns or object, with a link to your comment) before the deadline.
      "
    `);
  });

  test('says so when no deadline is near', async () => {
    expect(await issueBody('2026-11-10')).toMatchInlineSnapshot(`
      "<!-- atrium:decisions-due -->
      As of 2026-11-10, no proposed decision has its feedback deadline within 48 hours or past.
      "
    `);
  });
});

describe('the stale report', () => {
  test('lists the proposals closing within 48 hours with the same table, after the ones past their deadline', async () => {
    const root = await fixture();
    const result = await checkHandbook(root, { today: '2026-11-29', staleAfterDays: 14 });
    const options = {
      site: 'https://acme.github.io',
      base: '/',
      repository: 'https://github.com/acme/handbook',
      branch: 'main',
      staleAfterDays: 14,
      today: '2026-11-29',
    };
    const { count, markdown } = staleReport(result, options);
    expect(count).toBe(2);
    expect(markdown.split('\n').filter((line) => line.startsWith('As of') || line.startsWith('###') || line.startsWith('| ['))).toMatchInlineSnapshot(`
      [
        "As of 2026-11-29, 1 proposed ADR is past its feedback deadline and 1 proposal closes for feedback within 48 hours. This issue is updated every week and closed when nothing is left.",
        "### Proposed decisions past their feedback deadline",
        "| [Move sessions to Valkey](https://acme.github.io/adrs/0004-move-sessions-to-valkey/) | 2026-11-20 (9 days ago) | Platform, Checkout | [Edit](https://github.com/acme/handbook/edit/main/content/adrs/0004-move-sessions-to-valkey.md) |",
        "### Proposals closing for feedback within 48 hours",
        "| [Cache carts in Redis](https://acme.github.io/adrs/0003-cache-carts/) | 2026-12-01 (due in 2 days) | Checkout | @acme/platform | Platform | [Edit](https://github.com/acme/handbook/edit/main/content/adrs/0003-cache-carts.md) |",
      ]
    `);
  });
});
