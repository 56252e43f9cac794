/**
 * What `send:digest` and `send:chat` read before sending anything: the environment's
 * settings (each error naming the variable and a good value, never a secret), the
 * week argument, the digest of a week, and the plain-text reading of an email.
 */
import { describe, expect, test } from 'vitest';
import { digestOfWeek, weekArgument } from '../../scripts/lib/send/digest-source.ts';
import { htmlToText } from '../../scripts/lib/send/plain-text.ts';
import { chatWebhookUrl, emailSettings } from '../../scripts/lib/send/settings.ts';
import { sampleHandbook, TODAY } from '../helpers/delivery.ts';

const good = {
  ATRIUM_SMTP_URL: 'smtps://digest%40acme.example:hunter2@smtp.acme.example',
  ATRIUM_DIGEST_FROM: 'Acme Engineering <digest@acme.example>',
  ATRIUM_DIGEST_TO: 'eng@acme.example,leads@acme.example',
};

describe('email settings', () => {
  test('read from the environment, with the server named without its password', () => {
    expect(emailSettings(good, { dryRun: false })).toEqual({
      smtpUrl: good.ATRIUM_SMTP_URL,
      smtpServer: 'smtp.acme.example:465',
      from: 'Acme Engineering <digest@acme.example>',
      to: ['eng@acme.example', 'leads@acme.example'],
      unsubscribe: ['mailto:digest@acme.example?subject=Unsubscribe%20from%20the%20engineering%20digest'],
    });
    expect(
      emailSettings({ ...good, ATRIUM_DIGEST_UNSUBSCRIBE: 'https://lists.acme.example/u/eng mailto:eng+unsubscribe@acme.example' }, { dryRun: false })
        .unsubscribe,
    ).toEqual(['https://lists.acme.example/u/eng', 'mailto:eng+unsubscribe@acme.example']);
  });

  test('each mistake names its variable and shows a good value', () => {
    const error = (env: Record<string, string>) => {
      try {
        emailSettings(env, { dryRun: false });
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(error({})).toMatchInlineSnapshot(
      `"ATRIUM_SMTP_URL is not set. Set it like ATRIUM_SMTP_URL='smtps://digest%40northwind.example:app-password@smtp.northwind.example:465' (in CI, a repository secret)."`,
    );
    expect(error({ ...good, ATRIUM_SMTP_URL: 'https://user:hunter2@smtp.acme.example' })).toMatchInlineSnapshot(
      `"ATRIUM_SMTP_URL starts with "https:", not smtp: or smtps:. Set it like ATRIUM_SMTP_URL='smtps://digest%40northwind.example:app-password@smtp.northwind.example:465' (in CI, a repository secret)."`,
    );
    expect(error({ ...good, ATRIUM_DIGEST_TO: 'eng@acme.example, nobody' })).toMatchInlineSnapshot(
      `"ATRIUM_DIGEST_TO holds "nobody", which is not an email address. Set it like ATRIUM_DIGEST_TO='engineering@northwind.example, leads@northwind.example' (in CI, a repository secret)."`,
    );
    expect(error({ ...good, ATRIUM_DIGEST_FROM: 'a@acme.example, b@acme.example' })).toMatchInlineSnapshot(
      `"ATRIUM_DIGEST_FROM holds 2 addresses, not one. Set it like ATRIUM_DIGEST_FROM='"Northwind Engineering" <digest@northwind.example>' (in CI, a repository secret)."`,
    );
    expect(error({ ...good, ATRIUM_DIGEST_UNSUBSCRIBE: 'http://acme.example/unsubscribe' })).toMatchInlineSnapshot(
      `"ATRIUM_DIGEST_UNSUBSCRIBE holds "http://acme.example/unsubscribe", which is neither a mailto: nor an https: URL. Set it like ATRIUM_DIGEST_UNSUBSCRIBE='mailto:engineering+unsubscribe@northwind.example' (in CI, a repository secret)."`,
    );
    expect(error({ ...good, ATRIUM_SMTP_URL: 'https://user:hunter2@smtp.acme.example' })).not.toContain('hunter2');
  });

  test('a dry run needs no server and fills in placeholder addresses', () => {
    expect(emailSettings({}, { dryRun: true })).toMatchObject({ smtpUrl: '', from: 'digest@example.invalid', to: ['engineering@example.invalid'] });
  });

  test('the chat webhook must be https (http only on this machine)', () => {
    expect(chatWebhookUrl({ ATRIUM_CHAT_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/X' }).host).toBe('hooks.slack.com');
    expect(chatWebhookUrl({ ATRIUM_CHAT_WEBHOOK_URL: 'http://127.0.0.1:8080/hook' }).port).toBe('8080');
    expect(() => chatWebhookUrl({ ATRIUM_CHAT_WEBHOOK_URL: 'http://hooks.example.com/x' })).toThrowErrorMatchingInlineSnapshot(
      `[SendError: ATRIUM_CHAT_WEBHOOK_URL is not an https: URL (it starts with "http:"). Set it like ATRIUM_CHAT_WEBHOOK_URL='https://hooks.slack.com/services/T000/B000/XXXX' (in CI, a repository secret).]`,
    );
    expect(() => chatWebhookUrl({})).toThrowErrorMatchingInlineSnapshot(
      `[SendError: ATRIUM_CHAT_WEBHOOK_URL is not set. Set it like ATRIUM_CHAT_WEBHOOK_URL='https://hooks.slack.com/services/T000/B000/XXXX' (in CI, a repository secret).]`,
    );
  });
});

describe('the week', () => {
  test('written as people write it or as URLs do; the current week by default', () => {
    expect(weekArgument('2026-W47', TODAY)).toBe('2026-w47');
    expect(weekArgument('2026-w53', TODAY)).toBe('2026-w53');
    expect(weekArgument(undefined, TODAY)).toBe('2026-w48');
    expect(() => weekArgument('2026-47', TODAY)).toThrowErrorMatchingInlineSnapshot(
      `[SendError: --week 2026-47 is not an ISO week: write it as YYYY-Www, e.g. --week 2026-W48.]`,
    );
    expect(() => weekArgument('2025-W53', TODAY)).toThrow('--week 2025-W53 is not an ISO week');
  });

  test('a week without a digest says why and which weeks have one', () => {
    const h = sampleHandbook();
    const clock = { today: TODAY, now: new Date(`${TODAY}T12:00:00Z`) };
    expect(digestOfWeek(h, '2026-w48', clock).totals.shipped).toBe(3);
    expect(() => digestOfWeek(h, '2026-w49', clock)).toThrowErrorMatchingInlineSnapshot(
      `[SendError: No digest for 2026-W49: 2026-W49 has not started yet (today is 2026-11-27). Weeks with a digest, newest first: 2026-W48, 2026-W47, 2026-W40.]`,
    );
    expect(() => digestOfWeek(h, '2026-w30', clock)).toThrowErrorMatchingInlineSnapshot(
      `[SendError: No digest for 2026-W30: nothing happened in 2026-W30. Weeks with a digest, newest first: 2026-W48, 2026-W47, 2026-W40.]`,
    );
  });
});

describe('the plain-text part', () => {
  test('headings underlined with their link below, list items, links after their text, entities decoded', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body><table><tr><td>
<h1>Week 48</h1><p>Two <b>things</b> &amp; more.</p>
<h2><a href="https://x.example/teams/a/">Alpha &lt;A&gt;</a></h2>
<h3>Shipped</h3><ul><li>Faster &lt;builds&gt; <span><a href="https://x.example/u/1/">update of 23 Nov</a></span></li><li>Two</li></ul>
<p><a href="https://x.example/d/">https://x.example/d/</a></p></td></tr></table></body></html>`;
    expect(htmlToText(html)).toBe(
      [
        'Week 48',
        '=======',
        '',
        'Two things & more.',
        '',
        'Alpha <A>',
        '---------',
        'https://x.example/teams/a/',
        '',
        'SHIPPED',
        '- Faster <builds> update of 23 Nov <https://x.example/u/1/>',
        '- Two',
        '',
        'https://x.example/d/',
        '',
      ].join('\n'),
    );
  });
});
