/**
 * Issue 12, case 4: one report names every problem. An entry that fails its schema
 * still has its readable fields checked, a broken ADR does not silence the rules about
 * the others, a duplicate number is reported on the newer ADR, and a misspelled time
 * zone gets a suggestion.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { replaceOnce, validFixture } from '../helpers/fixtures.ts';
import { handbook, report } from './helpers.ts';

const ADR_OLD = 'content/adrs/0001-use-postgres.md';
const ADR_NEW = 'content/adrs/0002-use-postgres-with-timescale.md';

test('a bad time zone does not hide a bad team reference, and gets a "did you mean"', async () => {
  const root = await handbook({
    'content/people/alan-turing.yaml': (text) => replaceOnce('America/New_York', 'America/New_Yrok')(replaceOnce('team: platform', 'team: platfrom')(text)),
  });
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "reference/missing: content/people/alan-turing.yaml:2  team  refers to team "platfrom", which does not exist — did you mean "platform"? Otherwise create content/teams/platfrom.md, or remove the reference",
      "schema/invalid-value: content/people/alan-turing.yaml:4  timezone  "America/New_Yrok" is not an IANA time zone — did you mean America/New_York? Otherwise use a name from the IANA time zone database, e.g. America/Los_Angeles, Europe/Berlin or UTC",
    ]
  `);
});

test('a time zone written as a city, or with a space, is recognised', async () => {
  const root = await handbook({
    'content/people/alan-turing.yaml': replaceOnce('America/New_York', 'new york'),
    'content/people/ada-lovelace.yaml': (text) => text.replace(/timezone: .*/, 'timezone: Europe/Londn'),
  });
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "schema/invalid-value: content/people/ada-lovelace.yaml:4  timezone  "Europe/Londn" is not an IANA time zone — did you mean Europe/London? Otherwise use a name from the IANA time zone database, e.g. America/Los_Angeles, Europe/Berlin or UTC",
      "schema/invalid-value: content/people/alan-turing.yaml:4  timezone  "new york" is not an IANA time zone — did you mean America/New_York? Otherwise use a name from the IANA time zone database, e.g. America/Los_Angeles, Europe/Berlin or UTC",
    ]
  `);
});

test('an invalid ADR does not suppress "superseded, but nothing supersedes it" on another', async () => {
  const root = await handbook({
    // 0002 no longer supersedes 0001, and is itself invalid (a misspelled status).
    [ADR_NEW]: (text) => replaceOnce('status: accepted', 'status: acepted')(replaceOnce('supersedes: [0001-use-postgres]\n', '')(text)),
  });
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "adr/superseded-alone: content/adrs/0001-use-postgres.md:3  status  is superseded, but no ADR lists it in \`supersedes\` — add "0001-use-postgres" to the \`supersedes\` of the ADR that replaces it, or change the status",
      "schema/invalid-value: content/adrs/0002-use-postgres-with-timescale.md:3  status  "acepted" is not one of the allowed values — did you mean accepted? use one of: draft, proposed, accepted, rejected, deprecated, superseded",
    ]
  `);
});

test('when the invalid ADR is the one whose `supersedes` cannot be read, the report says so', async () => {
  const root = await handbook({ [ADR_NEW]: replaceOnce('supersedes: [0001-use-postgres]', 'supersedes: 0001-use-postgres') });
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "adr/superseded-alone: content/adrs/0001-use-postgres.md:3  status  is superseded, but no ADR lists it in \`supersedes\` (0002-use-postgres-with-timescale has errors, so its \`supersedes\` could not be read) — add "0001-use-postgres" to the \`supersedes\` of the ADR that replaces it, or change the status",
      "schema/invalid-value: content/adrs/0002-use-postgres-with-timescale.md:8  supersedes  must be a list, not "0001-use-postgres" — write a list here",
    ]
  `);
});

test('a duplicate ADR number is reported on the newer file', async () => {
  const newer = readFileSync(path.join(validFixture, 'content/adrs/0003-cache-carts.md'), 'utf8').replace('Cache carts in Redis', 'Queue orders');
  const root = await handbook({ 'content/adrs/0001-queue-orders.md': newer });
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "adr/duplicate-number: content/adrs/0001-queue-orders.md:2  -  ADR number 0001 is also used by 0001-use-postgres, which is older (2026-01-10) — renumber this file; the next free number is 0004",
    ]
  `);
});

test('an invalid entry still has its references and the rules about it checked', async () => {
  const root = await handbook({
    // An unknown field makes the ADR invalid; its unknown decider and its superseded status are still checked.
    [ADR_OLD]: (text) =>
      replaceOnce(
        'deciders: [ada-lovelace]',
        'deciders: [ada-lovelace, nobody]\nreviewers: [ada-lovelace]',
      )(replaceOnce('status: superseded', 'status: accepted')(text)),
  });
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "adr/superseded-status: content/adrs/0001-use-postgres.md:3  status  is accepted, but 0002-use-postgres-with-timescale supersedes it — set \`status: superseded\`, or remove it from the \`supersedes\` of 0002-use-postgres-with-timescale",
      "reference/missing: content/adrs/0001-use-postgres.md:6  deciders[1]  refers to person "nobody", which does not exist — use the id (file name) of an entry in content/people/, or create that entry",
      "schema/unknown-field: content/adrs/0001-use-postgres.md:7  reviewers  is not a field of an ADR — did you mean \`reviewed\`? Rename it, or remove it",
    ]
  `);
});
