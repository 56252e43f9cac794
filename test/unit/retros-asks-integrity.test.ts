/**
 * The rules of retrospectives and asks for help, each on the valid fixture changed one
 * way, as the check reports them: file:line field — what is wrong — how to fix.
 * TODAY is 2026-11-24: the fixture's retrospective of Checkout and Platform was held on 5 November, its one action
 * closed in time by Platform; its ask was solved with help from Platform.
 */
import { describe, expect, test } from 'vitest';
import { problemsAfter, replaceOnce } from '../helpers/fixtures.ts';

const RETRO = 'content/retros/2026-11-05-cart-cache-rollout.md';
const ASK = 'content/asks/2026-11-16-slow-cart-queries.md';

test('the fixture passes as it is', async () => {
  expect(await problemsAfter({})).toEqual([]);
});

describe('retrospectives', () => {
  test('a retrospective of one team is an error, however the team is repeated', async () => {
    expect(await problemsAfter({ [RETRO]: replaceOnce('teams: [checkout, platform]', 'teams: [checkout, checkout]') })).toMatchInlineSnapshot(`
      [
        "error: content/retros/2026-11-05-cart-cache-rollout.md:4  teams  lists only team "checkout": this is a retrospective of one team — a cross-team retrospective has at least two teams: add the other teams that took part to \`teams\`, or keep a one-team retrospective in that team’s own notes",
      ]
    `);
  });

  test('an action marked done: true says when it was closed instead', async () => {
    expect(await problemsAfter({ [RETRO]: replaceOnce('done: 2026-11-09', 'done: true') })).toMatchInlineSnapshot(`
      [
        "error: content/retros/2026-11-05-cart-cache-rollout.md:14  actions[0].done  true says the action was closed, but not when — write the date it was closed instead, e.g. \`done: 2026-11-20\` (or \`done: false\` while it is open), so "closed on time" can be measured",
      ]
    `);
    expect(await problemsAfter({ [RETRO]: replaceOnce('done: 2026-11-09', 'done: last week') })).toMatchInlineSnapshot(`
      [
        "error: content/retros/2026-11-05-cart-cache-rollout.md:14  actions[0].done  "last week" is neither false nor a valid date — write \`false\` while the action is open, or the date it was closed as YYYY-MM-DD, e.g. 2026-11-20",
      ]
    `);
  });

  test('an open action past its due date is a warning', async () => {
    expect(await problemsAfter({ [RETRO]: replaceOnce('done: 2026-11-09', 'done: false') })).toMatchInlineSnapshot(`
      [
        "warning: content/retros/2026-11-05-cart-cache-rollout.md:13  actions[0].due  action "Add the cache to the load test suite" (owner alan-turing) was due on 10 Nov 2026 and is still open, 14 days later — once it is done, set \`done:\` to the date it was closed; if it still matters but later, move \`due\`; if it no longer matters, say so in the body and close it with today's date",
      ]
    `);
  });

  test('actions all owned by one team are a warning', async () => {
    const second = '  - title: Document the eviction policy\n    owner: ada-lovelace\n    due: 2026-12-04\n    done: false\n---';
    expect(await problemsAfter({ [RETRO]: replaceOnce(/\n---\n\n/, `\n${second}\n\n`) })).toMatchInlineSnapshot(`
      [
        "warning: content/retros/2026-11-05-cart-cache-rollout.md:10  actions  every action is owned by someone on team "platform" — give at least one action to someone on another of the teams that took part, so the follow-up crosses team lines as the retrospective did",
      ]
    `);
  });

  test('the facilitator and every owner resolve', async () => {
    expect(
      await problemsAfter({
        [RETRO]: (text) => replaceOnce('owner: alan-turing', 'owner: alan-turin')(replaceOnce('facilitator: ada-lovelace', 'facilitator: ada')(text)),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/retros/2026-11-05-cart-cache-rollout.md:5  facilitator  refers to person "ada", which does not exist — use the id (file name) of an entry in content/people/, or create that entry",
        "error: content/retros/2026-11-05-cart-cache-rollout.md:12  actions[0].owner  refers to person "alan-turin", which does not exist — did you mean "alan-turing"? Otherwise create content/people/alan-turin.yaml, or remove the reference",
      ]
    `);
  });
});

describe('asks for help', () => {
  test('a helper from the asking team is an error, until the ask is solved: then it is history, and people move', async () => {
    const helper = replaceOnce('helpers: [alan-turing]', 'helpers: [alan-turing, grace-hopper]');
    expect(await problemsAfter({ [ASK]: helper })).toEqual([]);
    expect(await problemsAfter({ [ASK]: (text) => replaceOnce('status: solved', 'status: helped')(helper(text)) })).toMatchInlineSnapshot(`
      [
        "error: content/asks/2026-11-16-slow-cart-queries.md:6  helpers[1]  helper "grace-hopper" is on "checkout", the team that asked — helpers come from other teams: remove them from \`helpers\` (help from within the team is the team’s own work), or list who from another team helped",
      ]
    `);
  });

  test('a solved ask keeps its answer in a "## Answer" section', async () => {
    expect(await problemsAfter({ [ASK]: (text) => text.slice(0, text.indexOf('## Answer')) })).toMatchInlineSnapshot(`
      [
        "error: content/asks/2026-11-16-slow-cart-queries.md:5  status  is "solved", but the body has no "## Answer" section — write what solved it under a "## Answer" heading at the end of content/asks/2026-11-16-slow-cart-queries.md, so the next team with the same problem finds the answer; or set \`status: helped\` until it is solved",
      ]
    `);
    expect(await problemsAfter({ [ASK]: (text) => `${text.slice(0, text.indexOf('## Answer'))}## Answer\n` })).toMatchInlineSnapshot(`
      [
        "error: content/asks/2026-11-16-slow-cart-queries.md:14  body  is "solved", but its "## Answer" section is empty — write what solved it under a "## Answer" heading at the end of content/asks/2026-11-16-slow-cart-queries.md, so the next team with the same problem finds the answer; or set \`status: helped\` until it is solved",
      ]
    `);
    // Helped, not yet solved: no answer needed.
    expect(await problemsAfter({ [ASK]: (text) => replaceOnce('status: solved', 'status: helped')(text.slice(0, text.indexOf('## Answer'))) })).toEqual([]);
  });

  test('helpedOn agrees with the status and the date', async () => {
    expect(await problemsAfter({ [ASK]: replaceOnce('helpedOn: 2026-11-17\n', '') })).toMatchInlineSnapshot(`
      [
        "error: content/asks/2026-11-16-slow-cart-queries.md:5  status  is "solved" but has no \`helpedOn\` date — add \`helpedOn:\` with the day help first came (on or after 2026-11-16), so the time to help can be measured",
      ]
    `);
    expect(await problemsAfter({ [ASK]: replaceOnce('helpedOn: 2026-11-17', 'helpedOn: 2026-11-15') })).toMatchInlineSnapshot(`
      [
        "error: content/asks/2026-11-16-slow-cart-queries.md:7  helpedOn  is 15 Nov 2026, before the ask was made on 16 Nov 2026 — write the day help first came, on or after 2026-11-16; or correct \`date\`",
      ]
    `);
    expect(await problemsAfter({ [ASK]: replaceOnce('status: solved', 'status: open') })).toMatchInlineSnapshot(`
      [
        "error: content/asks/2026-11-16-slow-cart-queries.md:7  helpedOn  is set while the ask is still open — if someone has helped, set \`status: helped\` (or \`solved\`); otherwise remove \`helpedOn\`",
      ]
    `);
  });

  test('an ask open for more than 14 days is a warning; 14 days is not', async () => {
    const open = (date: string) => (text: string) =>
      replaceOnce('date: 2026-11-16', `date: ${date}`)(replaceOnce('helpedOn: 2026-11-17\n', '')(replaceOnce('status: solved', 'status: open')(text)));
    expect(await problemsAfter({ [ASK]: open('2026-11-10') })).toEqual([]);
    expect(await problemsAfter({ [ASK]: open('2026-11-09') })).toMatchInlineSnapshot(`
      [
        "warning: content/asks/2026-11-16-slow-cart-queries.md:4  date  has been open for 15 days, more than 14, with no one from another team helping yet — if someone helped, set \`status: helped\` and \`helpedOn\`; otherwise raise it again in the teams' channels, offer a problem-solving \`session\`, or close it in the body if it no longer matters",
      ]
    `);
  });

  test('status is one of open, helped and solved', async () => {
    expect(await problemsAfter({ [ASK]: replaceOnce('status: solved', 'status: done') })).toMatchInlineSnapshot(`
      [
        "error: content/asks/2026-11-16-slow-cart-queries.md:5  status  "done" is not one of the allowed values — use one of: open, helped, solved",
      ]
    `);
  });
});
