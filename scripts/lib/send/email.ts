/**
 * The digest email: the HTML the site publishes at `digest/<week>/email.html`
 * (src/lib/digest/html.ts), its plain-text reading, and the headers a list message
 * carries (List-Unsubscribe, List-Id, List-Archive). Its Message-ID is derived from the
 * week, so a message sent twice is recognisably the same message.
 */
import type { Digest } from '../../../src/lib/digest/assemble.ts';
import { digestEmailHtml, digestTitle, type DigestEmailContext } from '../../../src/lib/digest/html.ts';
import type { SendMailOptions } from 'nodemailer';
import { htmlToText } from './plain-text.ts';
import type { EmailSettings } from './settings.ts';

export interface DigestEmail {
  weekId: string;
  subject: string;
  html: string;
  text: string;
  /** The digest's page on the site. */
  webUrl: string;
  /** Where the digest list lives, for List-Archive. */
  archiveUrl: string;
  /** The site's host name: the right-hand side of the Message-ID and the List-Id. */
  host: string;
}

export function composeDigestEmail(digest: Digest, ctx: DigestEmailContext, site: string): DigestEmail {
  const html = digestEmailHtml(digest, ctx);
  const webUrl = ctx.links.digest(digest.week.id);
  return {
    weekId: digest.week.id,
    subject: `${ctx.orgName} engineering digest: ${digestTitle(digest)}`,
    html,
    // The web version first: the one link every reader of the text part needs.
    text: `Read this digest in the handbook: ${webUrl}\n\n${htmlToText(html)}`,
    webUrl,
    archiveUrl: ctx.indexUrl,
    host: new URL(site).hostname,
  };
}

/**
 * `<digest-2026-w47@northwind-labs.github.io>`; a forced resend gets `.resend-<n>`, as
 * mail systems may drop a second message with a Message-ID they have already seen.
 */
export function digestMessageId(email: Pick<DigestEmail, 'weekId' | 'host'>, resend = 0): string {
  return `<digest-${email.weekId}${resend ? `.resend-${resend}` : ''}@${email.host}>`;
}

export function mailOptions(email: DigestEmail, settings: EmailSettings, messageId: string): SendMailOptions {
  return {
    from: settings.from,
    to: settings.to,
    subject: email.subject,
    messageId,
    text: email.text,
    html: email.html,
    list: {
      id: { url: `digest.${email.host}`, comment: `${email.subject.split(':')[0]}` },
      unsubscribe: settings.unsubscribe,
      archive: email.archiveUrl,
    },
    // Out-of-office replies should not answer a list message.
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
