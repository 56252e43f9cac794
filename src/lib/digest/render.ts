/**
 * The one rendering of a digest, for the site's page, the email and the feed: which
 * teams and lists it shows, in what order, and what each line says. How a list, a
 * link, a status or a time is written is the medium's (./markup.ts): classes and
 * components on the page, inline styles in the email, bare HTML for a feed reader.
 */
import { adrLabel } from '../adr-label.ts';
import { escapeHtml } from '../html/escape.ts';
import { ADR_TONE, DEPENDENCY_TONE, statusLabel, type Tone } from '../status.ts';
import type { DependencyStatus } from '../../schemas/index.ts';
import { PROGRAM_KIND_LABEL } from '../programs/items.ts';
import { formatSpan } from '../programs/format.ts';
import { formatDate } from '../time/format.ts';
import type { Digest, TalkItem, TeamDigest } from './assemble.ts';
import type { ProgramDigestItem } from './programs.ts';

export interface DigestLinks {
  /** URLs of pages: absolute for the email and the feed, under the base path on the site. */
  team: (id: string) => string;
  adr: (id: string) => string;
  talk: (id: string) => string;
  update: (id: string) => string;
  dependency: (id: string) => string;
  digest: (weekId: string) => string;
  /** A program's page from its route (lib/routes.ts); without it programs are named in plain text. */
  program?: (route: string) => string;
  /** Where a person's name links to; without it (the email, the feed) people are named in plain text. */
  person?: (id: string) => string;
}

export interface DigestHtmlContext {
  links: DigestLinks;
  /** Names by id; undefined for an id the handbook does not know, which is then shown as it is. */
  teamName: (id: string) => string | undefined;
  personName: (id: string) => string | undefined;
  /** Time zone talk times are shown in. */
  timeZone: string;
}

/** How one medium writes the parts of a digest. Arguments named `text` are plain text; `html` is markup. */
export interface DigestMarkup {
  /** Everything under the digest's title and summary: the teams' sections, then the note. */
  body(sections: string, note: string): string;
  /** One team's section, under a heading that links to the team. */
  section(teamId: string, heading: string, lists: string): string;
  /** A list under its heading: `text` items are sentences; `entries` set a status, a link and details side by side. */
  list(heading: string, kind: 'text' | 'entries', items: readonly string[]): string;
  link(url: string, text: string): string;
  /** Details beside an item (dates, people, context), in smaller, muted type. */
  details(html: string): string;
  status(status: string, tone: Tone): string;
  time(iso: string, zone: string): string;
  note(html: string): string;
  /** Between the parts of an entry: nothing where CSS spaces them, a space elsewhere. */
  gap: string;
}

/** How a dependency's change this week reads in the digest. */
const CHANGE_TEXT: Partial<Record<DependencyStatus, string>> = { 'at-risk': 'became at risk', blocked: 'became blocked', done: 'delivered' };

/** A known name, linked when there is a page to link to; an unknown id as it is written. */
function named(m: DigestMarkup, id: string, name: string | undefined, url: string | undefined): string {
  if (name === undefined) return `<span>${escapeHtml(id)}</span>`;
  return url === undefined ? escapeHtml(name) : m.link(url, name);
}

function teamSection(team: TeamDigest, ctx: DigestHtmlContext, m: DigestMarkup): string {
  const list = (heading: string, kind: 'text' | 'entries', items: readonly string[]) => (items.length ? m.list(heading, kind, items) : '');
  const entry = (...parts: string[]) => parts.join(m.gap);
  const date = (iso: string) => escapeHtml(formatDate(iso));
  const person = (id: string) => named(m, id, ctx.personName(id), ctx.links.person?.(id));
  const talk = (t: TalkItem) =>
    entry(m.link(ctx.links.talk(t.talkId), t.title), m.details(`${t.speakers.map(person).join(', ')} · ${m.time(t.start, ctx.timeZone)}`));
  const program = (p: ProgramDigestItem) =>
    entry(
      ctx.links.program ? m.link(ctx.links.program(p.route), p.title) : escapeHtml(p.title),
      m.details(`${PROGRAM_KIND_LABEL[p.kind]} · ${escapeHtml(formatSpan(p.span))}`),
    );
  const shippedWhen = (item: TeamDigest['shipped'][number]) =>
    item.updateId ? m.link(ctx.links.update(item.updateId), `update of ${formatDate(item.date).replace(/ \d{4}$/, '')}`) : date(item.date);

  const lists = [
    list(
      'Shipped',
      'text',
      team.shipped.map((item) => `${escapeHtml(item.title)} ${m.details(shippedWhen(item))}`),
    ),
    list(
      'Decisions',
      'entries',
      team.decisions.map((d) =>
        entry(
          m.status(d.status, ADR_TONE[d.status]),
          m.link(ctx.links.adr(d.adrId), `${adrLabel(d.adrId, d.kind)}: ${d.title}`),
          m.details(date(d.date)),
          ...(d.summary ? [escapeHtml(d.summary)] : []),
        ),
      ),
    ),
    list('Talks given', 'entries', team.talksGiven.map(talk)),
    list('Talks coming up', 'entries', team.talksUpcoming.map(talk)),
    list('Programs started', 'entries', team.programsStarted.map(program)),
    list(
      'Programs ended',
      'entries',
      team.programsEnded.map((p) => entry(program(p), m.details(p.outcome ? `Outcome: ${escapeHtml(p.outcome)}` : 'No outcome recorded yet.'))),
    ),
    list(
      'Deliveries due',
      'entries',
      team.dependencies.map((d) =>
        entry(
          m.status(d.status, DEPENDENCY_TONE[d.status]),
          m.link(ctx.links.dependency(d.dependencyId), d.deliverable),
          m.details(
            `for ${named(m, d.forTeam, ctx.teamName(d.forTeam), ctx.links.team(d.forTeam))}’s ${escapeHtml(d.forDeliverable)}, needed by ${date(d.needBy)}${d.change ? ` · ${CHANGE_TEXT[d.change.status] ?? statusLabel(d.change.status)} on ${date(d.change.date)}` : ''}`,
          ),
        ),
      ),
    ),
    list(
      'Looking for input',
      'text',
      team.lookingForInput.map((item) => `${escapeHtml(item.topic)} ${item.until ? m.details(`until ${date(item.until)}`) : ''}`),
    ),
  ];
  return m.section(team.teamId, m.link(ctx.links.team(team.teamId), team.teamName), lists.join(''));
}

/** The teams' sections and the note on deliveries, in the medium's markup. */
export function renderDigest(digest: Digest, ctx: DigestHtmlContext, m: DigestMarkup): string {
  const note = digest.totals.dependencies
    ? m.note(
        `Deliveries due lists the dependencies at risk, blocked or done that are needed between ${escapeHtml(formatDate(digest.week.monday))} and ${escapeHtml(formatDate(digest.lookaheadUntil))}, with their status on ${escapeHtml(formatDate(digest.asOf))}${
          digest.teams.some((t) => t.dependencies.some((d) => d.change))
            ? ', and those whose history shows them becoming at risk or blocked, or delivered, this week.'
            : ': the handbook records where a dependency stands, not when that changed.'
        }`,
      )
    : '';
  return m.body(digest.teams.map((team) => teamSection(team, ctx, m)).join(''), note);
}
