/**
 * The digest email against a real SMTP server on 127.0.0.1: one multipart message with
 * the right headers, a second send refused, a temporary 4xx retried, a permanent 5xx
 * and a refused connection reported with the server's reply.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { composeDigestEmail } from '../../scripts/lib/send/email.ts';
import { emailSettings } from '../../scripts/lib/send/settings.ts';
import { sendDigestEmail, writeDigestEml } from '../../scripts/lib/send/smtp.ts';
import { emailContext, HOSTILE, sampleDigest, sampleHandbook, startSmtp } from '../helpers/delivery.ts';

const h = sampleHandbook();
const email = composeDigestEmail(sampleDigest(h), emailContext(h), 'https://hb.example.com');
const env = (url: string) => ({
  ATRIUM_SMTP_URL: url,
  ATRIUM_DIGEST_FROM: '"Acme Engineering" <digest@acme.example>',
  ATRIUM_DIGEST_TO: 'eng@acme.example, leads@acme.example',
});

let dir: string;
let log: string[];
const fast = () => ({ delaysMs: [20, 20], log: (line: string) => log.push(line) });
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-send-'));
  log = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('sending the digest email', () => {
  test('one message with an HTML and a text part, list headers and the week’s Message-ID; a second send is refused', async () => {
    const smtp = await startSmtp();
    try {
      const options = { stateFile: path.join(dir, 'sent.json'), retry: fast() };
      const first = await sendDigestEmail(email, emailSettings(env(smtp.url), { dryRun: false }), options);
      expect(first).toMatchObject({ status: 'sent', messageId: '<digest-2026-w48@hb.example.com>', resend: 0 });
      expect(smtp.messages).toHaveLength(1);

      const mail = await simpleParser(smtp.messages[0]!);
      expect(mail.subject).toBe('Acme Labs engineering digest: Week 48, 23–29 Nov 2026');
      expect(mail.messageId).toBe('<digest-2026-w48@hb.example.com>');
      expect(mail.from?.text).toBe('"Acme Engineering" <digest@acme.example>');
      expect((Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((to) => to!.value.map((v) => v.address))).toEqual([
        'eng@acme.example',
        'leads@acme.example',
      ]);
      const header = (key: string) => mail.headerLines.find((line) => line.key === key)?.line.replace(/\r?\n\s+/g, ' ');
      expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <mailto:digest@acme.example?subject=Unsubscribe%20from%20the%20engineering%20digest>');
      expect(header('list-archive')).toBe('List-Archive: <https://hb.example.com/handbook/digest/>');
      expect(header('list-id')).toBe('List-ID: "Acme Labs engineering digest" <digest.hb.example.com>');
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.html).toBe(email.html);
      expect(mail.html).toContain('&lt;!channel&gt; @here **Ship it** _now_ &lt;b&gt;bold&lt;/b&gt;');
      expect(mail.html).not.toContain('<b>bold</b>');
      expect(mail.text).toBe(email.text);
      expect(mail.text!.split('\n').slice(0, 4)).toEqual([
        'Read this digest in the handbook: https://hb.example.com/handbook/digest/2026-w48/',
        '',
        'Acme Labs engineering digest',
        '',
      ]);
      // The text part is read as text: the hostile title arrives exactly as written, without entities.
      expect(mail.text).toContain(`- ${HOSTILE} update of 23 Nov <https://hb.example.com/handbook/updates/2026-11-23-alpha/>`);

      const second = await sendDigestEmail(email, emailSettings(env(smtp.url), { dryRun: false }), options);
      expect(second).toMatchObject({ status: 'already-sent', messageId: '<digest-2026-w48@hb.example.com>' });
      expect(smtp.messages).toHaveLength(1);

      const forced = await sendDigestEmail(email, emailSettings(env(smtp.url), { dryRun: false }), { ...options, force: true });
      expect(forced).toMatchObject({ status: 'sent', messageId: '<digest-2026-w48.resend-1@hb.example.com>', resend: 1 });
      expect(smtp.messages).toHaveLength(2);
      expect(JSON.parse(await readFile(options.stateFile, 'utf8'))['email:2026-w48']).toMatchObject({
        id: '<digest-2026-w48.resend-1@hb.example.com>',
        resends: 1,
      });
    } finally {
      await smtp.close();
    }
  });

  test('a 451 is retried and the message delivered on the second attempt', async () => {
    const smtp = await startSmtp([{ code: 451, text: 'Greylisted, try again later' }]);
    try {
      const outcome = await sendDigestEmail(email, emailSettings(env(smtp.url), { dryRun: false }), { stateFile: path.join(dir, 's.json'), retry: fast() });
      expect(outcome.status).toBe('sent');
      expect(smtp.messages).toHaveLength(1);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(
        /^Sending the 2026-w48 digest to 2 recipients failed temporarily \(the SMTP server 127\.0\.0\.1:\d+ answered to DATA "451 Greylisted, try again later"\); trying again in 20 ms \(attempt 2 of 3\)\.$/,
      );
    } finally {
      await smtp.close();
    }
  });

  test('a 550 fails at once with the server’s reply, and nothing is recorded as sent', async () => {
    const smtp = await startSmtp([{ code: 550, text: 'Relaying denied for eng@acme.example' }]);
    const stateFile = path.join(dir, 's.json');
    try {
      const sending = sendDigestEmail(email, emailSettings(env(smtp.url), { dryRun: false }), { stateFile, retry: fast() });
      await expect(sending).rejects.toThrow(
        new RegExp(
          '^Sending the 2026-w48 digest to 2 recipients failed permanently, so it was not retried: the SMTP server 127\\.0\\.0\\.1:\\d+ answered to DATA "550 Relaying denied for eng@acme\\.example"$',
        ),
      );
      expect(log).toEqual([]);
      await expect(readFile(stateFile, 'utf8')).rejects.toThrow(/ENOENT/);
    } finally {
      await smtp.close();
    }
  });

  test('a recipient the server does not know is reported, and the others receive the digest', async () => {
    const smtp = await startSmtp([], ['leads@acme.example']);
    try {
      const outcome = await sendDigestEmail(email, emailSettings(env(smtp.url), { dryRun: false }), { stateFile: path.join(dir, 's.json'), retry: fast() });
      expect(outcome).toMatchObject({ status: 'sent', rejected: ['leads@acme.example'] });
      expect(smtp.messages).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  test('a server that keeps refusing connections is tried three times, then named in the error', async () => {
    const smtp = await startSmtp();
    await smtp.close();
    const sending = sendDigestEmail(email, emailSettings(env(smtp.url), { dryRun: false }), { stateFile: path.join(dir, 's.json'), retry: fast() });
    await expect(sending).rejects.toThrow(
      `Sending the 2026-w48 digest to 2 recipients still failed after 3 attempts: talking to the SMTP server 127.0.0.1:${smtp.port} failed with ECONNREFUSED`,
    );
    expect(log).toHaveLength(2);
  });

  test('--dry-run writes the same message as an .eml file, without a server or a state file', async () => {
    const file = path.join(dir, 'digest.eml');
    const outcome = await writeDigestEml(email, emailSettings({}, { dryRun: true }), file);
    expect(outcome).toEqual({ status: 'written', file, messageId: '<digest-2026-w48@hb.example.com>' });
    const mail = await simpleParser(await readFile(file));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('engineering@example.invalid');
    expect(mail.html).toBe(email.html);
    expect(mail.text).toBe(email.text);
  });
});
