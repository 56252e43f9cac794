/** The stale report's rows of retrospective actions past their due date: from the check's warnings, most overdue first, owners named for a mention. */
import { rm } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { staleReport } from '../../scripts/lib/stale-report.ts';
import { copyHandbook, replaceOnce, validFixture } from '../helpers/fixtures.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

test('an open action past its due date is a row with its owner, how long ago it was due, the retrospective and an edit link', async () => {
  const root = await copyHandbook(validFixture, {
    'content/retros/2026-11-05-cart-cache-rollout.md': (text) =>
      replaceOnce(
        /\n---\n\n/,
        '\n  - title: Document the | eviction policy\n    owner: ada-lovelace\n    due: 2026-11-20\n    done: false\n---\n\n',
      )(replaceOnce('done: 2026-11-09', 'done: false')(text)),
  });
  roots.push(root);
  const today = '2026-11-24';
  const result = await checkHandbook(root, { today, staleAfterDays: 14 });
  const { count, markdown } = staleReport(result, {
    site: 'https://acme.github.io',
    base: '/handbook/',
    repository: 'https://github.com/acme/handbook',
    branch: 'main',
    staleAfterDays: 14,
    today,
  });
  expect(count).toBe(2);
  expect(markdown).toMatchInlineSnapshot(`
    "<!-- atrium:stale-report -->
    As of 2026-11-24, 2 retrospective actions are past their due date. This issue is updated every week and closed when nothing is left.

    ### Retrospective actions past their due date

    | Action | Owner | Was due | Retrospective | |
    | --- | --- | --- | --- | --- |
    | Add the cache to the load test suite | Alan Turing | 2026-11-10 (14 days ago) | [Cart cache rollout](https://acme.github.io/handbook/retros/2026-11-05-cart-cache-rollout/) | [Edit](https://github.com/acme/handbook/edit/main/content/retros/2026-11-05-cart-cache-rollout.md) |
    | Document the \\| eviction policy | Ada Lovelace (@ada) | 2026-11-20 (4 days ago) | [Cart cache rollout](https://acme.github.io/handbook/retros/2026-11-05-cart-cache-rollout/) | [Edit](https://github.com/acme/handbook/edit/main/content/retros/2026-11-05-cart-cache-rollout.md) |

    Once an action is done, set its \`done:\` to the date it was closed; if it still matters but later, move its \`due\`.
    "
  `);
});
