/**
 * The demo handbook broken in ten ways at once: both `npm run check` and the
 * build must fail and name every problem with its file and line.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { copyHandbook, replaceOnce } from '../helpers/fixtures.ts';
import { buildSite, checkContent, projectRoot, type RunResult } from '../helpers/site.ts';

const demoAdr = (file: string) => readFileSync(path.join(projectRoot, 'content/adrs', file), 'utf8');

/** Each break, and the report line (without the fix) that must name it. */
const breaks = [
  {
    what: 'unknown team reference',
    file: 'content/people/aiko-sato.yaml',
    edit: replaceOnce('team: mobile', 'team: mobil'),
    expected: 'content/people/aiko-sato.yaml:2  team  refers to team "mobil", which does not exist',
  },
  {
    what: 'duplicate ADR number',
    file: 'content/adrs/0004-use-a-message-queue.md',
    edit: demoAdr('0003-support-internet-explorer-11-in-the-dashboard.md').replace('Support Internet Explorer 11', 'Use a message queue'),
    expected: 'ADR number 0004 is also used by',
  },
  {
    what: 'supersedes cycle',
    file: 'content/adrs/0002-use-rest-for-internal-services.md',
    edit: replaceOnce('tags: [api, internal-services, rest]', 'tags: [api, internal-services, rest]\nsupersedes: [0011-use-connect-rpc-for-internal-services]'),
    expected:
      'supersedes chain is a cycle: 0002-use-rest-for-internal-services → 0011-use-connect-rpc-for-internal-services → 0006-use-grpc-for-internal-services → 0002-use-rest-for-internal-services',
  },
  {
    what: 'superseded ADR that nothing supersedes',
    file: 'content/adrs/0003-support-internet-explorer-11-in-the-dashboard.md',
    edit: replaceOnce('status: deprecated', 'status: superseded'),
    expected: 'content/adrs/0003-support-internet-explorer-11-in-the-dashboard.md:3  status  is superseded, but no ADR lists it in `supersedes`',
  },
  {
    what: 'proposed ADR without feedbackBy',
    file: 'content/adrs/0013-introduce-a-transactional-outbox-for-domain-events.md',
    edit: replaceOnce('feedbackBy: 2026-12-04\n', ''),
    expected: 'content/adrs/0013-introduce-a-transactional-outbox-for-domain-events.md:3  status  is proposed but has no `feedbackBy` date',
  },
  {
    what: 'accepted ADR without Decision',
    file: 'content/adrs/0004-use-postgresql-with-timescale-for-analytics.md',
    edit: replaceOnce('## Decision\n', ''),
    expected: 'content/adrs/0004-use-postgresql-with-timescale-for-analytics.md:3  status  is accepted but has no "## Decision" section',
  },
  {
    what: 'invalid time zone',
    file: 'content/people/ana-souza.yaml',
    edit: replaceOnce('timezone: America/Sao_Paulo', 'timezone: America/Sao_Paolo'),
    expected: 'content/people/ana-souza.yaml:4  timezone  "America/Sao_Paolo" is not an IANA time zone',
  },
  {
    what: 'dependency of a team on itself',
    file: 'content/dependencies/identity-security-passkey-login-on-frontend-experience-sign-in-redesign.yaml',
    edit: replaceOnce('team: frontend-experience', 'team: identity-security'),
    expected:
      'content/dependencies/identity-security-passkey-login-on-frontend-experience-sign-in-redesign.yaml:5  to.team  joins team "identity-security" to itself',
  },
  {
    what: 'guild lead who is not a member',
    file: 'content/guilds/api-guild.md',
    edit: replaceOnce('leads: [sofia-marques, tomas-novak]', 'leads: [sofia-marques, tomas-novak, aiko-sato]'),
    expected: 'content/guilds/api-guild.md:4  leads[2]  lead "aiko-sato" is not in `members`',
  },
  {
    what: 'misspelled status',
    file: 'content/dependencies/mobile-offline-sync-on-team-beta-orders-api-v2.yaml',
    edit: replaceOnce('status: blocked', 'status: blokced'),
    expected:
      'content/dependencies/mobile-offline-sync-on-team-beta-orders-api-v2.yaml:7  status  "blokced" is not one of the allowed values — did you mean blocked?',
  },
];

let root: string;
let check: RunResult;
let build: RunResult;

beforeAll(async () => {
  root = await copyHandbook(projectRoot, Object.fromEntries(breaks.map((b) => [b.file, b.edit])));
  const content = path.join(root, 'content');
  [check, build] = [await checkContent(content), await buildSite({ outDir: path.join(root, 'dist'), env: { ATRIUM_CONTENT_DIR: content } })];
}, 300_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

test('npm run check fails and names all ten problems', () => {
  expect(check.code).toBe(1);
  for (const b of breaks) expect(check.output, b.what).toContain(b.expected);
});

test('the build fails before rendering anything and names all ten problems', () => {
  expect(build.code).not.toBe(0);
  expect(build.output).toContain("The handbook's content has errors; nothing was built.");
  for (const b of breaks) expect(build.output, b.what).toContain(b.expected);
});
