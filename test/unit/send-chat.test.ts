/**
 * Chat messages against a real HTTP server on 127.0.0.1: the payload of each format as
 * the webhook receives it (snapshots), hostile content escaped per format, a 429
 * retried after its Retry-After, a 400 failing with the chat's reply, a second post refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventChatMessage } from '../../scripts/lib/send/chat/events.ts';
import { CHAT_FORMATS } from '../../scripts/lib/send/chat/message.ts';
import { postChatMessage } from '../../scripts/lib/send/chat/send.ts';
import { slackPayload, slackText } from '../../scripts/lib/send/chat/slack.ts';
import { digestChatMessage } from '../../scripts/lib/send/chat/summary.ts';
import { LINKS, sampleDigest, sampleHandbook, startHttp, TODAY } from '../helpers/delivery.ts';

const h = sampleHandbook();
const summary = digestChatMessage(sampleDigest(h), h, 'Acme Labs', LINKS);
const ZWSP = '\u200B';

let dir: string;
let log: string[];
const fast = () => ({ delaysMs: [20, 20], log: (line: string) => log.push(line) });
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-chat-'));
  log = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Posts `message` in `format` to a fresh receiver and returns what it received. */
async function received(format: (typeof CHAT_FORMATS)[number], message = summary) {
  const http = await startHttp();
  try {
    const outcome = await postChatMessage(message, http.url, { format, stateFile: path.join(dir, `${format}.json`), retry: fast() });
    expect(outcome).toEqual({ status: 'posted', reply: 'ok' });
    expect(http.requests).toHaveLength(1);
    expect(http.requests[0]!.headers['content-type']).toBe('application/json; charset=utf-8');
    return JSON.parse(http.requests[0]!.body) as Record<string, unknown>;
  } finally {
    await http.close();
  }
}

describe('the weekly summary', () => {
  test('lists what each team shipped, decisions open for feedback that week, blocked dependencies and requests for input', () => {
    expect(summary.title).toBe('Acme Labs engineering digest: Week 48, 23–29 Nov 2026');
    expect(summary.summary).toBe('3 things shipped, 1 delivery due and 1 request for input, across 2 teams.');
    expect(summary.sections.map((section) => [section.heading, section.lines.length])).toEqual([
      ['Shipped', 2],
      ['Decisions open for feedback', 1],
      ['Blocked dependencies', 1],
      ['Looking for input', 1],
    ]);
    expect(summary.buttons.map((button) => button.url)).toEqual([
      'https://hb.example.com/handbook/digest/2026-w48/',
      'https://hb.example.com/handbook/digest/',
    ]);
  });

  test.each(CHAT_FORMATS)('%s: the payload the webhook receives', async (format) => {
    expect(await received(format)).toMatchSnapshot();
  });

  test('slack: content cannot mention, link or format; mrkdwn sections are verbatim', async () => {
    const payload = JSON.stringify(await received('slack'));
    expect(payload).not.toContain('<!channel>');
    expect(payload).not.toContain('<!here>');
    expect(payload).not.toMatch(/@here|\*\*Ship/);
    expect(slackText('<!channel> @here *x* & <https://evil.example|y>')).toBe(
      `&lt;!channel&gt; @${ZWSP}here ${ZWSP}*${ZWSP}x${ZWSP}*${ZWSP} &amp; &lt;https://evil.example|y&gt;`,
    );
  });

  test('slack: a section over 3,000 characters loses whole lines, never half a link', () => {
    const long = {
      ...summary,
      sections: [{ heading: 'Shipped', lines: Array.from({ length: 20 }, (_, i) => [{ text: `${i} ${'x'.repeat(250)}`, url: `https://x.example/${i}` }]) }],
    };
    const text = (slackPayload(long).blocks[2] as { text: { text: string } }).text.text;
    const lines = text.split('\n');
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(lines.length).toBe(12);
    expect(lines.at(-2)).toMatch(/^• <https:\/\/x\.example\/9\|9 x+>$/);
    expect(lines.at(-1)).toBe('• … more in the digest');
  });

  test('teams: content only in TextRuns, shown as written', async () => {
    const card = ((await received('teams')).attachments as { content: { body: { inlines: { type: string; text: string }[] }[] } }[])[0]!.content;
    const runs = card.body.flatMap((block) => block.inlines);
    expect(new Set(runs.map((run) => run.type))).toEqual(new Set(['TextRun']));
    expect(runs.map((run) => run.text)).toContain(': <!channel> @here **Ship it** _now_ <b>bold</b> <users/all> & [x](https://evil.example); Faster builds');
  });

  test('google chat: card text is HTML-escaped', async () => {
    const payload = JSON.stringify(await received('google-chat'));
    expect(payload).toContain('&lt;!channel&gt; @here **Ship it** _now_ &lt;b&gt;bold&lt;/b&gt; &lt;users/all&gt; &amp; [x](https://evil.example)');
    expect(payload).not.toContain('<users/all>');
  });
});

describe('posting', () => {
  test('a 429 is retried after its Retry-After, then posted once; a second post is refused', async () => {
    const http = await startHttp([{ status: 429, body: 'rate_limited', headers: { 'Retry-After': '0' } }]);
    const options = { format: 'slack' as const, stateFile: path.join(dir, 'state.json'), retry: fast() };
    try {
      expect(await postChatMessage(summary, http.url, options)).toEqual({ status: 'posted', reply: 'ok' });
      expect(http.requests).toHaveLength(2);
      expect(log).toEqual([
        `Posting "Acme Labs engineering digest: Week 48, 23–29 Nov 2026" to the slack webhook failed temporarily (the chat webhook at ${http.url.host} answered 429: "rate_limited"); trying again in 20 ms (attempt 2 of 3).`,
      ]);
      expect(await postChatMessage(summary, http.url, options)).toMatchObject({ status: 'already-posted' });
      expect(http.requests).toHaveLength(2);
    } finally {
      await http.close();
    }
  });

  test('a 400 fails at once with the chat’s reply, naming the host but not the secret path', async () => {
    const http = await startHttp([{ status: 400, body: 'invalid_blocks' }]);
    try {
      const posting = postChatMessage(summary, http.url, { format: 'slack', stateFile: path.join(dir, 'state.json'), retry: fast() });
      await expect(posting).rejects.toThrow(
        `Posting "Acme Labs engineering digest: Week 48, 23–29 Nov 2026" to the slack webhook failed permanently, so it was not retried: the chat webhook at ${http.url.host} answered 400: "invalid_blocks"`,
      );
      await expect(posting).rejects.not.toThrow(/secret-token/);
      expect(http.requests).toHaveLength(1);
    } finally {
      await http.close();
    }
  });

  test('503 three times: the error says how often it was tried', async () => {
    const http = await startHttp([
      { status: 503, body: 'down' },
      { status: 503, body: 'down' },
      { status: 503, body: 'still down' },
    ]);
    try {
      const posting = postChatMessage(summary, http.url, { format: 'teams', stateFile: path.join(dir, 'state.json'), retry: fast() });
      await expect(posting).rejects.toThrow(/to the teams webhook still failed after 3 attempts: the chat webhook at .* answered 503: "still down"$/);
      expect(http.requests).toHaveLength(3);
    } finally {
      await http.close();
    }
  });
});

describe('single events', () => {
  test('a decision opened for feedback', () => {
    const message = eventChatMessage('decision-opened', h, '0007-pooler', TODAY, LINKS);
    expect(message.title).toBe('Decision open for feedback: ADR 0007');
    expect(message.summary).toBe('Use a connection pooler');
    expect(message.sections[0]!.lines.map((line) => line.map((part) => part.text).join(''))).toEqual([
      'Owned by Alpha',
      'Consulted: Beta',
      'Feedback by 2 Dec 2026 (5 days from today)',
    ]);
  });

  test('a dependency that became blocked, its notes escaped like any content', async () => {
    const message = eventChatMessage('dependency-blocked', h, 'beta-checkout-on-alpha-pooler', TODAY, LINKS);
    expect(message.title).toBe('Dependency blocked: Pooler');
    expect(message.sections[0]!.lines.map((line) => line.map((part) => part.text).join(''))).toEqual([
      'Alpha delivers Pooler to Beta for Checkout.',
      'Needed by 30 Nov 2026',
      'Waiting on <!here> review.',
    ]);
    expect(JSON.stringify(await received('slack', message))).toContain('Waiting on &lt;!here&gt; review.');
  });

  test('an entry not in that state, or unknown, is refused with what to do', () => {
    expect(() => eventChatMessage('decision-opened', h, '0099-nope', TODAY, LINKS)).toThrowErrorMatchingInlineSnapshot(
      `[SendError: No ADR "0099-nope" in the published handbook. Known ids start with: 0006-old, 0007-pooler. Pass the id of its file name, without the extension.]`,
    );
    const accepted = sampleHandbook();
    accepted.adrs[0]!.data.status = 'accepted';
    expect(() => eventChatMessage('decision-opened', accepted, accepted.adrs[0]!.id, TODAY, LINKS)).toThrowErrorMatchingInlineSnapshot(
      `[SendError: ADR 0006 is accepted, not proposed: only a proposed decision is open for feedback.]`,
    );
  });
});
