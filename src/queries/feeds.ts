/**
 * The RSS feeds, each built once per build from the shared indexes. The logic is in
 * src/lib/feeds and src/lib/digest; this file only feeds it what a build knows: the
 * configuration, the clock, Git dates and the rendered bodies of entries.
 */
import { config } from '../config.ts';
import { timed } from '../lib/build-profile.ts';
import { digestFeedHtml } from '../lib/digest/html.ts';
import { feedCatalog, selectFeedItems, type FeedCatalog, type FeedDefinition } from '../lib/feeds/catalog.ts';
import { feedItems, type FeedItem } from '../lib/feeds/items.ts';
import { renderRss } from '../lib/feeds/rss.ts';
import type { HandbookIndexes } from '../lib/handbook/indexes.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
import { routes } from '../lib/routes.ts';
import { now, today } from './clock.ts';
import { adrStatusDates, digestHtmlContext, digests } from './digests.ts';
import { handbook } from './handbook.ts';
import { committedOn } from './last-updated.ts';
import { bodyHtml } from './render.ts';
import { siteUrl } from './site-url.ts';

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
        if (html === undefined)
          throw new Error(`${entry.filePath ?? entry.id}: its feed item was read before its body was rendered — call prepareBodies() first`);
        return html;
      },
      adrStatusDate: adrStatusDates(h),
      committedOn,
      digestHtml: (digest) => digestFeedHtml(digest, digestContext),
      now,
      today,
      timeZone: config.defaultTimezone,
    });
  })();
  return items;
}

/** Every tag of a decision or talk, alphabetically, with the page listing its entries: the ADR index filtered by it, else the talks. */
function tagsInUse(h: HandbookIndexes): { tag: string; pageRoute: string }[] {
  const adrTags = new Set(h.adrs.flatMap((adr) => adr.data.tags));
  const talkTags = new Set(h.talks.flatMap((talk) => talk.data.tags));
  const all = new Set([...adrTags, ...talkTags, ...h.asks.flatMap((ask) => ask.data.tags)]);
  return [...all]
    .sort()
    .map((tag) => ({ tag, pageRoute: adrTags.has(tag) ? routes.adrFilter('tag', tag) : talkTags.has(tag) ? routes.talks() : routes.tag(tag) }));
}

let catalog: Promise<FeedCatalog> | undefined;

/**
 * Every feed the handbook publishes. A tag, guild or person feed with nothing to carry
 * yet (someone who has not decided, presented or joined a program) is not published:
 * their page offers it once it has an item.
 */
export function feeds(): Promise<FeedCatalog> {
  catalog ??= Promise.all([handbook(), allFeedItems()]).then(([h, items]) => {
    const full = feedCatalog(
      config.orgName,
      h.teams.map((t) => ({ id: t.id, name: t.data.name })),
      {
        tags: tagsInUse(h),
        guilds: h.guilds.map((g) => ({ id: g.id, name: g.data.name, members: g.data.members })),
        people: h.people.map((p) => ({ id: p.id, name: p.data.name })),
      },
    );
    const carrying = (list: FeedDefinition[]) => list.filter((feed) => items.some(feed.select));
    return { ...full, tags: carrying(full.tags), guilds: carrying(full.guilds), people: carrying(full.people) };
  });
  return catalog;
}

/** A feed of the catalog as an RSS response. */
export function feedResponse(pick: (catalog: FeedCatalog) => FeedDefinition | undefined): Promise<Response> {
  return timed('feeds (RSS, bodies rendered once)', () => buildFeedResponse(pick));
}

async function buildFeedResponse(pick: (catalog: FeedCatalog) => FeedDefinition | undefined): Promise<Response> {
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
