/**
 * A digest's title and summary, and the digest as HTML in each of its media: the
 * site's page, the body of its feed item, and a complete email (inline CSS, absolute
 * links, no scripts) that a scheduled job can send on Fridays. All three are one
 * rendering (./render.ts) in different markup (./markup.ts).
 */
import { escapeHtml } from '../html/escape.ts';
import { plural } from '../text/plural.ts';
import { PALETTE } from '../palette.ts';
import { formatDate } from '../time/format.ts';
import type { Digest } from './assemble.ts';
import { EMAIL_MARKUP, FEED_MARKUP, PAGE_MARKUP } from './markup.ts';
import { renderDigest, type DigestHtmlContext } from './render.ts';

/** `16–22 Nov 2026`, `28 Dec 2026 – 3 Jan 2027`. */
export function weekRange(digest: Digest): string {
  const { monday, sunday } = digest.week;
  const [from, to] = [formatDate(monday), formatDate(sunday)];
  if (monday.slice(0, 7) === sunday.slice(0, 7)) return `${from.split(' ')[0]}–${to}`;
  if (monday.slice(0, 4) === sunday.slice(0, 4)) return `${from.split(' ').slice(0, 2).join(' ')} – ${to}`;
  return `${from} – ${to}`;
}

/** `Week 47, 16–22 Nov 2026`. */
export function digestTitle(digest: Digest): string {
  return `Week ${digest.week.week}, ${weekRange(digest)}`;
}

/** One sentence: what the week held. */
export function digestSummary(digest: Digest): string {
  const t = digest.totals;
  const a = digest.acrossTeams;
  const parts = [
    t.shipped && `${plural(t.shipped, 'thing')} shipped`,
    t.decisions && plural(t.decisions, 'decision'),
    t.talksGiven && `${plural(t.talksGiven, 'talk')} given`,
    t.talksUpcoming && `${plural(t.talksUpcoming, 'talk')} coming up`,
    t.dependencies && `${plural(t.dependencies, 'delivery', 'deliveries')} due`,
    t.lookingForInput && `${plural(t.lookingForInput, 'request')} for input`,
    t.programsStarted && `${plural(t.programsStarted, 'program')} started`,
    t.programsEnded && `${plural(t.programsEnded, 'program')} ended`,
    digest.overlaps.length && plural(digest.overlaps.length, 'possible overlap'),
    t.thanks && `${plural(t.thanks, 'thanks', 'thanks')} across teams`,
    t.awards && `${plural(t.awards, 'award')} won`,
    a.retros.length && plural(a.retros.length, 'retrospective'),
    a.asks.length && `${plural(a.asks.length, 'new ask')} for help`,
    a.overdueActions.length && `${plural(a.overdueActions.length, 'action')} overdue`,
    a.waitingAsks.length && `${plural(a.waitingAsks.length, 'ask')} waiting more than 14 days`,
  ].filter((part): part is string => Boolean(part));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing new');
  // A week with only retrospectives and asks has no team section: no "across 0 teams".
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}${t.teams ? `, across ${plural(t.teams, 'team')}` : ''}.`;
}

/** The digest for a feed item: plain HTML, the reader styles it. */
export function digestFeedHtml(digest: Digest, ctx: DigestHtmlContext): string {
  return `<p>${escapeHtml(digestSummary(digest))}</p>${renderDigest(digest, ctx, FEED_MARKUP)}`;
}

/** The digest page's content, under the page's own header (title and summary) and above its pager. */
export function digestPageHtml(digest: Digest, ctx: DigestHtmlContext): string {
  return renderDigest(digest, ctx, PAGE_MARKUP);
}

export interface DigestEmailContext extends DigestHtmlContext {
  orgName: string;
  /** Absolute URL of the digest index, for "all digests". */
  indexUrl: string;
  /** Absolute URL of the page that lists every feed and calendar. */
  subscribeUrl: string;
}

/** Emails are read on a light background (`color-scheme: light`): the light palette. */
const C = PALETTE.light;

/** A complete HTML email: table layout and inline CSS, as mail clients need, and no script. */
export function digestEmailHtml(digest: Digest, ctx: DigestEmailContext): string {
  const title = `${ctx.orgName} engineering digest: ${digestTitle(digest)}`;
  const pageUrl = ctx.links.digest(digest.week.id);
  const font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:${C['surface-2']};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${C['surface-2']};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:${C.surface};border:1px solid ${C.border};border-radius:10px;">
<tr><td style="padding:24px 28px;${font}font-size:15px;line-height:1.55;color:${C.text};">
<p style="margin:0 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:0.06em;color:${C.muted};font-weight:600;">${escapeHtml(ctx.orgName)} engineering digest</p>
<h1 style="margin:0 0 12px;font-size:24px;line-height:1.25;color:${C.text};">${escapeHtml(digestTitle(digest))}</h1>
<p style="margin:0 0 12px;">${escapeHtml(digestSummary(digest))}</p>${renderDigest(digest, ctx, EMAIL_MARKUP)}
<p style="margin:28px 0 0;padding-top:16px;border-top:1px solid ${C.border};color:${C.muted};font-size:13px;"><a href="${escapeHtml(pageUrl)}" style="color:${C.accent};">Read this digest in the handbook</a> · <a href="${escapeHtml(ctx.indexUrl)}" style="color:${C.accent};">All digests</a> · <a href="${escapeHtml(ctx.subscribeUrl)}" style="color:${C.accent};">Feeds and calendars</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
