/**
 * What the feeds say: one item per ADR status, talk (announced, then given), weekly
 * update, program (planned, started, ended: see ./program-items.ts) and published digest, each with a stable guid, a date, categories (type,
 * teams, tags) and the full HTML content with absolute URLs. The feeds themselves
 * (everything, per collection, per team) are selections of these items.
 */
import type { Adr, Talk, Update } from '../../schemas/index.ts';
import { adrLabel } from '../adr-label.ts';
import type { CollectionName, DIGEST, Registry } from '../collections.ts';
import type { Digest } from '../digest/assemble.ts';
import { digestTitle } from '../digest/html.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { escapeHtml } from '../html/escape.ts';
import { routes } from '../routes.ts';
import { statusLabel } from '../status.ts';
import { formatDate, formatDateTime } from '../time/format.ts';
import { todayIn } from '../time/today.ts';
import { zonedTimeToInstant } from '../time/zones.ts';
import { portableHtml } from './html.ts';
import { meetingFeedItems } from './meeting-items.ts';
import { programFeedItems } from './program-items.ts';
import { kudosFeedItems } from './kudos-items.ts';
import { retroAskFeedItems } from './retro-ask-items.ts';

/** Each fed collection's kind of item, the digest's, and a guild's next meeting (carried only by its guild's feed). */
export type FeedKind = NonNullable<Registry[CollectionName]['feed']>['kind'] | (typeof DIGEST)['feed']['kind'] | 'meeting';

export interface FeedItem {
  kind: FeedKind;
  /** Never reused: a new status of an ADR, or a talk that has been given, is a new guid. */
  guid: string;
  /** Absolute URL of the page. */
  link: string;
  title: string;
  pubDate: Date;
  /** Type, team names, tags. */
  categories: string[];
  /** Team ids the item is about: the per-team feeds select on them. */
  teams: string[];
  /** People the item is about (an ADR's deciders, a talk's speakers, a program's people): the per-person feeds select on them. */
  people: string[];
  /** The entry's tags: the per-tag feeds select on them. */
  tags: string[];
  /** The guild a meeting item belongs to. */
  guild?: string;
  /** One line of plain text. */
  description: string;
  /** Full HTML, every URL absolute; worked out when first read, so only the items a feed carries cost anything. */
  readonly content: string;
  /** The entry whose body the content includes: its HTML must be ready (see FeedContext.bodyHtml) before `content` is read. */
  source?: { collection: BodyCollection; entry: HandbookEntry<unknown> };
}

export type BodyCollection = 'adrs' | 'talks' | 'updates' | 'retros' | 'asks';

/** The item with its content worked out when first read (a getter: spreading the item would read it). */
function withContent(item: Omit<FeedItem, 'content'>, make: () => string): FeedItem {
  let content: string | undefined;
  return Object.defineProperty(item, 'content', { get: () => (content ??= make()), enumerable: true }) as FeedItem;
}

export interface FeedContext {
  /** Absolute URL of a route (see lib/routes.ts). */
  url: (route: string) => string;
  /** The site's base path, `/` or `/handbook/`. */
  base: string;
  /** The rendered HTML of an entry's body (may hold relative URLs); '' when it has none. Read when an item's content is. */
  bodyHtml: (collection: BodyCollection, entry: HandbookEntry<unknown>) => string;
  /** When an ADR reached its current status, `YYYY-MM-DD`. */
  adrStatusDate: (adr: HandbookEntry<Adr>) => string;
  /** Calendar date of the entry's last commit, if known: when an upcoming talk was announced. */
  committedOn: (entry: HandbookEntry<unknown>) => string | undefined;
  /** The digest's HTML for its item. */
  digestHtml: (digest: Digest) => string;
  now: Date;
  /** `YYYY-MM-DD` in the handbook's time zone. */
  today: string;
  /** The handbook's time zone: date-only entries are dated at its midnight. */
  timeZone: string;
}

export const KIND_LABEL: Record<FeedKind, string> = {
  adr: 'ADR',
  talk: 'Talk',
  update: 'Weekly update',
  digest: 'Digest',
  rotation: 'Rotation',
  mentorship: 'Mentorship',
  pairing: 'Pair session',
  meeting: 'Guild meeting',
  kudos: 'Kudos',
  retro: 'Retrospective',
  ask: 'Ask for help',
};

/** What an item's HTML is written with: links to teams and people, a date's midnight, a list. */
export type ItemParts = ReturnType<typeof itemParts>;

function itemParts(h: HandbookIndexes, ctx: FeedContext) {
  const teamName = (id: string) => h.team.get(id)?.data.name ?? id;
  const link = (route: string, text: string) => `<a href="${escapeHtml(ctx.url(route))}">${escapeHtml(text)}</a>`;
  return {
    teamName,
    link,
    teamLinks: (ids: readonly string[]) => ids.map((id) => link(routes.team(id), teamName(id))).join(', '),
    personLinks: (ids: readonly string[]) => ids.map((id) => link(routes.person(id), h.person.get(id)?.data.name ?? id)).join(', '),
    midnight: (date: string) => zonedTimeToInstant(date, '00:00', ctx.timeZone),
    list: (items: readonly string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    withContent,
  };
}

function build(h: HandbookIndexes, ctx: FeedContext) {
  const { teamName, link, teamLinks, personLinks, midnight, list } = itemParts(h, ctx);
  // The facts above the body; conditional parts that are empty leave no blank lines.
  const withBody = (collection: BodyCollection, entry: HandbookEntry<unknown>, pageUrl: string, head: string) =>
    portableHtml(head.replace(/\n{2,}/g, '\n').trim() + '\n' + ctx.bodyHtml(collection, entry), { pageUrl, base: ctx.base });
  const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  function adrItem(adr: HandbookEntry<Adr>): FeedItem {
    const { status, title, teams, consulted, deciders, supersedes, feedbackBy, tags, kind } = adr.data;
    // Once decided, what was decided is the item's text: a reader of the feed learns the outcome without opening the page.
    const decided = status === 'accepted' || status === 'rejected' ? adr.data.decision?.summary : undefined;
    const labelOf = (id: string) => adrLabel(id, h.adr.get(id)?.data.kind);
    const since = ctx.adrStatusDate(adr);
    const url = ctx.url(routes.adr(adr.id));
    const successors = h.supersededBy(adr.id);
    const head = `<p><strong>${escapeHtml(capitalize(statusLabel(status)))}</strong> since ${formatDate(since)} · owned by ${teamLinks(teams)}</p>
${decided ? `<p><strong>Decided:</strong> ${escapeHtml(decided)}</p>` : ''}
${status === 'proposed' && feedbackBy ? `<p>Open for feedback until <strong>${formatDate(feedbackBy)}</strong>.</p>` : ''}
${successors.length ? `<p>Superseded by ${successors.map((s) => link(routes.adr(s.id), `${labelOf(s.id)}: ${s.data.title}`)).join(', ')}.</p>` : ''}
${supersedes.length ? `<p>Supersedes ${supersedes.map((id) => link(routes.adr(id), labelOf(id))).join(', ')}.</p>` : ''}
${deciders.length ? `<p>Deciders: ${personLinks(deciders)}</p>` : ''}
${consulted.length ? `<p>Consulted: ${teamLinks(consulted)}</p>` : ''}`;
    return withContent(
      {
        kind: 'adr',
        guid: `${url}#${status}`,
        link: url,
        title: `${adrLabel(adr.id, kind)} ${statusLabel(status)}: ${title}`,
        pubDate: midnight(since),
        categories: [KIND_LABEL.adr, ...teams.map(teamName), ...tags],
        teams: [...new Set([...teams, ...consulted])],
        people: deciders,
        tags,
        description: decided ?? `${capitalize(statusLabel(status))} since ${formatDate(since)}, owned by ${teams.map(teamName).join(', ')}.`,
        source: { collection: 'adrs', entry: adr },
      },
      () => withBody('adrs', adr, url, head),
    );
  }

  function talkItem(talk: HandbookEntry<Talk>): FeedItem {
    const { title, date, speakers, team, series, durationMinutes, recording, slides, tags } = talk.data;
    const given = Date.parse(date) < ctx.now.getTime();
    const url = ctx.url(routes.talk(talk.id));
    // An announcement is dated by the commit that added it (never later than the talk).
    const announced = ctx.committedOn(talk) ?? ctx.today;
    const when = formatDateTime(date, ctx.timeZone);
    const head = `<p>${personLinks(speakers)} · ${teamLinks([team])}${series ? ` · ${escapeHtml(series)}` : ''}</p>
<p>${given ? 'Given' : 'Starts'} ${escapeHtml(when)} · ${durationMinutes} min</p>
${recording ? `<p><a href="${escapeHtml(recording)}">Watch the recording</a></p>` : given ? '' : '<p>The recording will be on the talk’s page afterwards.</p>'}
${slides ? `<p><a href="${escapeHtml(slides)}">Slides</a></p>` : ''}`;
    const pubDate = given ? new Date(date) : new Date(Math.min(midnight(announced).getTime(), Date.parse(date)));
    return withContent(
      {
        kind: 'talk',
        guid: `${url}#${given ? 'given' : 'announced'}`,
        link: url,
        title: given ? `Talk: ${title}` : `Upcoming talk: ${title} (${formatDate(todayIn(ctx.timeZone, new Date(date)))})`,
        pubDate,
        categories: [KIND_LABEL.talk, teamName(team), ...(series ? [series] : []), ...tags],
        teams: [team],
        people: speakers,
        tags,
        description: `${given ? 'Talk given' : 'Upcoming talk'} by ${speakers.map((s) => h.person.get(s)?.data.name ?? s).join(', ')} (${teamName(team)}), ${when}.`,
        source: { collection: 'talks', entry: talk },
      },
      () => withBody('talks', talk, url, head),
    );
  }

  function updateItem(update: HandbookEntry<Update>): FeedItem {
    const { team, date, shipped, next, lookingForInput } = update.data;
    const url = ctx.url(routes.update(update.id));
    const head = `<p>${teamLinks([team])} · week of ${formatDate(date)}</p>
<h2>Shipped</h2>${list(shipped)}
${next.length ? `<h2>Next</h2>${list(next)}` : ''}
${lookingForInput.length ? `<h2>Looking for input</h2>${list(lookingForInput)}` : ''}`;
    return withContent(
      {
        kind: 'update',
        guid: url,
        link: url,
        title: `${teamName(team)}: weekly update, ${formatDate(date)}`,
        pubDate: midnight(date),
        categories: [KIND_LABEL.update, teamName(team)],
        teams: [team],
        people: [],
        tags: [],
        description: `${teamName(team)} shipped ${shipped.length} ${shipped.length === 1 ? 'thing' : 'things'}.`,
        source: { collection: 'updates', entry: update },
      },
      () => withBody('updates', update, url, head),
    );
  }

  function digestItem(digest: Digest): FeedItem {
    const url = ctx.url(routes.digest(digest.week.id));
    return withContent(
      {
        kind: 'digest',
        guid: url,
        link: url,
        title: `Engineering digest: ${digestTitle(digest)}`,
        pubDate: midnight(digest.week.friday),
        categories: [KIND_LABEL.digest, ...digest.teams.map((t) => t.teamName)],
        // Org-wide: not part of any team's feed.
        teams: [],
        people: [],
        tags: [],
        description: `What ${digest.totals.teams} teams shipped, decided and presented in week ${digest.week.week} of ${digest.week.year}.`,
      },
      () => portableHtml(ctx.digestHtml(digest), { pageUrl: url, base: ctx.base }),
    );
  }

  return { adrItem, talkItem, updateItem, digestItem };
}

/** Every item of every feed, newest first: one per ADR, talk, update, program and guild meeting. Only published digests (their Friday has come) are items. */
export function feedItems(h: HandbookIndexes, digests: readonly Digest[], ctx: FeedContext): FeedItem[] {
  const make = build(h, ctx);
  return [
    ...h.adrs.map(make.adrItem),
    ...h.talks.map(make.talkItem),
    ...h.updates.map(make.updateItem),
    ...programFeedItems(h, ctx, itemParts(h, ctx)),
    ...meetingFeedItems(h, ctx, itemParts(h, ctx)),
    ...kudosFeedItems(h, ctx, itemParts(h, ctx)),
    ...retroAskFeedItems(h, ctx, itemParts(h, ctx)),
    ...digests.filter((d) => d.published).map(make.digestItem),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.guid.localeCompare(b.guid));
}
