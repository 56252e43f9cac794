/** The weekly report: built from the check's warnings, one actionable row per stale page or overdue decision. */
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { staleReport } from '../../scripts/lib/stale-report.ts';
import { copyHandbook, replaceOnce, validFixture } from '../helpers/fixtures.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

const OPTIONS = { site: 'https://acme.github.io', base: '/handbook/', repository: 'https://github.com/acme/handbook', branch: 'main', staleAfterDays: 14 };

async function report(today: string, edits: Parameters<typeof copyHandbook>[1] = {}) {
  const root = await copyHandbook(validFixture, edits);
  roots.push(root);
  const result = await checkHandbook(root, { today, staleAfterDays: 14 });
  return staleReport(result, { ...OPTIONS, today });
}

describe('stale report', () => {
  test('lists stale team pages with their leads and overdue proposed ADRs, with links to read and edit each', async () => {
    const { count, markdown } = await report('2026-12-20', { 'content/teams/checkout.md': replaceOnce('reviewed: 2026-11-20', 'reviewed: 2026-12-19') });
    expect(count).toBe(2);
    expect(markdown).toMatchInlineSnapshot(`
      "<!-- atrium:stale-report -->
      As of 2026-12-20, 1 team page has not been reviewed in 14 days and 1 proposed ADR is past its feedback deadline. This issue is updated every week and closed when nothing is left.

      ### Team pages to review

      | Team | Last reviewed | Lead | |
      | --- | --- | --- | --- |
      | [Platform](https://acme.github.io/handbook/teams/platform/) | 2026-11-20 (30 days ago) | Ada Lovelace (@ada) | [Edit](https://github.com/acme/handbook/edit/main/content/teams/platform.md) |

      Check that the page is still true, then set \`reviewed:\` to the date you checked it.

      ### Proposed decisions past their feedback deadline

      | Decision | Feedback was due | Owning teams | |
      | --- | --- | --- | --- |
      | [Cache carts in Redis](https://acme.github.io/handbook/adrs/0003-cache-carts/) | 2026-12-01 (19 days ago) | Checkout | [Edit](https://github.com/acme/handbook/edit/main/content/adrs/0003-cache-carts.md) |

      Accept or reject each decision (\`status:\`), or move \`feedbackBy\` to a new date.
      "
    `);
  });

  test('says so when nothing needs attention', async () => {
    const { count, markdown } = await report('2026-11-24');
    expect(count).toBe(0);
    expect(markdown).toBe(
      '<!-- atrium:stale-report -->\nAs of 2026-11-24, nothing needs attention: every team page was reviewed in the last 14 days and no proposed ADR is past its feedback deadline.\n',
    );
  });
});
