/**
 * The rules of kudos, awards and wins enabled by other teams, each on the valid fixture
 * changed one way, as the check reports them: file:line field — what is wrong — how to fix.
 * TODAY is 2026-11-24: the fixture's kudos (from Platform's Ada to Checkout) is of 18 November.
 */
import { describe, expect, test } from 'vitest';
import { problemsAfter, replaceOnce } from '../helpers/fixtures.ts';

const KUDOS = 'content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml';
const AWARD = 'content/awards/2026-q4-collaboration-of-the-quarter.yaml';
const CHECKOUT = 'content/teams/checkout.md';

describe('kudos', () => {
  test('thanks cross a team line: no person or team of the giver’s own team', async () => {
    expect(await problemsAfter({ [KUDOS]: replaceOnce('teams: [checkout]', 'to: [grace-hopper, alan-turing]\nteams: [checkout, platform]') }))
      .toMatchInlineSnapshot(`
        [
          "error: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:3  to[1]  "alan-turing" is on team "platform", the team of ada-lovelace who gives the thanks — thanks here go to people and teams other than platform: thank your own team in its channel, and remove this recipient",
          "error: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:4  teams[1]  is "platform", the team of ada-lovelace who gives the thanks — thanks here go to people and teams other than platform: thank your own team in its channel, and remove this recipient",
        ]
      `);
  });

  test('a kudos thanks someone', async () => {
    expect(await problemsAfter({ [KUDOS]: replaceOnce('teams: [checkout]\n', '') })).toMatchInlineSnapshot(`
      [
        "error: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:1  to  thanks nobody: \`to\` and \`teams\` are both empty — name who is thanked: people in \`to\` (person ids), whole teams in \`teams\` (team ids), or both",
      ]
    `);
  });

  test('references resolve: the giver, the people and the teams', async () => {
    expect(await problemsAfter({ [KUDOS]: replaceOnce('teams: [checkout]', 'to: [grace-hoper]\nteams: [checkuot]') })).toMatchInlineSnapshot(`
      [
        "error: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:3  to[0]  refers to person "grace-hoper", which does not exist — did you mean "grace-hopper"? Otherwise create content/people/grace-hoper.yaml, or remove the reference",
        "error: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:4  teams[0]  refers to team "checkuot", which does not exist — did you mean "checkout"? Otherwise create content/teams/checkuot.md, or remove the reference",
      ]
    `);
  });

  test('an old kudos is not judged by today’s teams: people move, often to the team they thanked', async () => {
    // Katherine was on Checkout when Ada thanked her; she has since moved to Ada's team.
    const moved = {
      'content/people/katherine-johnson.yaml': 'name: Katherine Johnson\nteam: platform\nrole: Engineer\ntimezone: UTC\n',
      [KUDOS]: replaceOnce('teams: [checkout]', 'to: [katherine-johnson]\nteams: [checkout]'),
    };
    expect(await problemsAfter({ ...moved, [KUDOS]: (text) => replaceOnce('date: 2026-11-18', 'date: 2026-08-18')(moved[KUDOS](text)) })).toEqual([]);
    // Within 60 days of the kudos, the same is an error: the pull request that adds it is checked.
    expect(await problemsAfter(moved)).toMatchInlineSnapshot(`
      [
        "error: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:3  to[0]  "katherine-johnson" is on team "platform", the team of ada-lovelace who gives the thanks — thanks here go to people and teams other than platform: thank your own team in its channel, and remove this recipient",
      ]
    `);
  });
});

describe('awards', () => {
  test('the winner is one of the nominees', async () => {
    expect(await problemsAfter({ [AWARD]: replaceOnce('winner: 0', 'winner: 2') })).toMatchInlineSnapshot(`
      [
        "error: content/awards/2026-q4-collaboration-of-the-quarter.yaml:8  winner  is 2, but the award has 2 nominees (numbered 0 to 1) — set \`winner\` to the number of the winning nominee, counted from 0 (the first nominee is 0), or nominate the winner",
      ]
    `);
  });

  test('a winner comes with the day it was decided and a citation', async () => {
    expect(await problemsAfter({ [AWARD]: (text) => replaceOnce(/citation: .*\n/, '')(replaceOnce('decided: 2026-11-20\n', '')(text)) }))
      .toMatchInlineSnapshot(`
      [
        "error: content/awards/2026-q4-collaboration-of-the-quarter.yaml:1  citation  is missing, and the award has a winner — add \`citation:\`, a few sentences on why the winner won, or remove \`winner\`",
        "error: content/awards/2026-q4-collaboration-of-the-quarter.yaml:1  decided  is missing, and the award has a winner — add \`decided:\` with the day the award was decided (YYYY-MM-DD), or remove \`winner\`",
      ]
    `);
  });

  test('the quarter is well-formed and starts the file name', async () => {
    expect(await problemsAfter({ [AWARD]: replaceOnce('quarter: 2026-Q4', 'quarter: 2026-Q5') })).toMatchInlineSnapshot(`
      [
        "error: content/awards/2026-q4-collaboration-of-the-quarter.yaml:1  quarter  "2026-Q5" is not a quarter — write the year and quarter as YYYY-Qn, e.g. 2026-Q4",
      ]
    `);
    expect(await problemsAfter({ [AWARD]: replaceOnce('quarter: 2026-Q4', 'quarter: 2026-Q3') })).toMatchInlineSnapshot(`
      [
        "error: content/awards/2026-q4-collaboration-of-the-quarter.yaml:1  quarter  is 2026-Q3, but the file name starts otherwise (2026-q4-collaboration-of-the-quarter) — name the file content/awards/2026-q3-<slug>.yaml, or correct \`quarter\`",
      ]
    `);
  });

  test('nominated teams exist', async () => {
    expect(await problemsAfter({ [AWARD]: replaceOnce('teams: [checkout]', 'teams: [checkot]') })).toMatchInlineSnapshot(`
      [
        "error: content/awards/2026-q4-collaboration-of-the-quarter.yaml:6  nominees[1].teams[0]  refers to team "checkot", which does not exist — did you mean "checkout"? Otherwise create content/teams/checkot.md, or remove the reference",
      ]
    `);
  });
});

describe('wins enabled by other teams', () => {
  test('a win is not enabled by its own team', async () => {
    expect(await problemsAfter({ [CHECKOUT]: replaceOnce('enabledBy: [platform]', 'enabledBy: [platform, checkout]') })).toMatchInlineSnapshot(`
      [
        "error: content/teams/checkout.md:9  wins[0].enabledBy[1]  names this team, checkout, as enabling its own win "Carts kept through the sale's peak" — \`enabledBy\` names the other teams whose work made the win possible: remove this team from it",
      ]
    `);
  });

  test('the enabling teams exist', async () => {
    expect(await problemsAfter({ [CHECKOUT]: replaceOnce('enabledBy: [platform]', 'enabledBy: [platfrom]') })).toMatchInlineSnapshot(`
      [
        "error: content/teams/checkout.md:9  wins[0].enabledBy[0]  refers to team "platfrom", which does not exist — did you mean "platform"? Otherwise create content/teams/platfrom.md, or remove the reference",
      ]
    `);
  });
});
