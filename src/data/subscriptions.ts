/**
 * Feeds, digests and calendars for pages and endpoints, each built once per build from
 * the shared indexes (see handbook.ts). The logic is in src/lib/digest, src/lib/feeds
 * and src/lib/calendar; this file only feeds it what a build knows: the configuration,
 * the clock, Git dates and the rendered bodies of entries.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { mdxComponents } from '../components/mdx/index.ts';
import { config } from '../config.ts';
import { adrStatusDate } from '../lib/adr-status-date.ts';
import { abstractOf, buildCalendar } from '../lib/calendar/calendar.ts';
import { buildDigests, type Digest } from '../lib/digest/assemble.ts';
import { digestFeedHtml, type DigestHtmlContext } from '../lib/digest/html.ts';
import { feedCatalog, selectFeedItems, type FeedCatalog, type FeedDefinition } from '../lib/feeds/catalog.ts';
import { absoluteUrl } from '../lib/feeds/html.ts';
import { feedItems, type FeedItem } from '../lib/feeds/items.ts';
import { renderRss } from '../lib/feeds/rss.ts';
import type { HandbookIndexes } from '../lib/handbook/indexes.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
import { routes } from '../lib/routes.ts';
import { todayIn } from '../lib/time/today.ts';
import type { Adr } from '../schemas/index.ts';
import { handbook, lastUpdated, today } from './handbook.ts';

/** The build's moment: talks before it were given. */
export const now = new Date();

/** Absolute URL of a route, under the configured site and base path. */
export function siteUrl(route: string): string {
  return absoluteUrl(config.site, config.base, route);
}

/** The calendar date (handbook time zone) of an entry's last commit, if it is committed. */
export function committedOn(entry: HandbookEntry<unknown>): string | undefined {
  const iso = lastUpdated(entry);
  return iso ? todayIn(config.defaultTimezone, new Date(iso)) : undefined;
}

function statusDates(h: HandbookIndexes) {
  const dates = new Map(h.adrs.map((adr) => [adr.id, adrStatusDate(adr, h.supersededBy(adr.id), committedOn(adr)).date]));
  return (adr: HandbookEntry<Adr>) => dates.get(adr.id) ?? adr.data.date;
}

let digestList: Promise<Digest[]> | undefined;

/** Every digest week up to the current one, newest first. */
export function digests(): Promise<Digest[]> {
  digestList ??= handbook().then((h) =>
    buildDigests(h, { today, now, timeZone: config.defaultTimezone, adrStatusDate: statusDates(h) }),
  );
  return digestList;
}

/** Links and names for rendering a digest outside the site. */
export function digestHtmlContext(h: HandbookIndexes): DigestHtmlContext {
  return {
    links: {
      team: (id) => siteUrl(routes.team(id)),
      adr: (id) => siteUrl(routes.adr(id)),
      talk: (id) => siteUrl(routes.talk(id)),
      update: (id) => siteUrl(routes.update(id)),
      dependency: (id) => siteUrl(routes.dependency(id)),
      digest: (week) => siteUrl(routes.digest(week)),
    },
    teamName: (id) => h.team.get(id)?.data.name ?? id,
    personName: (id) => h.person.get(id)?.data.name ?? id,
    timeZone: config.defaultTimezone,
  };
}

let container: Promise<AstroContainer> | undefined;

/**
 * An entry's body as HTML. Markdown entries carry it from the content layer; MDX (and
 * Markdown with optimized images, whose HTML holds placeholders until rendered) goes
 * through Astro's container renderer.
 */
async function bodyHtml(entry: HandbookEntry<unknown>): Promise<string> {
  const rendered = (entry as { rendered?: { html?: string } }).rendered?.html;
  if (rendered !== undefined && !rendered.includes('__ASTRO_IMAGE_')) return rendered;
  if (!entry.body?.trim()) return '';
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry as CollectionEntry<'adrs'>);
  return (await container).renderToString(Content, { props: { components: mdxComponents } });
}

const bodies = new Map<HandbookEntry<unknown>, string>();
const rendering = new Map<HandbookEntry<unknown>, Promise<void>>();

/** Renders the bodies behind these items (once each), so their content can be read. */
async function prepareBodies(selected: readonly FeedItem[]): Promise<void> {
  await Promise.all(
    selected.map(({ source }) => {
      if (!source) return undefined;
      let done = rendering.get(source.entry);
      if (!done) {
        done = bodyHtml(source.entry).then((html) => void bodies.set(source.entry, html));
        rendering.set(source.entry, done);
      }
      return done;
    }),
  );
}

let items: Promise<FeedItem[]> | undefined;

/** Every feed item, newest first; each feed selects from these. */
export function allFeedItems(): Promise<FeedItem[]> {
  items ??= (async () => {
    const [h, weeks] = await Promise.all([handbook(), digests()]);
    const digestContext = digestHtmlContext(h);
    return feedItems(h, weeks, {
      url: siteUrl,
      base: config.base,
      bodyHtml: (_collection, entry) => {
        const html = bodies.get(entry);
        if (html === undefined) throw new Error(`${entry.filePath ?? entry.id}: its feed item was read before its body was rendered — call prepareBodies() first`);
        return html;
      },
      adrStatusDate: statusDates(h),
      committedOn,
      digestHtml: (digest) => digestFeedHtml(digest, digestContext),
      now,
      today,
      timeZone: config.defaultTimezone,
    });
  })();
  return items;
}

let catalog: Promise<FeedCatalog> | undefined;

/** Every feed the handbook publishes. */
export function feeds(): Promise<FeedCatalog> {
  catalog ??= handbook().then((h) => feedCatalog(config.orgName, h.teams.map((t) => ({ id: t.id, name: t.data.name }))));
  return catalog;
}

/** The calendar of office hours and talks: the whole organization's, or one team's. */
export async function calendarIcs(teamId?: string): Promise<string> {
  const h = await handbook();
  const teams = teamId ? h.teams.filter((t) => t.id === teamId) : h.teams;
  const talks = teamId ? h.talksOf(teamId) : h.talks;
  const team = teams[0];
  const included = [...teams, ...talks] as HandbookEntry<unknown>[];
  // The newest commit among what the calendar shows: unchanged content, unchanged file.
  const stamp = included.map(lastUpdated).filter((date) => date !== undefined).sort().at(-1) ?? `${today}T00:00:00Z`;
  return buildCalendar(
    {
      name: teamId && team ? `${team.data.name}: office hours and talks` : `${config.orgName}: office hours and talks`,
      description: teamId && team ? `Office hours and tech talks of ${team.data.name}.` : `Every team's office hours and every tech talk at ${config.orgName}.`,
      pageUrl: siteUrl(teamId ? routes.team(teamId) : routes.subscribe()),
      uidDomain: new URL(config.site).host,
      stamp: new Date(stamp),
      untilYear: Number(today.slice(0, 4)) + 2,
    },
    teams.flatMap((t) =>
      t.data.officeHours ? [{ teamId: t.id, teamName: t.data.name, hours: t.data.officeHours, pageUrl: siteUrl(routes.team(t.id)) }] : [],
    ),
    talks.map((talk) => ({
      talkId: talk.id,
      talk: talk.data,
      teamName: h.team.get(talk.data.team)?.data.name ?? talk.data.team,
      speakerNames: talk.data.speakers.map((id) => h.person.get(id)?.data.name ?? id),
      pageUrl: siteUrl(routes.talk(talk.id)),
      abstract: abstractOf(talk.body),
    })),
  );
}

/** A feed of the catalog as an RSS response. */
export async function feedResponse(pick: (catalog: FeedCatalog) => FeedDefinition | undefined): Promise<Response> {
  const definition = pick(await feeds());
  if (!definition) throw new Error('feedResponse: no such feed in the catalog (src/lib/feeds/catalog.ts)');
  const selected = selectFeedItems(await allFeedItems(), definition);
  await prepareBodies(selected);
  const xml = await renderRss(
    { title: definition.title, description: definition.description, pageUrl: siteUrl(definition.pageRoute), selfUrl: siteUrl(definition.route) },
    selected,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
