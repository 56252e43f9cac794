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
import type { RelatedDocument } from '../related/documents.ts';
import { relatedKindLabel, relatedTitle } from '../related/labels.ts';
import type { Thanks } from '../kudos/thanks.ts';
import { routes } from '../routes.ts';
import { acrossTeamsSection } from './render-retros-asks.ts';

export interface DigestLinks {
  /** URLs of pages: absolute for the email and the feed, under the base path on the site. */
  team: (id: string) => string;
  adr: (id: string) => string;
  talk: (id: string) => string;
  update: (id: string) => string;
  dependency: (id: string) => string;
  digest: (weekId: string) => string;
  /** A page from its route (lib/routes.ts): programs, kudos and awards; without it they are named in plain text. */
  program?: (route: string) => string;
  /** Retrospective and ask pages; without them they are named in plain text. */
  retro?: (id: string) => string;
  ask?: (id: string) => string;
  /** Where a person's name links to; without it (the email, the feed) people are named in plain text. */
  person?: (id: string) => string;
  /** Any page from its route (lib/routes.ts), for related work; without it the work is named in plain text. */
  page?: (route: string) => string;
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
  /** A section about several teams (`possible-overlap`), under a plain-text heading. */
  part(id: string, heading: string, lists: string): string;
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
  const teamName = (id: string) => named(m, id, ctx.teamName(id), ctx.links.team(id));
  const talk = (t: TalkItem) =>
    entry(m.link(ctx.links.talk(t.talkId), t.title), m.details(`${t.speakers.map(person).join(', ')} · ${m.time(t.start, ctx.timeZone)}`));
  const program = (p: ProgramDigestItem) =>
    entry(
      ctx.links.program ? m.link(ctx.links.program(p.route), p.title) : escapeHtml(p.title),
      m.details(`${PROGRAM_KIND_LABEL[p.kind]} · ${escapeHtml(formatSpan(p.span))}`),
    );
  const routed = (route: string, text: string) => (ctx.links.program ? m.link(ctx.links.program(route), text) : escapeHtml(text));
  const thanksLine = (t: Thanks) =>
    entry(
      t.source === 'kudos' ? `${person(t.fromPerson!)} (${teamName(t.fromTeam)})` : teamName(t.fromTeam),
      t.source === 'kudos' ? routed(routes.kudosEntry(t.entryId), t.for) : `a win ${escapeHtml(team.teamName)} made possible: ${escapeHtml(t.for)}`,
      m.details(`${t.toPeople.length ? `to ${t.toPeople.map(person).join(', ')} · ` : ''}${date(t.date)}`),
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
      'Awards won',
      'entries',
      team.awards.map((a) => entry(routed(routes.award(a.awardId), `${a.title}, ${a.quarter}`), m.details(escapeHtml(a.for)))),
    ),
    list(
      'Thanks received',
      'entries',
      team.thanks.map((t) => thanksLine(t)),
    ),
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

/** "Possible overlap": each pair as its two sides, team and work, linked to where it is written. */
function overlapPart(digest: Digest, ctx: DigestHtmlContext, m: DigestMarkup): string {
  if (digest.overlaps.length === 0) return '';
  const side = (doc: RelatedDocument) => {
    const teams = doc.teams.map((id) => named(m, id, ctx.teamName(id), ctx.links.team(id))).join(', ');
    const title = ctx.links.page ? m.link(ctx.links.page(doc.url), relatedTitle(doc)) : escapeHtml(relatedTitle(doc));
    return `${teams}: ${title} ${m.details(escapeHtml(relatedKindLabel(doc)))}`;
  };
  const items = digest.overlaps.map((pair) => `${side(pair.a)}${m.gap} <strong>and</strong> ${side(pair.b)}`);
  const intro = m.note('Work of different teams that reads alike, one side new this week: worth a conversation before it doubles.');
  return m.part('possible-overlap', 'Possible overlap', `${intro}${m.list('Pairs', 'text', items)}`);
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
  const teamLink = (id: string) => named(m, id, ctx.teamName(id), ctx.links.team(id));
  const isolated = digest.isolated.length
    ? m.list('Isolated teams', 'text', [
        `${digest.isolated.map(teamLink).join(', ')} ${m.details('no link with another team in the last two quarters: invite them to a pair session, a rotation or a guild')}`,
      ])
    : '';
  return m.body(
    isolated + acrossTeamsSection(digest, ctx, m) + digest.teams.map((team) => teamSection(team, ctx, m)).join('') + overlapPart(digest, ctx, m),
    note,
  );
}
