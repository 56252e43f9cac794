/**
 * `npm run new`: every kind writes an entry that the real check accepts, nothing is
 * ever overwritten, and every refusal says what to do.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import {
  KIND_NAMES,
  planEntry,
  ScaffoldError,
  scaffoldContext,
  writePlan,
  type KindName,
  type Prompter,
  type Values,
} from '../../scripts/lib/scaffold/index.ts';
import { slugify } from '../../scripts/lib/scaffold/text.ts';
import { copyHandbook, projectRoot, TODAY, validFixture } from '../helpers/fixtures.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function handbook(edits: Parameters<typeof copyHandbook>[1] = {}): Promise<string> {
  const root = await copyHandbook(validFixture, edits);
  roots.push(root);
  return root;
}

const contextOf = (root: string) => scaffoldContext(root, path.join(root, 'content'), { today: TODAY, defaultTimezone: 'UTC', localTimezone: 'Europe/Paris' });

async function create(root: string, kind: KindName, values: Values, prompter?: Prompter) {
  const plan = await planEntry(kind, values, await contextOf(root), prompter);
  await writePlan(root, plan);
  return plan;
}

async function problems(root: string): Promise<string[]> {
  const result = await checkHandbook(root, { today: TODAY, staleAfterDays: 14 });
  return result.problems.map((problem) => `${problem.severity}: ${formatProblem(problem)}`);
}

/** The refusal's lines, for snapshots. */
async function refusal(promise: Promise<unknown>): Promise<readonly string[]> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ScaffoldError)) throw new Error(`expected a ScaffoldError, got ${String(error)}`);
  return error.problems;
}

/** One complete example of each kind, referring to the valid fixture's teams and people. */
const EXAMPLES: Record<KindName, Values> = {
  adr: { title: 'Cache sessions in Valkey', team: ['checkout'], decider: ['grace-hopper'], consulted: ['platform'], tag: ['caching'] },
  team: {
    title: 'Payments',
    summary: 'Card payments, refunds and payouts.',
    lead: 'nina-patel',
    'lead-name': 'Nina Patel',
    timezone: 'Europe/Dublin',
    'github-team': '@acme/payments',
    channel: 'payments',
  },
  person: { title: 'Katherine Johnson', team: 'platform', role: 'Staff Engineer', timezone: 'America/New_York', github: '@kjohnson', slack: 'kj' },
  talk: { title: 'Valkey in production', team: 'checkout', speaker: ['grace-hopper'], date: '2026-12-04 10:00', tag: ['caching'] },
  guild: {
    title: 'Security Guild',
    purpose: 'Make secure the default.',
    lead: ['ada-lovelace'],
    member: ['grace-hopper'],
    cadence: 'Every other Thursday, 16:00 UTC',
  },
  dependency: { title: 'Session store', team: 'checkout', for: 'Fast checkout v2', on: 'platform', 'need-by': '2027-01-15', contact: 'ada-lovelace' },
  update: { title: 'Valkey in staging', team: 'checkout', next: ['Valkey in production'], input: ['Which services still write sessions to PostgreSQL?'] },
  rotation: {
    title: 'Learn how checkout retries payments',
    person: 'alan-turing',
    host: 'checkout',
    start: '2027-01-11',
    buddy: 'grace-hopper',
    cover: 'ada-lovelace',
  },
  mentorship: { title: 'Designing APIs for other teams', mentee: 'alan-turing', mentor: 'grace-hopper', start: '2027-01-11' },
  pairing: { title: 'Profile the cart service together', people: ['alan-turing', 'grace-hopper'], date: '2026-12-03 10:00' },
  kudos: { title: 'Moving the cart service to the pooler on a Friday night', from: 'grace-hopper', to: ['alan-turing'], team: ['platform'] },
  award: { title: 'Most helpful pair of teams', nominee: ['platform,checkout: the pooler in front of the cart database'] },
  retro: {
    title: 'Cart cache rollout',
    team: ['checkout', 'platform'],
    facilitator: 'ada-lovelace',
    'went-well': ['Clear owners'],
    improve: ['Earlier load tests'],
  },
  ask: { title: 'Flaky cart tests on CI', team: 'checkout', tag: ['testing'], session: '2026-12-03 10:00', timezone: 'Europe/London' },
  survey: { title: '2027-Q1' },
  signals: { title: '2027-Q1' },
};

describe.each(KIND_NAMES)('new %s', (kind) => {
  test('creates an entry that passes the check unchanged', async () => {
    const root = await handbook();
    const plan = await create(root, kind, EXAMPLES[kind]);
    expect(plan.create.length).toBeGreaterThan(0);
    for (const file of plan.create) expect(await readFile(path.join(root, file.path), 'utf8')).toBe(file.text);
    expect(await problems(root)).toEqual([]);
  });

  test('refuses to overwrite when run again with the same title', async () => {
    const root = await handbook();
    const first = await create(root, kind, EXAMPLES[kind]);
    const lines = await refusal(create(root, kind, EXAMPLES[kind]));
    expect(lines.join('\n')).toMatch(/already (exists|records).*nothing is ever overwritten/);
    for (const file of first.create) expect(await readFile(path.join(root, file.path), 'utf8')).toBe(file.text);
  });
});

describe('new adr', () => {
  test('takes the next free number, today, proposed, feedback two weeks out and the four sections', async () => {
    const root = await handbook();
    const plan = await create(root, 'adr', { title: 'Use Kafka for order events', team: 'platform, checkout' });
    expect(plan.create.map((file) => file.path)).toEqual(['content/adrs/0004-use-kafka-for-order-events.md']);
    expect(plan.create[0]!.text).toMatchInlineSnapshot(`
      "---
      title: Use Kafka for order events
      status: proposed
      date: 2026-11-24
      teams: [platform, checkout]
      feedbackBy: 2026-12-08
      draft: true
      ---

      ## Context

      <!-- TODO: What is the problem, and why does it need a decision now? Who is affected? -->

      ## Decision

      <!-- TODO: What we will do, in the active voice: "We will …". -->

      ## Consequences

      <!-- TODO: What becomes easier or harder, what it costs, what we must do now. -->

      ## Alternatives Considered

      <!-- TODO: The other options, and why we did not choose them. -->
      "
    `);
  });

  test('numbers after the highest ADR, even one whose file has errors', async () => {
    const root = await handbook({ 'content/adrs/0009-broken.md': '---\ntitle: Broken\n---\n' });
    const plan = await planEntry('adr', { title: 'Another decision', team: ['platform'] }, await contextOf(root));
    expect(plan.create[0]!.path).toBe('content/adrs/0010-another-decision.md');
  });

  test('the same title under another number is the same decision', async () => {
    const root = await handbook();
    expect(await refusal(planEntry('adr', { title: 'Cache carts!', team: ['checkout'] }, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "the title "Cache carts!": content/adrs/0003-cache-carts.md already records a decision with this title, and nothing is ever overwritten — edit that ADR, or choose a different title",
      ]
    `);
  });
});

describe('refusals name the flag, what is wrong and what to do', () => {
  test('outside a terminal, missing values are listed with their flags', async () => {
    const root = await handbook();
    expect(await refusal(planEntry('talk', { title: 'Valkey in production' }, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "--team is needed: Presenting team (a team id) — teams: checkout, platform",
        "--speaker is needed: Speakers (person ids, comma-separated) — people: ada-lovelace, alan-turing, grace-hopper",
        "--date is needed: When it starts — e.g. 2026-12-04 17:00, in the first speaker's time zone, or 2026-12-04T17:00:00Z",
        "Pass the missing values as flags, or run the command in a terminal to be asked for them.",
      ]
    `);
  });

  test('unknown references suggest the closest id, and every invalid value is reported at once', async () => {
    const root = await handbook({ 'content/people/alan-turing.yaml': (text) => `${text}draft: true\n` });
    const values = { title: 'Kafka', team: 'platfrom', speaker: ['ada-lovelace', 'alan-turing', 'nobody'], date: '2026-12-04', recording: 'youtube.com/x' };
    expect(await refusal(planEntry('talk', values, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "--team "platfrom": there is no team with this id in content/teams/ — did you mean "platform"? Otherwise use the file name of an entry there, without its extension",
        "--speaker "alan-turing": this person is a draft, so the new entry would point at something missing from the published site — publish it first (remove \`draft: true\`), or choose another",
        "--speaker "nobody": there is no person with this id in content/people/ — use the file name of an entry there, without its extension",
        "--date "2026-12-04": is not a start time — write the date and the time, e.g. "2026-12-04 17:00" (in the first speaker's time zone, or --timezone) or 2026-12-04T17:00:00Z",
        "--recording "youtube.com/x": is not a web address — write a full address starting with https://",
      ]
    `);
  });

  test('a dependency that would close a cycle of deliverables is refused before anything is written', async () => {
    const root = await handbook();
    const values = { title: 'Fast checkout', team: 'platform', for: 'Connection pooler', on: 'checkout', 'need-by': '2027-01-15' };
    expect(await refusal(planEntry('dependency', values, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "this dependency would close a cycle of deliverables: checkout: Fast checkout → platform: Connection pooler → checkout: Fast checkout — each would wait for itself; check which way the need goes",
      ]
    `);
  });

  test('a file that appears between planning and writing is not overwritten either', async () => {
    const root = await handbook();
    const plan = await planEntry('person', EXAMPLES.person, await contextOf(root));
    await writeFile(path.join(root, plan.create[0]!.path), 'name: Someone else\n');
    expect(await refusal(writePlan(root, plan))).toEqual([
      'content/people/katherine-johnson.yaml already exists, and nothing is ever overwritten — edit that file, or choose a different title',
    ]);
    expect(await readFile(path.join(root, plan.create[0]!.path), 'utf8')).toBe('name: Someone else\n');
  });
});

describe('new team and its lead', () => {
  test('a new lead is created on the new team', async () => {
    const root = await handbook();
    const plan = await create(root, 'team', EXAMPLES.team);
    expect(plan.create.map((file) => file.text)).toMatchInlineSnapshot(`
      [
        "---
      name: Payments
      summary: Card payments, refunds and payouts.
      lead: nina-patel
      githubTeam: "@acme/payments"
      channels:
        - name: "#payments"
          purpose: Questions and requests for Payments
      reviewed: 2026-11-24
      ---

      <!--
      How to work with the team: what it owns, where to ask, how to request work and what to expect.
      Headings such as "## What we own" and "## Getting help" help readers find their way.
      -->
      ",
        "name: Nina Patel
      team: payments
      role: Team Lead
      timezone: Europe/Dublin
      ",
      ]
    `);
  });

  test('an existing lead on another team is moved only when asked, and only if they lead no team', async () => {
    const root = await handbook();
    const values = { title: 'Data', summary: 'Analytics and reporting.', lead: 'alan-turing' };
    expect(await refusal(planEntry('team', values, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "--lead "alan-turing": is on team "platform" (content/people/alan-turing.yaml), and a team's lead must be on the team — pass --move-lead to move them to data (this changes \`team:\` in their file), or name someone new: --lead <new-id> --lead-name "Full Name"",
      ]
    `);
    expect(await refusal(planEntry('team', { ...values, lead: 'ada-lovelace', 'move-lead': true }, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "--lead "ada-lovelace": leads team "platform" (content/teams/platform.md), which would lose its lead — choose a new lead for platform first, or name someone else",
      ]
    `);

    const plan = await create(root, 'team', { ...values, 'move-lead': true });
    expect(plan.change.map((change) => `${change.path}: ${change.why}`)).toEqual([
      "content/people/alan-turing.yaml: moves alan-turing from team platform to data, because a team's lead must be on the team",
    ]);
    expect(await readFile(path.join(root, 'content/people/alan-turing.yaml'), 'utf8')).toBe(
      'name: Alan Turing\nteam: data\nrole: Staff Engineer\ntimezone: America/New_York\n',
    );
    expect(await problems(root)).toEqual([]);
  });
});

describe('new talk', () => {
  test("a local time is read in the first speaker's time zone, across daylight saving", async () => {
    const root = await handbook();
    const context = await contextOf(root);
    const start = async (date: string, extra: Values = {}) =>
      (await planEntry('talk', { title: `Talk ${date}`, team: 'checkout', speaker: ['grace-hopper'], date, ...extra }, context)).create[0]!.text.match(
        /^date: (.*)$/m,
      )?.[1];
    expect(await start('2026-07-01 10:00')).toBe('2026-07-01T10:00:00-07:00');
    expect(await start('2026-12-01 10:00')).toBe('2026-12-01T10:00:00-08:00');
    expect(await start('2026-12-01 10:00', { timezone: 'Asia/Tokyo' })).toBe('2026-12-01T10:00:00+09:00');
    expect(await start('2026-12-01T10:00:00Z')).toBe('2026-12-01T10:00:00Z');
  });
});

describe('in a terminal', () => {
  /** A scripted conversation: answers in order, and everything asked and said. */
  function conversation(answers: string[]): Prompter & { transcript: string[] } {
    const transcript: string[] = [];
    return {
      transcript,
      async ask(question) {
        const answer = answers.shift();
        if (answer === undefined) throw new Error(`unexpected question: ${question}`);
        transcript.push(`${question}${answer}`);
        return answer;
      },
      say(line) {
        transcript.push(line);
      },
    };
  }

  test('asks for what is missing, offers defaults, and asks again after a wrong answer', async () => {
    const root = await handbook();
    const prompter = conversation(['Ben Okri', 'chekout', 'checkout', 'Engineer', '', 'benokri']);
    const plan = await create(root, 'person', {}, prompter);
    expect(prompter.transcript).toMatchInlineSnapshot(`
      [
        "Full name: Ben Okri",
        "  teams: checkout, platform",
        "Team (a team id): chekout",
        "  there is no team with this id in content/teams/ — did you mean "checkout"? Otherwise use the file name of an entry there, without its extension",
        "Team (a team id): checkout",
        "Role or job title (e.g. Staff Engineer): Engineer",
        "  an IANA name, e.g. Europe/Berlin or America/New_York",
        "Time zone [Europe/Paris]: ",
        "GitHub user name (optional): benokri",
      ]
    `);
    expect(plan.create[0]!.text).toBe('name: Ben Okri\nteam: checkout\nrole: Engineer\ntimezone: Europe/Paris\ngithub: benokri\n');
    expect(await problems(root)).toEqual([]);
  });

  test('asks before moving an existing lead to the new team', async () => {
    const root = await handbook();
    const prompter = conversation(['n', '']);
    const lines = await refusal(create(root, 'team', { title: 'Data', summary: 'Analytics.', lead: 'alan-turing', channel: 'data' }, prompter));
    expect(prompter.transcript[0]).toBe('alan-turing is on team "platform", and a team\'s lead must be on the team. Move them to data? [y/N] n');
    expect(lines[0]).toMatch(/pass --move-lead/);
  });
});

describe('slugify', () => {
  test('makes kebab-case ids from titles, folding accents and cutting long titles at a word', () => {
    expect(slugify('Use gRPC for Internal Services')).toBe('use-grpc-for-internal-services');
    expect(slugify('Zoë Ämsel-O’Brien')).toBe('zoe-amsel-obrien');
    expect(slugify('Q&A: what now?')).toBe('q-and-a-what-now');
    expect(slugify('a'.repeat(10) + ' ' + 'b'.repeat(60))).toBe('a'.repeat(10));
  });
});

describe('the command', () => {
  const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
  const run = (root: string, args: string[]) =>
    promisify(execFile)(tsx, [path.join(projectRoot, 'scripts/new.ts'), ...args, '--today', TODAY, '--content', path.join(root, 'content')], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  test('writes the entry, prints its path and the next step, and refuses a second run', async () => {
    const root = await handbook();
    const first = await run(root, ['adr', 'Cache sessions in Valkey', '--team', 'checkout']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created content/adrs/0004-cache-sessions-in-valkey.md');
    expect(first.stdout).toContain(
      'Next:\n  - Write the Context, Decision, Consequences and Alternatives Considered sections in content/adrs/0004-cache-sessions-in-valkey.md.',
    );
    expect(await problems(root)).toEqual([]);

    const second = await run(root, ['adr', 'Cache sessions in Valkey', '--team', 'checkout']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatchInlineSnapshot(`
      "Nothing was written:
        the title "Cache sessions in Valkey": content/adrs/0004-cache-sessions-in-valkey.md already records a decision with this title, and nothing is ever overwritten — edit that ADR, or choose a different title
      "
    `);
  }, 30_000);
});

describe('new rotation, mentorship and pairing', () => {
  test('a rotation is named by its start and person, and refuses a host, buddy or cover on the wrong team', async () => {
    const root = await handbook();
    const plan = await create(root, 'rotation', EXAMPLES.rotation);
    expect(plan.create.map((file) => file.path)).toEqual(['content/rotations/2027-01-11-alan-turing.yaml']);
    expect(plan.notes).toEqual(['Runs 11–24 Jan 2027.']);
    const wrong = { ...EXAMPLES.rotation, start: '2027-03-01', host: 'platform', buddy: 'alan-turing', cover: 'grace-hopper' };
    expect(await refusal(planEntry('rotation', wrong, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "--host "platform": is their own team — a rotation visits another team",
        "--cover "grace-hopper": is on checkout — the cover is someone on platform, the home team",
      ]
    `);
    expect(await refusal(planEntry('rotation', { ...EXAMPLES.rotation, start: '2027-01-18' }, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "alan-turing is already in rotation 2027-01-11-alan-turing (11–24 Jan 2027), and one person is in one rotation at a time — choose other dates, or another person",
      ]
    `);
  });

  test('a mentorship refuses a mentor from the mentee’s team; a pairing, people from one team', async () => {
    const root = await handbook();
    expect(await refusal(planEntry('mentorship', { ...EXAMPLES.mentorship, mentor: 'ada-lovelace' }, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "--mentor "ada-lovelace": is on platform, the mentee's team — a cross-team mentor comes from another team",
      ]
    `);
    expect(await refusal(planEntry('pairing', { ...EXAMPLES.pairing, people: ['alan-turing', 'ada-lovelace'] }, await contextOf(root)))).toMatchInlineSnapshot(`
      [
        "--people: a pair session needs people from at least two teams, and everyone is on platform — add someone from another team",
      ]
    `);
    const plan = await create(root, 'pairing', EXAMPLES.pairing);
    expect(plan.create[0]!.text).toMatchInlineSnapshot(`
      "date: 2026-12-03T10:00:00-05:00
      durationMinutes: 60
      people: [alan-turing, grace-hopper]
      objective: Profile the cart service together
      "
    `);
    expect(plan.notes).toEqual(['Starts 2026-12-03 10:00 America/New_York (2026-12-03T10:00:00-05:00).']);
  });
});
