import { describe, expect, test } from 'vitest';
import { problemsAfter, replaceOnce } from '../helpers/fixtures.ts';

const TEAM = 'content/teams/platform.md';
const ADR_OLD = 'content/adrs/0001-use-postgres.md';
const ADR_NEW = 'content/adrs/0002-use-postgres-with-timescale.md';
const ADR_PROPOSED = 'content/adrs/0003-cache-carts.md';

describe('the valid fixture', () => {
  test('has no problems', async () => {
    expect(await problemsAfter({})).toEqual([]);
  });
});

describe('references', () => {
  test('an unknown team is named, with a suggestion', async () => {
    expect(await problemsAfter({ 'content/people/alan-turing.yaml': replaceOnce('team: platform', 'team: platfrom') })).toMatchInlineSnapshot(`
      [
        "error: content/people/alan-turing.yaml:2  team  refers to team "platfrom", which does not exist — did you mean "platform"? Otherwise create content/teams/platfrom.md, or remove the reference",
      ]
    `);
  });

  test('an unknown person in a list names the list index', async () => {
    expect(
      await problemsAfter({
        'content/guilds/api-guild.md': replaceOnce('members: [ada-lovelace, grace-hopper]', 'members: [ada-lovelace, grace-hopper, nobody-here]'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/guilds/api-guild.md:5  members[2]  refers to person "nobody-here", which does not exist — use the id (file name) of an entry in content/people/, or create that entry",
      ]
    `);
  });

  test('a published entry may not point at a draft', async () => {
    expect(await problemsAfter({ 'content/people/grace-hopper.yaml': (text) => `${text}draft: true\n` })).toMatchInlineSnapshot(`
      [
        "error: content/guilds/api-guild.md:5  members[1]  refers to person "grace-hopper", which is a draft and so is missing from the published site — publish it (remove \`draft: true\` from it), or mark this entry as a draft too",
        "error: content/mentorships/2026-10-05-grace-hopper.yaml:2  mentee  refers to person "grace-hopper", which is a draft and so is missing from the published site — publish it (remove \`draft: true\` from it), or mark this entry as a draft too",
        "error: content/pairings/2026-11-12-profile-the-cart-service.yaml:3  people[1]  refers to person "grace-hopper", which is a draft and so is missing from the published site — publish it (remove \`draft: true\` from it), or mark this entry as a draft too",
        "error: content/rotations/2026-10-05-alan-turing.yaml:7  buddy  refers to person "grace-hopper", which is a draft and so is missing from the published site — publish it (remove \`draft: true\` from it), or mark this entry as a draft too",
        "error: content/teams/checkout.md:4  lead  refers to person "grace-hopper", which is a draft and so is missing from the published site — publish it (remove \`draft: true\` from it), or mark this entry as a draft too",
      ]
    `);
  });
});

describe('decision records', () => {
  test('ADR numbers are unique', async () => {
    expect(
      await problemsAfter({
        'content/adrs/0002-cache-sessions.md': (await import('node:fs')).readFileSync(
          new URL('../fixtures/valid/content/adrs/0003-cache-carts.md', import.meta.url),
          'utf8',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0002-cache-sessions.md:2  -  ADR number 0002 is also used by 0002-use-postgres-with-timescale, which is older (2026-06-01) — renumber this file; the next free number is 0004",
      ]
    `);
  });

  test('a superseded ADR must be superseded by another', async () => {
    expect(await problemsAfter({ [ADR_NEW]: replaceOnce('supersedes: [0001-use-postgres]\n', '') })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0001-use-postgres.md:3  status  is superseded, but no ADR lists it in \`supersedes\` — add "0001-use-postgres" to the \`supersedes\` of the ADR that replaces it, or change the status",
      ]
    `);
  });

  test('an ADR that another supersedes must say so in its status', async () => {
    expect(await problemsAfter({ [ADR_OLD]: replaceOnce('status: superseded', 'status: accepted') })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0001-use-postgres.md:3  status  is accepted, but 0002-use-postgres-with-timescale supersedes it — set \`status: superseded\`, or remove it from the \`supersedes\` of 0002-use-postgres-with-timescale",
      ]
    `);
  });

  test('a supersedes cycle is reported once', async () => {
    expect(
      await problemsAfter({
        [ADR_OLD]: replaceOnce('deciders: [ada-lovelace]', 'deciders: [ada-lovelace]\nsupersedes: [0002-use-postgres-with-timescale]'),
        [ADR_NEW]: replaceOnce('status: accepted', 'status: superseded'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0001-use-postgres.md:7  supersedes  supersedes chain is a cycle: 0001-use-postgres → 0002-use-postgres-with-timescale → 0001-use-postgres — a decision can only replace older ones: remove one of these \`supersedes\` entries",
      ]
    `);
  });

  test('a proposed ADR needs feedbackBy', async () => {
    expect(await problemsAfter({ [ADR_PROPOSED]: replaceOnce('feedbackBy: 2026-12-01\n', '') })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0003-cache-carts.md:3  status  is proposed but has no \`feedbackBy\` date — add \`feedbackBy: YYYY-MM-DD\`, the last day for comments (usually two weeks out)",
      ]
    `);
  });

  test('an accepted ADR needs Context, Decision and Consequences', async () => {
    expect(await problemsAfter({ [ADR_NEW]: replaceOnce('## Decision\nTimescale.\n', '') })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0002-use-postgres-with-timescale.md:3  status  is accepted but has no "## Decision" section — add it to the body: an accepted ADR records its Context, Decision and Consequences",
      ]
    `);
  });

  test('a heading inside a code block does not count as a section', async () => {
    expect(await problemsAfter({ [ADR_NEW]: replaceOnce('## Decision\n', '```md\n## Decision\n```\n') })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0002-use-postgres-with-timescale.md:3  status  is accepted but has no "## Decision" section — add it to the body: an accepted ADR records its Context, Decision and Consequences",
      ]
    `);
  });

  test('a misspelled status gets a suggestion', async () => {
    expect(await problemsAfter({ [ADR_NEW]: replaceOnce('status: accepted', 'status: acepted') })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0002-use-postgres-with-timescale.md:3  status  "acepted" is not one of the allowed values — did you mean accepted? use one of: draft, proposed, accepted, rejected, deprecated, superseded",
      ]
    `);
  });

  test('a proposed ADR past its deadline is a warning', async () => {
    expect(await problemsAfter({ [ADR_PROPOSED]: replaceOnce('feedbackBy: 2026-12-01', 'feedbackBy: 2026-11-20') })).toMatchInlineSnapshot(`
      [
        "warning: content/adrs/0003-cache-carts.md:6  feedbackBy  is proposed and its feedback deadline 2026-11-20 has passed — accept or reject it, or move \`feedbackBy\` to a new date",
      ]
    `);
  });
});

describe('teams, guilds and dependencies', () => {
  test("a team's lead must be on the team", async () => {
    expect(await problemsAfter({ [TEAM]: replaceOnce('lead: ada-lovelace', 'lead: grace-hopper') })).toMatchInlineSnapshot(`
      [
        "error: content/teams/platform.md:4  lead  lead "grace-hopper" is on team "checkout", not on this team — set \`team: platform\` in content/people/grace-hopper.yaml, or choose a lead from this team",
      ]
    `);
  });

  test('a guild lead must be a member', async () => {
    expect(await problemsAfter({ 'content/guilds/api-guild.md': replaceOnce('leads: [ada-lovelace]', 'leads: [alan-turing]') })).toMatchInlineSnapshot(`
      [
        "error: content/guilds/api-guild.md:4  leads[0]  lead "alan-turing" is not in \`members\` — add "alan-turing" to \`members\`",
      ]
    `);
  });

  test('a dependency joins two different teams', async () => {
    expect(await problemsAfter({ 'content/dependencies/checkout-needs-pooler.yaml': replaceOnce('team: platform', 'team: checkout') })).toMatchInlineSnapshot(`
      [
        "error: content/dependencies/checkout-needs-pooler.yaml:5  to.team  joins team "checkout" to itself — a dependency is between two teams: record work inside one team on its own page instead, or correct \`to.team\`",
      ]
    `);
  });

  test('a cycle among deliverables is an error', async () => {
    expect(
      await problemsAfter({
        'content/dependencies/platform-needs-checkout.yaml': [
          'from:',
          '  team: platform',
          '  deliverable: Connection pooler',
          'to:',
          '  team: checkout',
          '  deliverable: Fast checkout',
          'status: planned',
          'needBy: 2026-12-20',
          '',
        ].join('\n'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/dependencies/checkout-needs-pooler.yaml:6  to.deliverable  closes a cycle of deliverables: checkout: Fast checkout → platform: Connection pooler → checkout: Fast checkout (files: checkout-needs-pooler, platform-needs-checkout) — each deliverable would wait for itself: remove or redirect one of these dependencies",
      ]
    `);
  });

  test('a stale team page and a one-team guild are warnings', async () => {
    expect(
      await problemsAfter({
        [TEAM]: replaceOnce('reviewed: 2026-11-20', 'reviewed: 2026-10-01'),
        'content/guilds/api-guild.md': replaceOnce('members: [ada-lovelace, grace-hopper]', 'members: [ada-lovelace, alan-turing]'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "warning: content/guilds/api-guild.md:5  members  all members are from one team (platform) — a guild crosses team lines: invite members from other teams",
        "warning: content/teams/platform.md:25  reviewed  was last reviewed 54 days ago (2026-10-01), more than 14 — check the page is still true, then set \`reviewed: 2026-11-24\`",
      ]
    `);
  });
});

describe('schema errors name the file, line and field', () => {
  test('an invalid time zone', async () => {
    expect(await problemsAfter({ 'content/people/alan-turing.yaml': replaceOnce('America/New_York', 'America/Nowhere') })).toMatchInlineSnapshot(`
      [
        "error: content/people/alan-turing.yaml:4  timezone  "America/Nowhere" is not an IANA time zone — use a name from the IANA time zone database, e.g. America/Los_Angeles, Europe/Berlin or UTC",
      ]
    `);
  });

  test('a malformed URL and a recording host that is not a video site', async () => {
    expect(
      await problemsAfter({
        'content/talks/2026-11-06-timescale-in-production.md': replaceOnce(
          'recording: https://www.youtube.com/watch?v=abc123',
          'recording: https://example.com/talk\nslides: not a url',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/talks/2026-11-06-timescale-in-production.md:7  recording  "https://example.com/talk" is not a YouTube, Vimeo or Loom link or a video file — link the recording on YouTube, Vimeo or Loom, or a .mp4/.webm file",
        "error: content/talks/2026-11-06-timescale-in-production.md:8  slides  "not a url" is not a valid URL — write a full address starting with https://",
      ]
    `);
  });

  test('an impossible date and a wrong type', async () => {
    expect(await problemsAfter({ [ADR_PROPOSED]: replaceOnce('feedbackBy: 2026-12-01', 'feedbackBy: 2026-02-30\ntags: databases') })).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0003-cache-carts.md:6  feedbackBy  "2026-02-30" is not a valid date — write a calendar date as YYYY-MM-DD, e.g. 2026-11-24",
        "error: content/adrs/0003-cache-carts.md:7  tags  must be a list, not "databases" — write a list here",
      ]
    `);
  });

  test('an unknown key, with a suggestion', async () => {
    expect(await problemsAfter({ 'content/people/alan-turing.yaml': (text) => `${text}timzone: UTC\n` })).toMatchInlineSnapshot(`
      [
        "error: content/people/alan-turing.yaml:5  timzone  is not a field of a person — did you mean \`timezone\`? Rename it, or remove it",
      ]
    `);
  });

  test('a missing required field', async () => {
    expect(await problemsAfter({ 'content/people/alan-turing.yaml': replaceOnce('role: Staff Engineer\n', '') })).toMatchInlineSnapshot(`
      [
        "error: content/people/alan-turing.yaml:1  role  is required — add \`role:\` with text",
      ]
    `);
  });

  test('a channel without # and an empty list of owners', async () => {
    expect(
      await problemsAfter({
        [TEAM]: replaceOnce("name: '#platform'", 'name: platform'),
        [ADR_PROPOSED]: replaceOnce('teams: [checkout]', 'teams: []'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/adrs/0003-cache-carts.md:5  teams  needs at least one team — list the owning team ids, e.g. teams: [backend-platform]",
        "error: content/teams/platform.md:7  channels[0].name  "platform" is not a channel name — start with # and use lower-case letters, digits and hyphens, e.g. #team-backend",
      ]
    `);
  });

  test('office hours that start on the wrong weekday', async () => {
    expect(await problemsAfter({ [TEAM]: replaceOnce('startsOn: 2026-09-01', 'startsOn: 2026-09-02') })).toMatchInlineSnapshot(`
      [
        "error: content/teams/platform.md:22  officeHours.startsOn  "2026-09-02" falls on a wednesday, not on a tuesday — move startsOn to a tuesday, or change weekday to wednesday",
      ]
    `);
  });

  test('broken YAML names its line', async () => {
    expect(await problemsAfter({ 'content/people/alan-turing.yaml': replaceOnce('role: Staff Engineer', 'role: [Staff Engineer') })).toMatchInlineSnapshot(`
      [
        "error: content/people/alan-turing.yaml:4  -  has invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML syntax on this line (indentation, a missing colon, or quotes around text with ": " or a leading # or @)",
      ]
    `);
  });

  test('a Markdown file without front matter', async () => {
    expect(await problemsAfter({ 'content/updates/2026-11-20-platform.md': 'Shipped things.\n' })).toMatchInlineSnapshot(`
      [
        "error: content/updates/2026-11-20-platform.md:1  -  has no front matter — start the file with a --- line, the fields in YAML, and a closing --- line",
      ]
    `);
  });

  test('a file name that is not kebab-case, and a file of the wrong type', async () => {
    expect(
      await problemsAfter({
        'content/people/Alan_Turing.yaml': (await import('node:fs'))
          .readFileSync(new URL('../fixtures/valid/content/people/alan-turing.yaml', import.meta.url), 'utf8')
          .replace('Alan Turing', 'Alan T.'),
        'content/teams/notes.txt': 'a note',
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/people/Alan_Turing.yaml:1  -  file name "Alan_Turing" is not kebab-case, and the file name is the person's id — rename the file to alan-turing.yaml",
        "error: content/teams/notes.txt:1  -  is not a .md or .mdx file, so it is not part of the teams collection — rename it to end in .md, or move it out of content/teams/",
      ]
    `);
  });
});
