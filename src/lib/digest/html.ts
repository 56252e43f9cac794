/**
 * A digest as HTML that travels: the body of its feed item, and a complete email
 * (inline CSS, absolute links, no scripts) that a scheduled job can send on Fridays.
 * The site's own digest page is an Astro page over the same `Digest` data.
 */
import { adrLabel } from '../adr-label.ts';
import { escapeHtml } from '../html/escape.ts';
import { PALETTE } from '../palette.ts';
import { statusLabel } from '../status.ts';
import { formatDate, formatDateTime } from '../time/format.ts';
import type { Digest, TalkItem, TeamDigest } from './assemble.ts';

export interface DigestLinks {
  /** Absolute URLs of pages. */
  team: (id: string) => string;
  adr: (id: string) => string;
  talk: (id: string) => string;
  update: (id: string) => string;
  dependency: (id: string) => string;
  digest: (weekId: string) => string;
}

export interface DigestHtmlContext {
  links: DigestLinks;
  teamName: (id: string) => string;
  personName: (id: string) => string;
  /** Time zone talk times are shown in. */
  timeZone: string;
}

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

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One sentence: what the week held. */
export function digestSummary(digest: Digest): string {
  const t = digest.totals;
  const parts = [
    t.shipped && `${plural(t.shipped, 'thing')} shipped`,
    t.decisions && plural(t.decisions, 'decision'),
    t.talksGiven && `${plural(t.talksGiven, 'talk')} given`,
    t.talksUpcoming && `${plural(t.talksUpcoming, 'talk')} coming up`,
    t.dependencies && `${plural(t.dependencies, 'delivery', 'deliveries')} due`,
    t.lookingForInput && `${plural(t.lookingForInput, 'request')} for input`,
  ].filter((part): part is string => Boolean(part));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing new');
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}, across ${plural(t.teams, 'team')}.`;
}

/** Inline styles by element role; empty for feed readers, which apply their own. */
interface Styles {
  h2: string;
  h3: string;
  ul: string;
  li: string;
  a: string;
  muted: string;
  status: (tone: 'ok' | 'warn' | 'bad' | 'info' | 'neutral') => string;
  p: string;
}

const PLAIN: Styles = { h2: '', h3: '', ul: '', li: '', a: '', muted: '', status: () => '', p: '' };

/** Emails are read on a light background (`color-scheme: light`): the light palette. */
const C = PALETTE.light;
const TONE_COLOURS = { ok: C.ok, warn: C.warn, bad: C.bad, info: C.info, neutral: C.muted } as const;

const EMAIL: Styles = {
  h2: `margin:28px 0 6px;font-size:18px;line-height:1.3;color:${C.text};`,
  h3: `margin:14px 0 4px;font-size:13px;text-transform:uppercase;letter-spacing:0.05em;color:${C.muted};`,
  ul: 'margin:0 0 8px;padding-left:20px;',
  li: 'margin:0 0 4px;',
  a: `color:${C.accent};`,
  muted: `color:${C.muted};font-size:13px;`,
  status: (tone) => `color:${TONE_COLOURS[tone]};font-weight:600;`,
  p: 'margin:0 0 12px;',
};

const attr = (style: string) => (style ? ` style="${style}"` : '');
const DECISION_TONE = { proposed: 'info', accepted: 'ok', rejected: 'bad', deprecated: 'warn', superseded: 'neutral', draft: 'neutral' } as const;
const DEPENDENCY_TONE = { blocked: 'bad', 'at-risk': 'warn', done: 'ok', planned: 'neutral', 'on-track': 'info' } as const;

function teamSection(team: TeamDigest, ctx: DigestHtmlContext, s: Styles): string {
  const link = (url: string, text: string) => `<a href="${escapeHtml(url)}"${attr(s.a)}>${escapeHtml(text)}</a>`;
  const muted = (text: string) => `<span${attr(s.muted)}>${text}</span>`;
  const list = (title: string, items: string[]) =>
    items.length ? `<h3${attr(s.h3)}>${title}</h3><ul${attr(s.ul)}>${items.map((item) => `<li${attr(s.li)}>${item}</li>`).join('')}</ul>` : '';
  const talk = (t: TalkItem) =>
    `${link(ctx.links.talk(t.talkId), t.title)} ${muted(`${escapeHtml(t.speakers.map(ctx.personName).join(', '))} · ${escapeHtml(formatDateTime(t.start, ctx.timeZone))}`)}`;

  return [
    `<h2${attr(s.h2)}>${link(ctx.links.team(team.teamId), team.teamName)}</h2>`,
    list(
      'Shipped',
      team.shipped.map((item) => `${escapeHtml(item.title)} ${muted(item.updateId ? `(${link(ctx.links.update(item.updateId), `update of ${formatDate(item.date).replace(/ \d{4}$/, '')}`)})` : `(${escapeHtml(formatDate(item.date))})`)}`),
    ),
    list(
      'Decisions',
      team.decisions.map(
        (d) => `${link(ctx.links.adr(d.adrId), `${adrLabel(d.adrId)}: ${d.title}`)} — <span${attr(s.status(DECISION_TONE[d.status]))}>${escapeHtml(statusLabel(d.status))}</span> ${muted(escapeHtml(formatDate(d.date)))}`,
      ),
    ),
    list('Talks given', team.talksGiven.map(talk)),
    list('Talks coming up', team.talksUpcoming.map(talk)),
    list(
      'Deliveries due',
      team.dependencies.map(
        (d) =>
          `<span${attr(s.status(DEPENDENCY_TONE[d.status]))}>${escapeHtml(capitalize(statusLabel(d.status)))}</span>: ${link(ctx.links.dependency(d.dependencyId), d.deliverable)} for ${link(ctx.links.team(d.forTeam), ctx.teamName(d.forTeam))}’s ${escapeHtml(d.forDeliverable)} ${muted(`needed by ${escapeHtml(formatDate(d.needBy))}`)}`,
      ),
    ),
    list(
      'Looking for input',
      team.lookingForInput.map((item) => `${escapeHtml(item.topic)}${item.until ? ` ${muted(`until ${escapeHtml(formatDate(item.until))}`)}` : ''}`),
    ),
  ].join('');
}

function body(digest: Digest, ctx: DigestHtmlContext, s: Styles): string {
  const note = digest.totals.dependencies
    ? `<p${attr(s.muted)}>Deliveries due: dependencies at risk, blocked or done that are needed by ${escapeHtml(formatDate(digest.lookaheadUntil))}, with their status on ${escapeHtml(formatDate(digest.asOf))}. The handbook records a dependency’s current status, not when it changed.</p>`
    : '';
  return `<p${attr(s.p)}>${escapeHtml(digestSummary(digest))}</p>${digest.teams.map((team) => teamSection(team, ctx, s)).join('')}${note}`;
}

/** The digest for a feed item: plain HTML, the reader styles it. */
export function digestFeedHtml(digest: Digest, ctx: DigestHtmlContext): string {
  return body(digest, ctx, PLAIN);
}

export interface DigestEmailContext extends DigestHtmlContext {
  orgName: string;
  /** Absolute URL of the digest index, for "all digests". */
  indexUrl: string;
  /** Absolute URL of the page that lists every feed and calendar. */
  subscribeUrl: string;
}

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
${body(digest, ctx, EMAIL)}
<p style="margin:28px 0 0;padding-top:16px;border-top:1px solid ${C.border};color:${C.muted};font-size:13px;"><a href="${escapeHtml(pageUrl)}" style="color:${C.accent};">Read this digest in the handbook</a> · <a href="${escapeHtml(ctx.indexUrl)}" style="color:${C.accent};">All digests</a> · <a href="${escapeHtml(ctx.subscribeUrl)}" style="color:${C.accent};">Feeds and calendars</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
