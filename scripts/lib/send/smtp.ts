/**
 * Sending the digest email once: refused when the state file says the week was sent
 * (unless forced), retried on the SMTP server's temporary failures, recorded after the
 * server accepted it. `--dry-run` writes the complete message as an .eml file instead.
 */
import { writeFile } from 'node:fs/promises';
import nodemailer from 'nodemailer';
import { digestMessageId, mailOptions, type DigestEmail } from './email.ts';
import type { FailureVerdict } from './failure.ts';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.ts';
import { readSentState, recordSent } from './sent-state.ts';
import type { EmailSettings } from './settings.ts';

export type SendOutcome =
  | { status: 'sent'; messageId: string; response: string; resend: number; rejected: string[] }
  | { status: 'already-sent'; messageId: string; at: string }
  | { status: 'written'; file: string; messageId: string };

export interface SendEmailOptions {
  stateFile: string;
  force?: boolean;
  retry?: RetryPolicy;
  /** Seconds to wait for the server to connect, greet and answer. */
  timeoutSeconds?: number;
}

/** Connection failures worth another try: the server was down, busy or slow. */
const TEMPORARY_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']);

interface SmtpError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

/** 4xx replies and dropped connections are temporary (RFC 5321 §4.2.1); 5xx and everything else are not. */
export function judgeSmtpFailure(error: unknown, server: string): FailureVerdict {
  const e = (error ?? {}) as SmtpError;
  if (e.responseCode) {
    const during = e.command ? ` to ${e.command.split(' ')[0]}` : '';
    return {
      temporary: e.responseCode >= 400 && e.responseCode < 500,
      message: `the SMTP server ${server} answered${during} "${e.response ?? e.responseCode}"`,
    };
  }
  const cause = e.originalCode ?? e.code ?? 'an unknown error';
  return { temporary: TEMPORARY_CODES.has(e.code ?? ''), message: `talking to the SMTP server ${server} failed with ${cause}: ${e.message ?? String(error)}` };
}

export async function sendDigestEmail(email: DigestEmail, settings: EmailSettings, options: SendEmailOptions): Promise<SendOutcome> {
  const key = `email:${email.weekId}`;
  const previous = (await readSentState(options.stateFile))[key];
  if (previous && !options.force) return { status: 'already-sent', messageId: previous.id, at: previous.at };
  const resend = previous ? (previous.resends ?? 0) + 1 : 0;
  const messageId = digestMessageId(email, resend);
  const timeout = (options.timeoutSeconds ?? 30) * 1000;
  const transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  try {
    const info = await withRetry(
      `Sending the ${email.weekId} digest to ${settings.to.length} recipient${settings.to.length === 1 ? '' : 's'}`,
      () => transport.sendMail(mailOptions(email, settings, messageId)),
      (error) => judgeSmtpFailure(error, settings.smtpServer),
      options.retry ?? DEFAULT_RETRY,
    );
    await recordSent(options.stateFile, key, { at: new Date().toISOString(), id: messageId, ...(resend ? { resends: resend } : {}) });
    // The server took the message for some recipients and refused others: sent, but said.
    const rejected = [...(info.rejected ?? [])];
    return { status: 'sent', messageId, response: String(info.response ?? ''), resend, rejected };
  } finally {
    transport.close();
  }
}

/** The message as the server would receive it, without sending it or touching the state. */
export async function writeDigestEml(email: DigestEmail, settings: EmailSettings, file: string): Promise<SendOutcome> {
  const messageId = digestMessageId(email);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail(mailOptions(email, settings, messageId));
  await writeFile(file, info.message as Buffer);
  return { status: 'written', file, messageId };
}
