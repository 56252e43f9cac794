/**
 * Where the digest goes, from the environment (repository secrets in CI): validated
 * before anything is built or sent, each error naming the variable, what is wrong with
 * it and an example of a good value. Secrets never appear in a message.
 */
import addressparser from 'nodemailer/lib/addressparser';
import { SendError } from './failure.ts';

export interface EmailSettings {
  /** `smtp://` or `smtps://`, with the account in it. */
  smtpUrl: string;
  /** `host:port` of the SMTP server, for messages (the URL holds the password). */
  smtpServer: string;
  from: string;
  to: string[];
  /** `List-Unsubscribe` targets: `mailto:` or `https:` URLs. */
  unsubscribe: string[];
}

type Env = Record<string, string | undefined>;

const EXAMPLES = {
  ATRIUM_SMTP_URL: 'smtps://digest%40northwind.example:app-password@smtp.northwind.example:465',
  ATRIUM_DIGEST_FROM: '"Northwind Engineering" <digest@northwind.example>',
  ATRIUM_DIGEST_TO: 'engineering@northwind.example, leads@northwind.example',
  ATRIUM_DIGEST_UNSUBSCRIBE: 'mailto:engineering+unsubscribe@northwind.example',
  ATRIUM_CHAT_WEBHOOK_URL: 'https://hooks.slack.com/services/T000/B000/XXXX',
} as const;

type Variable = keyof typeof EXAMPLES;

const invalid = (name: Variable, problem: string) => new SendError(`${name} ${problem}. Set it like ${name}='${EXAMPLES[name]}' (in CI, a repository secret).`);

function required(env: Env, name: Variable): string {
  const value = env[name]?.trim();
  if (!value) throw invalid(name, 'is not set');
  return value;
}

/** Every mailbox of an address list; an entry without `local@domain` is an error naming it. */
function mailboxes(name: Variable, value: string): string[] {
  const entries = addressparser(value, { flatten: true }).map((entry) => ({ name: entry.name, address: entry.address ?? '' }));
  if (entries.length === 0) throw invalid(name, 'holds no email address');
  const wrong = entries.find((entry) => !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(entry.address));
  if (wrong) throw invalid(name, `holds "${wrong.address || wrong.name}", which is not an email address`);
  return entries.map((entry) => entry.address);
}

function smtpServer(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('ATRIUM_SMTP_URL', 'is not a URL');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw invalid('ATRIUM_SMTP_URL', `starts with "${url.protocol}", not smtp: or smtps:`);
  if (!url.hostname) throw invalid('ATRIUM_SMTP_URL', 'names no server');
  return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
}

function unsubscribeTargets(env: Env, from: string): string[] {
  const value = env.ATRIUM_DIGEST_UNSUBSCRIBE?.trim();
  // Without a list manager, unsubscribing is a mail to the sender, who takes the address off ATRIUM_DIGEST_TO.
  if (!value) return [`mailto:${from}?subject=${encodeURIComponent('Unsubscribe from the engineering digest')}`];
  const targets = value.split(/[\s,]+/).filter(Boolean);
  const wrong = targets.find((target) => !/^(?:mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/.test(target));
  if (wrong) throw invalid('ATRIUM_DIGEST_UNSUBSCRIBE', `holds "${wrong}", which is neither a mailto: nor an https: URL`);
  return targets;
}

/**
 * The email settings. A dry run needs no server and writes placeholders for missing
 * addresses, so the message can be previewed before any secret is set.
 */
export function emailSettings(env: Env, options: { dryRun: boolean }): EmailSettings {
  if (options.dryRun) {
    const from = env.ATRIUM_DIGEST_FROM?.trim() || 'digest@example.invalid';
    const to = env.ATRIUM_DIGEST_TO?.trim() || 'engineering@example.invalid';
    const fromAddress = mailboxes('ATRIUM_DIGEST_FROM', from)[0]!;
    return { smtpUrl: '', smtpServer: '(dry run)', from, to: mailboxes('ATRIUM_DIGEST_TO', to), unsubscribe: unsubscribeTargets(env, fromAddress) };
  }
  const smtpUrl = required(env, 'ATRIUM_SMTP_URL');
  const from = required(env, 'ATRIUM_DIGEST_FROM');
  const fromAddresses = mailboxes('ATRIUM_DIGEST_FROM', from);
  if (fromAddresses.length !== 1) throw invalid('ATRIUM_DIGEST_FROM', `holds ${fromAddresses.length} addresses, not one`);
  return {
    smtpUrl,
    smtpServer: smtpServer(smtpUrl),
    from,
    to: mailboxes('ATRIUM_DIGEST_TO', required(env, 'ATRIUM_DIGEST_TO')),
    unsubscribe: unsubscribeTargets(env, fromAddresses[0]!),
  };
}

/** The chat webhook: an https URL (http only to this machine, for tests and local relays). */
export function chatWebhookUrl(env: Env): URL {
  const value = required(env, 'ATRIUM_CHAT_WEBHOOK_URL');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('ATRIUM_CHAT_WEBHOOK_URL', 'is not a URL');
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw invalid('ATRIUM_CHAT_WEBHOOK_URL', `is not an https: URL (it starts with "${url.protocol}")`);
  return url;
}
