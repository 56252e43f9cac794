/**
 * `npm run import:adrs`: logs written with MADR, adr-tools and log4brains come out
 * as valid handbook ADRs, with their statuses and supersedes chains, and whatever
 * cannot be decided from the files is asked, never defaulted.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { loadHandbook } from '../../src/lib/content/load.ts';
import {
  cleanTitle,
  formatImportReport,
  formatQuestions,
  ImportError,
  mapSections,
  normalizeStatus,
  parseAdrSource,
  planImport,
  readAdrFolder,
  type ImportAnswers,
  type ImportPlan,
} from '../../scripts/lib/import-adrs/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { copyHandbook, projectRoot, TODAY, validFixture } from '../helpers/fixtures.ts';

const FIXTURES = path.join(projectRoot, 'test/fixtures/adr-import');

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function contextFor(root: string) {
  const loaded = await loadHandbook(root);
  return { today: TODAY, contentDir: 'content', handbook: loaded.handbook, existingIds: loaded.existingIds };
}

/** Imports `files` into a copy of the valid fixture; returns the plan, the check's problems and the imported ADRs as the check read them. */
async function importInto(files: { name: string; text: string }[], answers: ImportAnswers = { teams: ['platform'] }) {
  const root = await copyHandbook(validFixture);
  roots.push(root);
  const plan = planImport(files, await contextFor(root), answers);
  for (const adr of plan.adrs) await writeFile(path.join(root, adr.path), adr.text, { flag: 'wx' });
  const result = await checkHandbook(root, { today: TODAY, staleAfterDays: 14 });
  const imported = new Map(result.handbook.adrs.filter((adr) => plan.adrs.some((planned) => planned.id === adr.id)).map((adr) => [adr.id, adr]));
  return { root, plan, problems: result.problems.map((problem) => `${problem.severity}: ${formatProblem(problem)}`), imported };
}

const summary = (plan: ImportPlan, imported: Awaited<ReturnType<typeof importInto>>['imported']) =>
  plan.adrs.map((adr) => {
    const data = imported.get(adr.id)!.data;
    return `${adr.source} → ${adr.id}: ${data.status}, ${data.date}${data.supersedes.length ? `, supersedes ${data.supersedes.join(' ')}` : ''}${data.deciders.length ? `, deciders ${data.deciders.join(' ')}` : ''}`;
  });

describe.each(['madr', 'nygard', 'log4brains'])('a %s log', (format) => {
  test('comes out as valid ADRs: the check finds nothing', async () => {
    const { plan, problems } = await importInto(await readAdrFolder(path.join(FIXTURES, format)));
    expect(plan.questions).toEqual([]);
    expect(plan.adrs).toHaveLength(4);
    expect(problems).toEqual([]);
  });
});

describe('statuses, dates, deciders and the supersedes chain', () => {
  test('MADR 2 bullets and MADR 3 and 4 front matter; "superseded by" in the older record only', async () => {
    const { plan, imported } = await importInto(await readAdrFolder(path.join(FIXTURES, 'madr')));
    expect(summary(plan, imported)).toMatchInlineSnapshot(`
      [
        "0001-use-markdown-architectural-decision-records.md → 0004-use-markdown-architectural-decision-records: accepted, 2025-01-20, deciders ada-lovelace",
        "0002-store-orders-in-mysql.md → 0005-store-orders-in-mysql: superseded, 2025-02-03, deciders ada-lovelace alan-turing",
        "0003-publish-order-events-through-an-outbox.md → 0006-publish-order-events-through-an-outbox: proposed, 2025-05-14, deciders alan-turing",
        "0004-store-orders-in-postgresql.md → 0007-store-orders-in-postgresql: accepted, 2025-09-30, supersedes 0005-store-orders-in-mysql, deciders ada-lovelace alan-turing",
      ]
    `);
    expect(imported.get('0006-publish-order-events-through-an-outbox')!.data).toMatchObject({ feedbackBy: '2026-12-08', consulted: ['checkout'] });
    expect(plan.skipped.map((skip) => skip.source)).toEqual(['README.md', 'adr-template.md']);
  });

  test('adr-tools: the Status section, "Superseded by" and "Supersedes" lines, other relations kept', async () => {
    const { plan, imported } = await importInto(await readAdrFolder(path.join(FIXTURES, 'nygard')));
    expect(summary(plan, imported)).toMatchInlineSnapshot(`
      [
        "0001-record-architecture-decisions.md → 0004-record-architecture-decisions: accepted, 2024-03-04",
        "0002-use-rest-for-internal-services.md → 0005-use-rest-for-internal-services: superseded, 2024-03-11",
        "0003-use-grpc-for-internal-services.md → 0006-use-grpc-for-internal-services: accepted, 2024-10-02, supersedes 0005-use-rest-for-internal-services",
        "0004-allow-connect-rpc-for-browser-clients.md → 0007-allow-connect-rpc-for-browser-clients: proposed, 2025-01-15",
      ]
    `);
    expect(plan.adrs[3]!.text).toMatchInlineSnapshot(`
      "---
      title: Allow Connect RPC for browser clients
      status: proposed
      date: 2025-01-15
      teams: [platform]
      feedbackBy: 2026-12-08
      ---

      ## Context

      The dashboard needs to call internal services from the browser, which cannot speak
      gRPC (see [ADR 3](../0006-use-grpc-for-internal-services/)).

      ## Decision

      We will serve the same Protocol Buffers services with Connect, which browsers can call.

      ## Consequences

      One more protocol on the wire; the service definitions stay the same.

      ## Notes from the original record

      - Amends [3. Use gRPC for internal services](../0006-use-grpc-for-internal-services/)
      "
    `);
  });

  test('log4brains: date-named files, "superseded by" in the status and "Supersedes" under Links, draft, tags', async () => {
    const { plan, imported } = await importInto(await readAdrFolder(path.join(FIXTURES, 'log4brains')));
    expect(summary(plan, imported)).toMatchInlineSnapshot(`
      [
        "20240110-use-log4brains-to-manage-the-adrs.md → 0004-use-log4brains-to-manage-the-adrs: accepted, 2024-01-10",
        "20240215-keep-sessions-in-redis.md → 0005-keep-sessions-in-redis: superseded, 2024-02-15, deciders grace-hopper",
        "20240520-keep-sessions-in-valkey.md → 0006-keep-sessions-in-valkey: accepted, 2024-05-20, supersedes 0005-keep-sessions-in-redis, deciders grace-hopper ada-lovelace",
        "20240601-adopt-feature-flags-for-checkout-experiments.md → 0007-adopt-feature-flags-for-checkout-experiments: draft, 2024-06-01, deciders grace-hopper",
      ]
    `);
    expect(imported.get('0004-use-log4brains-to-manage-the-adrs')!.data.tags).toEqual(['dev-tools', 'doc']);
    // The Links list keeps what is not a supersedes relation.
    expect(plan.adrs[2]!.text).toContain('## Links\n\n- Relates to [the Valkey announcement](https://valkey.io/blog/hello-world/)');
    expect(plan.adrs[2]!.text).not.toContain('Supersedes [');
  });

  test('the report lists where each record went and everything that was not mapped', async () => {
    const { plan } = await importInto(await readAdrFolder(path.join(FIXTURES, 'madr')));
    expect(formatImportReport(plan, { folder: 'docs/decisions', written: true })).toMatchInlineSnapshot(`
      "Imported 4 decision records from docs/decisions:
        0001-use-markdown-architectural-decision-records.md  →  content/adrs/0004-use-markdown-architectural-decision-records.md  (accepted; MADR (bullet metadata))
        0002-store-orders-in-mysql.md                        →  content/adrs/0005-store-orders-in-mysql.md  (superseded; MADR (front matter))
        0003-publish-order-events-through-an-outbox.md       →  content/adrs/0006-publish-order-events-through-an-outbox.md  (proposed; MADR (front matter))
        0004-store-orders-in-postgresql.md                   →  content/adrs/0007-store-orders-in-postgresql.md  (accepted; MADR (front matter); supersedes 0005-store-orders-in-mysql)

      Skipped:
        README.md  is the log's index, README or template, not a decision
        adr-template.md  is the log's index, README or template, not a decision

      Not mapped, or changed on the way:
        0001-use-markdown-architectural-decision-records.md  deciders "Jane Roe" are not people in the handbook — kept in the body; add them (npm run new -- person) and to \`deciders\`
        0002-store-orders-in-mysql.md  "informed" has no field in the handbook — kept in the body
        0003-publish-order-events-through-an-outbox.md  consulted "Data Science" are not teams in the handbook — kept in the body; \`consulted\` lists team ids
        0003-publish-order-events-through-an-outbox.md  "informed" has no field in the handbook — kept in the body
        0003-publish-order-events-through-an-outbox.md  is proposed; comments are open until 2026-12-08 (feedbackBy, two weeks from today)"
    `);
  });

  test('an accepted record missing a required section gets one that says so, and the report says it', async () => {
    const { plan } = await importInto(await readAdrFolder(path.join(FIXTURES, 'log4brains')));
    expect(plan.adrs[0]!.text).toContain('## Consequences\n\n_Not recorded in the original decision record._');
    expect(plan.notes).toContainEqual({
      source: '20240110-use-log4brains-to-manage-the-adrs.md',
      message: 'has no Consequences section, which an accepted ADR needs — added one that says it was not recorded; fill it in if you know',
    });
  });

  test("numbers follow the handbook's own ADRs and the order of the log", async () => {
    const root = await copyHandbook(validFixture, { 'content/adrs/0041-broken.md': '---\ntitle: x\n---\n' });
    roots.push(root);
    const plan = planImport(await readAdrFolder(path.join(FIXTURES, 'nygard')), await contextFor(root), { teams: ['platform'] });
    expect(plan.adrs.map((adr) => adr.id.slice(0, 4))).toEqual(['0042', '0043', '0044', '0045']);
  });
});

describe('what cannot be decided from the files is asked, never defaulted', () => {
  const record = (name: string, status: string, extra = '') => ({
    name,
    text: `# ${name.replace(/^\d+-|\.md$/g, '').replace(/-/g, ' ')}\n\nDate: 2024-01-02\n\n## Status\n\n${status}\n${extra}\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n`,
  });

  test('an unknown status becomes one question for every file that uses it', async () => {
    const files = [record('0001-use-kafka.md', 'Approved'), record('0002-use-redis.md', 'approved'), record('0003-use-s3.md', 'Accepted on 2024-02-01')];
    const root = await copyHandbook(validFixture);
    roots.push(root);
    const plan = planImport(files, await contextFor(root), { teams: ['platform'] });
    expect(plan.adrs).toEqual([]);
    expect(formatQuestions(plan.questions)).toMatchInlineSnapshot(`
      "Nothing was imported: some things cannot be decided from the files.
        the status "Approved" is not one the handbook knows (in 0001-use-kafka.md, 0002-use-redis.md) — choose one of: draft, proposed, accepted, rejected, deprecated, superseded; answer with --status "approved=<status>"
      Pass the answers as flags, or run the command in a terminal to be asked."
    `);

    const { plan: answered, problems } = await importInto(files, { teams: ['platform'], statuses: { approved: 'accepted' } });
    expect(answered.adrs.map((adr) => adr.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(problems).toEqual([]);
  });

  test('a superseded record without a successor in the log, a missing status and an unreadable date are asked too', async () => {
    const files = [
      record('0001-use-kafka.md', 'Superseded by [ADR 9](0009-use-pulsar.md)'),
      { name: '0002-use-redis.md', text: '# Use Redis\n\nDate: 2 January 2024\n\n## Context\n\nC.\n' },
    ];
    const root = await copyHandbook(validFixture);
    roots.push(root);
    const plan = planImport(files, await contextFor(root), { teams: ['platform'] });
    expect(formatQuestions(plan.questions)).toMatchInlineSnapshot(`
      "Nothing was imported: some things cannot be decided from the files.
        0002-use-redis.md has no status — choose one of: draft, proposed, accepted, rejected, deprecated, superseded; answer with --status 0002-use-redis.md=<status>
        0001-use-kafka.md is superseded, but does not name a successor among the imported records; a handbook ADR is superseded only by another ADR — choose one of: draft, proposed, accepted, rejected, deprecated; answer with --status 0001-use-kafka.md=<status>
        0002-use-redis.md has the date "2 January 2024", which is not written as YYYY-MM-DD; answer with --date 0002-use-redis.md=YYYY-MM-DD
      Pass the answers as flags, or run the command in a terminal to be asked."
    `);

    const answers = {
      teams: ['platform'],
      fileStatuses: { '0001-use-kafka.md': 'deprecated', '0002-use-redis.md': 'draft' },
      dates: { '0002-use-redis.md': '2024-01-02' },
    } as const;
    const { plan: answered, problems } = await importInto(files, {
      ...answers,
      teams: [...answers.teams],
      fileStatuses: { ...answers.fileStatuses },
      dates: { ...answers.dates },
    });
    expect(answered.adrs.map((adr) => `${adr.id} ${adr.status}`)).toEqual(['0004-use-kafka deprecated', '0005-use-redis draft']);
    expect(answered.notes.map((item) => item.message)).toContain(
      'says it is superseded by "ADR 9", which is not among the imported records — that link was left out',
    );
    expect(problems).toEqual([]);
  });

  test('a record another one supersedes becomes superseded, and the report says so', async () => {
    const files = [record('0001-use-rest.md', 'Accepted'), record('0002-use-grpc.md', 'Accepted', '\nSupersedes [1. Use REST](0001-use-rest.md)\n')];
    const { plan, problems } = await importInto(files);
    expect(plan.adrs.map((adr) => adr.status)).toEqual(['superseded', 'accepted']);
    expect(plan.notes).toEqual([{ source: '0001-use-rest.md', message: 'status "Accepted" became superseded, because 0005-use-grpc supersedes it' }]);
    expect(problems).toEqual([]);
  });

  test('the owning team must exist', async () => {
    const root = await copyHandbook(validFixture);
    roots.push(root);
    const context = await contextFor(root);
    expect(() => planImport([], context, { teams: [] })).toThrow(ImportError);
    expect(() => planImport([], context, { teams: ['platfrom'] })).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: --team "platfrom": there is no team with this id in content/teams/ — did you mean "platform"? Otherwise use the file name of a team page, or create the team first (npm run new -- team "Name")]`,
    );
  });
});

describe('reading records', () => {
  test('titles lose their record numbers', () => {
    expect(['1. Record architecture decisions', 'ADR-0007: Use Kafka', '0007 - Use Kafka', '2FA for admins', '3 tiers of caching'].map(cleanTitle)).toEqual([
      'Record architecture decisions',
      'Use Kafka',
      'Use Kafka',
      '2FA for admins',
      '3 tiers of caching',
    ]);
  });

  test("statuses are read in the handbook's words, or not at all", () => {
    expect(
      [
        'Accepted',
        '**Accepted**',
        'accepted on 2021-03-02',
        'superseded by [ADR-0005](0005-example.md)',
        'Superseeded by 3',
        'Approved',
        '{proposed | rejected | accepted}',
      ].map((status) => normalizeStatus(status) ?? '(unknown)'),
    ).toEqual(['accepted', 'accepted', 'accepted', 'superseded', 'superseded', '(unknown)', '(unknown)']);
  });

  test('MADR sections are renamed to the sections an accepted ADR needs', () => {
    const body =
      '## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nWhat.\n\n### Positive Consequences\n\n* Good.\n\n```md\n## Decision\n```\n';
    expect(mapSections(body)).toMatchInlineSnapshot(`
      "## Context

      Why.

      ## Decision

      What.

      ## Consequences

      ### Positive Consequences

      * Good.

      \`\`\`md
      ## Decision
      \`\`\`
      "
    `);
  });

  test('a fixture is read the way its tool writes it', async () => {
    const text = await readFile(path.join(FIXTURES, 'nygard/0003-use-grpc-for-internal-services.md'), 'utf8');
    const adr = parseAdrSource('0003-use-grpc-for-internal-services.md', text);
    expect({ ...adr, body: adr.body.split('\n')[0] }).toMatchInlineSnapshot(`
      {
        "body": "## Context",
        "consulted": [],
        "date": "2024-10-02",
        "deciders": [],
        "file": "0003-use-grpc-for-internal-services.md",
        "format": "adr-tools (Nygard)",
        "informed": [],
        "order": 3,
        "otherMetadata": [],
        "otherRelations": [
          "Amended by [4. Allow Connect RPC for browser clients](0004-allow-connect-rpc-for-browser-clients.md)",
        ],
        "status": "Accepted",
        "supersededBy": [],
        "supersedes": [
          {
            "target": "0002-use-rest-for-internal-services.md",
            "text": "2. Use REST for internal services",
          },
        ],
        "tags": [],
        "title": "Use gRPC for internal services",
        "warnings": [],
      }
    `);
  });
});
