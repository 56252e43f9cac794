/**
 * The two commands end to end, on the demo handbook: settings checked before anything
 * is read, the week's email received by a real SMTP server once (a re-run is a green
 * no-op), and the chat payload of a past week printed by a dry run.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSmtp } from '../helpers/delivery.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
const SETTINGS = [
  'ATRIUM_SMTP_URL',
  'ATRIUM_DIGEST_FROM',
  'ATRIUM_DIGEST_TO',
  'ATRIUM_DIGEST_UNSUBSCRIBE',
  'ATRIUM_CHAT_WEBHOOK_URL',
  'ATRIUM_SEND_STATE',
  'GITHUB_ACTIONS',
];

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SETTINGS.includes(key)));
  return promisify(execFile)(tsx, [path.join(projectRoot, 'scripts', script), ...args], { cwd: projectRoot, env: { ...base, NO_COLOR: '1', ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-send-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run send:digest', () => {
  test('without its secrets it names the first one missing and exits 1', { timeout: 60_000 }, async () => {
    const result = await run('send-digest.ts', ['--week', '2026-W47']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.trim()).toBe(
      "ATRIUM_SMTP_URL is not set. Set it like ATRIUM_SMTP_URL='smtps://digest%40northwind.example:app-password@smtp.northwind.example:465' (in CI, a repository secret).",
    );
  });

  test('sends 2026-W47 once; the second run sends nothing and exits 0', { timeout: 60_000 }, async () => {
    const smtp = await startSmtp();
    const env = {
      ATRIUM_SMTP_URL: smtp.url,
      ATRIUM_DIGEST_FROM: 'digest@northwind.example',
      ATRIUM_DIGEST_TO: 'engineering@northwind.example',
      ATRIUM_SEND_STATE: path.join(dir, 'sent.json'),
    };
    try {
      const first = await run('send-digest.ts', ['--week', '2026-W47'], env);
      expect(first.stdout.trim()).toMatch(
        /^Sent "Northwind Labs engineering digest: Week 47, 16–22 Nov 2026" to 1 recipient through 127\.0\.0\.1:\d+ as <digest-2026-w47@[\w.-]+>\.$/,
      );
      expect(first.code).toBe(0);
      const mail = await simpleParser(smtp.messages[0]!);
      expect(mail.subject).toBe('Northwind Labs engineering digest: Week 47, 16–22 Nov 2026');
      expect(mail.text).toMatch(/^Read this digest in the handbook: https?:\/\/\S+\/digest\/2026-w47\/\n/);
      expect(mail.html).toContain('<h1');

      const second = await run('send-digest.ts', ['--week', '2026-W47'], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(
        /^Not sent: the 2026-W47 digest was sent on \S+ as <digest-2026-w47@[\w.-]+>\. Run again with --force to send it once more\.\n$/,
      );
      expect(smtp.messages).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });
});

describe('npm run send:chat', () => {
  test('--dry-run prints the Slack payload of a past week', { timeout: 60_000 }, async () => {
    const result = await run('send-chat.ts', ['--week', '2026-W47', '--dry-run']);
    expect(result.code).toBe(0);
    const payload = JSON.parse(result.stdout) as { text: string; blocks: { type: string }[] };
    expect(payload.text).toBe('Northwind Labs engineering digest: Week 47, 16–22 Nov 2026');
    expect(payload.blocks[0]!.type).toBe('header');
    expect(payload.blocks.at(-1)!.type).toBe('context');
  });

  test('a wrong flag value names the allowed ones', { timeout: 60_000 }, async () => {
    const result = await run('send-chat.ts', ['--format', 'discord']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--format discord is not one of slack, teams, google-chat.');
  });
});
