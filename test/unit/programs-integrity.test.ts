/**
 * The rules of rotations, mentorships and pair sessions, each on the valid fixture
 * changed one way, as the check reports them: file:line field — what is wrong — how to fix.
 * TODAY is 2026-11-24: the fixture's rotation ended in October, its mentorship runs until
 * 27 December, its pair session was held on 12 November.
 */
import { describe, expect, test } from 'vitest';
import { problemsAfter, replaceOnce } from '../helpers/fixtures.ts';

const ROTATION = 'content/rotations/2026-10-05-alan-turing.yaml';
const MENTORSHIP = 'content/mentorships/2026-10-05-grace-hopper.yaml';
const PAIRING = 'content/pairings/2026-11-12-profile-the-cart-service.yaml';
/** The fixture's rotation, moved to this week and without an outcome yet: the team rules apply while it runs. */
const current = (text: string) => replaceOnce(/outcome: .*\n/, '')(replaceOnce('start: 2026-10-05', 'start: 2026-11-23')(text));

describe('rotations', () => {
  test('the host team is another team than the visitor’s', async () => {
    expect(
      await problemsAfter({
        [ROTATION]: (text) => replaceOnce('buddy: grace-hopper', 'buddy: ada-lovelace')(replaceOnce('hostTeam: checkout', 'hostTeam: platform')(current(text))),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/rotations/2026-10-05-alan-turing.yaml:2  hostTeam  is "platform", the team alan-turing is on already — a rotation visits another team: set \`hostTeam\` to the team they will visit",
      ]
    `);
  });

  test('the buddy is on the host team', async () => {
    expect(await problemsAfter({ [ROTATION]: (text) => replaceOnce('buddy: grace-hopper', 'buddy: ada-lovelace')(current(text)) })).toMatchInlineSnapshot(`
      [
        "error: content/rotations/2026-10-05-alan-turing.yaml:7  buddy  buddy "ada-lovelace" is on team "platform", not on the host team "checkout" — choose someone on checkout, who looks after the visitor there",
      ]
    `);
  });

  test('the cover is someone else, on the home team', async () => {
    expect(await problemsAfter({ [ROTATION]: (text) => replaceOnce('cover: ada-lovelace', 'cover: alan-turing')(current(text)) })).toMatchInlineSnapshot(`
      [
        "error: content/rotations/2026-10-05-alan-turing.yaml:8  cover  is alan-turing, who is away on the rotation — choose someone on platform who stays behind and covers their work",
      ]
    `);
    expect(await problemsAfter({ [ROTATION]: (text) => replaceOnce('cover: ada-lovelace', 'cover: grace-hopper')(current(text)) })).toMatchInlineSnapshot(`
      [
        "error: content/rotations/2026-10-05-alan-turing.yaml:8  cover  cover "grace-hopper" is on team "checkout", not on alan-turing's team "platform" — choose someone on platform who covers their work while they are away",
      ]
    `);
  });

  test('one person’s rotations do not overlap', async () => {
    expect(
      await problemsAfter({
        'content/rotations/2026-10-12-alan-turing.yaml':
          'person: alan-turing\nhostTeam: checkout\nstart: 2026-10-12\ngoals: [Pair on refunds]\nbuddy: grace-hopper\ncover: ada-lovelace\noutcome: Refunds paired.\n',
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/rotations/2026-10-12-alan-turing.yaml:3  start  overlaps alan-turing's rotation 2026-10-05-alan-turing (5–18 Oct 2026): this one runs 12–25 Oct 2026 — one person is on one rotation at a time: start this one after 18 Oct 2026, or shorten the other's \`weeks\`",
      ]
    `);
  });

  test('an ended rotation without an outcome is a warning', async () => {
    expect(await problemsAfter({ [ROTATION]: replaceOnce(/outcome: .*\n/, '') })).toMatchInlineSnapshot(`
      [
        "warning: content/rotations/2026-10-05-alan-turing.yaml:1  outcome  ended on 18 Oct 2026 and has no \`outcome\` — add \`outcome:\`, a sentence or two on what the visitor learned and what changed, for the next team that rotates",
      ]
    `);
  });

  test('an ended rotation is not judged by today’s teams: people move, often to the team they visited', async () => {
    expect(await problemsAfter({ 'content/people/alan-turing.yaml': replaceOnce('team: platform', 'team: checkout') })).toEqual([]);
    // The same move while the rotation runs is an error.
    expect(await problemsAfter({ 'content/people/alan-turing.yaml': replaceOnce('team: platform', 'team: checkout'), [ROTATION]: current }))
      .toMatchInlineSnapshot(`
      [
        "error: content/rotations/2026-10-05-alan-turing.yaml:2  hostTeam  is "checkout", the team alan-turing is on already — a rotation visits another team: set \`hostTeam\` to the team they will visit",
        "error: content/rotations/2026-10-05-alan-turing.yaml:8  cover  cover "ada-lovelace" is on team "platform", not on alan-turing's team "checkout" — choose someone on checkout who covers their work while they are away",
      ]
    `);
  });

  test('the schema: weeks, goals, references', async () => {
    expect(
      await problemsAfter({
        [ROTATION]: (text) =>
          replaceOnce(
            'weeks: 2',
            'weeks: 13',
          )(
            replaceOnce(
              '  - Learn how checkout retries payments\n',
              '',
            )(replaceOnce('goals:', 'goals: []')(replaceOnce('hostTeam: checkout', 'hostTeam: chekout')(text))),
          ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/rotations/2026-10-05-alan-turing.yaml:2  hostTeam  refers to team "chekout", which does not exist — did you mean "checkout"? Otherwise create content/teams/chekout.md, or remove the reference",
        "error: content/rotations/2026-10-05-alan-turing.yaml:4  weeks  13 is out of range — use a value of at most 12",
        "error: content/rotations/2026-10-05-alan-turing.yaml:5  goals  lists no goal — write one to three goals agreed with the host team, one line each",
      ]
    `);
  });
});

describe('mentorships', () => {
  test('the mentor is on another team than the mentee', async () => {
    expect(await problemsAfter({ [MENTORSHIP]: replaceOnce('mentee: grace-hopper', 'mentee: alan-turing') })).toMatchInlineSnapshot(`
      [
        "error: content/mentorships/2026-10-05-grace-hopper.yaml:1  mentor  mentor "ada-lovelace" is on team "platform", the mentee's team — a cross-team mentorship brings someone from another team: choose a mentor outside the mentee’s team",
      ]
    `);
    expect(await problemsAfter({ [MENTORSHIP]: replaceOnce('mentor: ada-lovelace', 'mentor: grace-hopper') })).toMatchInlineSnapshot(`
      [
        "error: content/mentorships/2026-10-05-grace-hopper.yaml:1  mentor  is grace-hopper, the mentee — choose a mentor on another team than the mentee",
      ]
    `);
  });

  test('a mentee has one mentorship at a time', async () => {
    expect(
      await problemsAfter({
        'content/mentorships/2026-12-07-grace-hopper.yaml':
          'mentor: alan-turing\nmentee: grace-hopper\nkind: reverse\nstart: 2026-12-07\nweeks: 6\ncadence: weekly\ntopics: [Profiling]\n',
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/mentorships/2026-12-07-grace-hopper.yaml:4  start  runs 7 Dec 2026 – 17 Jan 2027, while grace-hopper is still mentee in 2026-10-05-grace-hopper (5 Oct – 27 Dec 2026) — a mentee has one mentorship at a time: start this one after 27 Dec 2026, or shorten the other's \`weeks\`",
      ]
    `);
  });

  test('the schema: kind, weeks and topics', async () => {
    expect(
      await problemsAfter({
        [MENTORSHIP]: (text) =>
          `${replaceOnce('  - Running PostgreSQL in production\n', '')(replaceOnce('topics:', 'topics: []')(text))}kind: reversed\nweeks: 0\n`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/mentorships/2026-10-05-grace-hopper.yaml:5  topics  lists no topic — write what the mentorship is about, one topic a line",
        "error: content/mentorships/2026-10-05-grace-hopper.yaml:6  kind  "reversed" is not one of the allowed values — did you mean reverse? use one of: mentorship, reverse",
        "error: content/mentorships/2026-10-05-grace-hopper.yaml:7  weeks  0 is out of range — use a value of at least 1",
      ]
    `);
  });
});

describe('pair sessions', () => {
  const upcoming = (text: string) => replaceOnce('date: 2026-11-12T15:00:00Z', 'date: 2026-12-01T15:00:00Z')(text);

  test('people come from at least two teams', async () => {
    expect(
      await problemsAfter({ [PAIRING]: (text) => replaceOnce('people: [alan-turing, grace-hopper]', 'people: [alan-turing, ada-lovelace]')(upcoming(text)) }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/pairings/2026-11-12-profile-the-cart-service.yaml:3  people  everyone is on team "platform" — a cross-team pair session needs someone from another team: add them to \`people\`",
      ]
    `);
  });

  test('more than 90 minutes is a warning', async () => {
    expect(await problemsAfter({ [PAIRING]: replaceOnce('durationMinutes: 60', 'durationMinutes: 120') })).toMatchInlineSnapshot(`
      [
        "warning: content/pairings/2026-11-12-profile-the-cart-service.yaml:2  durationMinutes  is 120 minutes, more than the 90 a pair session lasts — keep it to 90 minutes: split a bigger topic into two sessions, or plan a rotation instead",
      ]
    `);
  });

  test('the schema: at least two people, a date-time with its offset', async () => {
    expect(
      await problemsAfter({
        [PAIRING]: (text) =>
          replaceOnce('people: [alan-turing, grace-hopper]', 'people: [alan-turing]')(replaceOnce('2026-11-12T15:00:00Z', '2026-11-12 15:00')(text)),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/pairings/2026-11-12-profile-the-cart-service.yaml:1  date  "2026-11-12 15:00" is not a valid date-time with a time zone offset — write it as YYYY-MM-DDTHH:MM with Z or an offset, e.g. 2026-11-18T17:00:00Z or 2026-11-18T09:00:00-08:00",
        "error: content/pairings/2026-11-12-profile-the-cart-service.yaml:3  people  needs at least two people — list everyone who pairs, as person ids, from at least two teams",
      ]
    `);
  });
});
