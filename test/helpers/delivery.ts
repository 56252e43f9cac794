/**
 * What the sending tests share: a small handbook whose content tries every trick on a
 * chat or a mail client, its digest, and real receivers on 127.0.0.1 started by the
 * test (an SMTP server and an HTTP server) that answer as a test scripts them.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { adrStatusDate } from '../../src/lib/adr-status-date.ts';
import { buildDigests, type Digest } from '../../src/lib/digest/assemble.ts';
import type { DigestEmailContext } from '../../src/lib/digest/html.ts';
import type { HandbookIndexes } from '../../src/lib/handbook/indexes.ts';
import type { ChatLinks } from '../../scripts/lib/send/chat/summary.ts';
import type { EventLinks } from '../../scripts/lib/send/chat/events.ts';
import { adr, dependency, handbookOf, team, update } from './handbook-builder.ts';

/** A mention, a broadcast, Markdown, HTML and an entity, in one title. */
export const HOSTILE = '<!channel> @here **Ship it** _now_ <b>bold</b> <users/all> & [x](https://evil.example)';

export const TODAY = '2026-11-27'; // the Friday of 2026-W48

export function sampleHandbook(): HandbookIndexes {
  return handbookOf({
    teams: [team('alpha', { lookingForInput: [{ topic: 'Reviewers for the pooler', until: '2026-12-04' }] }), team('beta')],
    updates: [
      update('2026-11-23-alpha', { date: '2026-11-23', shipped: [HOSTILE, 'Faster builds'] }),
      update('2026-11-24-beta', { team: 'beta', date: '2026-11-24', shipped: ['Checkout v2'] }),
    ],
    adrs: [
      adr('0007-pooler', { title: 'Use a connection pooler', status: 'proposed', date: '2026-11-20', feedbackBy: '2026-12-02', consulted: ['beta'] }),
      adr('0006-old', { title: 'Closed long ago', status: 'proposed', date: '2026-10-01', feedbackBy: '2026-10-15' }),
    ],
    dependencies: [dependency('beta-checkout-on-alpha-pooler', { status: 'blocked', needBy: '2026-11-30', notes: 'Waiting on <!here> review.' })],
  });
}

export function sampleDigest(h: HandbookIndexes, week = '2026-w48'): Digest {
  const digests = buildDigests(h, {
    today: TODAY,
    now: new Date(`${TODAY}T12:00:00Z`),
    timeZone: 'UTC',
    adrStatusDate: (entry) => adrStatusDate(entry, h.supersededBy(entry.id), undefined).date,
  });
  return digests.find((digest) => digest.week.id === week)!;
}

const SITE = 'https://hb.example.com/handbook/';
export const LINKS: ChatLinks & EventLinks = {
  team: (id) => `${SITE}teams/${id}/`,
  adr: (id) => `${SITE}adrs/${id}/`,
  dependency: (id) => `${SITE}dependencies/${id}/`,
  digest: (week) => `${SITE}digest/${week}/`,
  digests: () => `${SITE}digest/`,
};

export function emailContext(h: HandbookIndexes): DigestEmailContext {
  return {
    links: { ...LINKS, talk: (id) => `${SITE}talks/${id}/`, update: (id) => `${SITE}updates/${id}/` },
    teamName: (id) => h.team.get(id)?.data.name,
    personName: (id) => h.person.get(id)?.data.name,
    timeZone: 'UTC',
    orgName: 'Acme Labs',
    indexUrl: `${SITE}digest/`,
    subscribeUrl: `${SITE}subscribe/`,
  };
}

/** How a receiver answers one message or request: `undefined` accepts it. */
export type SmtpAnswer = { code: number; text: string } | undefined;

/** An SMTP server on 127.0.0.1 without TLS or authentication; answers messages in turn, then accepts; `unknown` recipients get a 550. */
export async function startSmtp(answers: SmtpAnswer[] = [], unknown: string[] = []) {
  const messages: string[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(unknown.includes(address.address) ? Object.assign(new Error(`5.1.1 <${address.address}>: user unknown`), { responseCode: 550 }) : null);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const answer = answers.shift();
        if (!answer) {
          messages.push(Buffer.concat(chunks).toString('utf8'));
          return callback(null, 'Queued as TEST1');
        }
        callback(Object.assign(new Error(answer.text), { responseCode: answer.code }));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface HttpAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

/** An HTTP server on 127.0.0.1 recording every request; answers in turn, then 200 "ok". */
export async function startHttp(answers: HttpAnswer[] = []) {
  const requests: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = answers.shift() ?? { status: 200, body: 'ok' };
      response.writeHead(answer.status, { 'Content-Type': 'text/plain', ...answer.headers });
      response.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: new URL(`http://127.0.0.1:${port}/hooks/secret-token`), requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
