/**
 * Every feed the handbook publishes, in one list: the subscribe page shows it, the
 * endpoints render it, the layout's autodiscovery links pick from it, and the tests
 * check the build against it.
 */
import { COLLECTION_NAMES, COLLECTIONS, DIGEST } from '../collections.ts';
import { routes } from '../routes.ts';
import { audienceFeeds } from './audience-feeds.ts';
import type { FeedItem } from './items.ts';

export interface FeedDefinition {
  /** `all`, `adrs`, `talks`, `updates`, `digest`, `team:<id>`, `tag:<tag>`, `guild:<id>` or `person:<id>`. */
  id: string;
  /** Route of the feed file. */
  route: string;
  /** Route of the HTML page the feed follows (its channel link). */
  pageRoute: string;
  /** Short name on the subscribe page: "Decisions", "Backend Platform". */
  name: string;
  title: string;
  description: string;
  /** Which items the feed carries. */
  select: (item: FeedItem) => boolean;
}

export interface FeedCatalog {
  all: FeedDefinition;
  collections: FeedDefinition[];
  teams: FeedDefinition[];
  tags: FeedDefinition[];
  guilds: FeedDefinition[];
  people: FeedDefinition[];
}

/** What the per-tag, per-guild and per-person feeds are made from (see ./audience-feeds.ts). */
export interface AudienceSources {
  /** Every tag in use, with the page that lists its entries (the ADR index filtered by it, or the talks). */
  tags?: readonly { tag: string; pageRoute: string }[];
  guilds?: readonly { id: string; name: string; members: readonly string[] }[];
  people?: readonly { id: string; name: string }[];
}

/** The collections with a feed of their own, and the digest, from the registry. */
const COLLECTION_FEEDS = [
  ...COLLECTION_NAMES.flatMap((id) => {
    const { feed, route } = COLLECTIONS[id];
    return feed ? [{ id, ...feed, page: route.index() }] : [];
  }),
  { id: 'digest' as const, ...DIGEST.feed, page: DIGEST.route.index() },
];

export function feedCatalog(orgName: string, teams: readonly { id: string; name: string }[], sources: AudienceSources = {}): FeedCatalog {
  return {
    all: {
      id: 'all',
      route: routes.feed(),
      pageRoute: routes.home(),
      name: 'Everything',
      title: `${orgName} handbook: everything`,
      description: `Everything that changed in the ${orgName} engineering handbook: decisions, talks, weekly updates, cross-team programs and digests, newest first.`,
      // A guild's meetings are for its own feed (see ./meeting-items.ts).
      select: (item) => item.kind !== 'meeting',
    },
    collections: COLLECTION_FEEDS.map((c) => ({
      id: c.id,
      // Beside the section's index page: `adrs/rss.xml`, `programs/rotations/rss.xml`.
      route: routes.collectionFeed(c.page.replace(/\/$/, '')),
      pageRoute: c.page,
      name: c.name,
      title: `${orgName} handbook: ${c.name.toLowerCase()}`,
      description: c.description,
      select: (item: FeedItem) => item.kind === c.kind,
    })),
    teams: teams.map((team) => ({
      id: `team:${team.id}`,
      route: routes.teamFeed(team.id),
      pageRoute: routes.team(team.id),
      name: team.name,
      title: `${orgName} handbook: ${team.name}`,
      description: `Everything about ${team.name}: its decisions (owned or consulted on), talks, weekly updates, and the rotations, mentorships and pair sessions it takes part in.`,
      select: (item: FeedItem) => item.teams.includes(team.id),
    })),
    ...audienceFeeds(orgName, sources),
  };
}

/**
 * How many items a feed carries, newest first. Readers poll feeds every hour or so and
 * keep what they have seen, so older items only make every poll heavier (a handbook of
 * thousands of entries would otherwise publish feeds of many megabytes).
 */
export const FEED_ITEM_LIMIT = 100;

/** The items of one feed, newest first (`items` are), at most `limit`. */
export function selectFeedItems(items: readonly FeedItem[], feed: FeedDefinition, limit = FEED_ITEM_LIMIT): FeedItem[] {
  const selected: FeedItem[] = [];
  for (const item of items) {
    if (selected.length >= limit) break;
    if (feed.select(item)) selected.push(item);
  }
  return selected;
}

export function allFeeds(catalog: FeedCatalog): FeedDefinition[] {
  return [catalog.all, ...catalog.collections, ...catalog.teams, ...catalog.tags, ...catalog.guilds, ...catalog.people];
}

/**
 * The feeds a page advertises for autodiscovery: everything, and the feed of the section
 * the page is in (a team page offers that team's feed), and the page's own feed (a
 * guild's, a person's, the ADR index filtered by a tag). `route` is relative to the base.
 */
export function feedsForRoute(route: string, catalog: FeedCatalog): FeedDefinition[] {
  const path = route.replace(/^\//, '');
  const section = catalog.collections.find((feed) => feed.pageRoute !== '' && path.startsWith(feed.pageRoute));
  const team = catalog.teams.find((feed) => path.startsWith(feed.pageRoute));
  const own =
    [...catalog.guilds, ...catalog.people].find((feed) => feed.pageRoute === path) ??
    catalog.tags.find((feed) => routes.adrFilter('tag', feed.id.slice('tag:'.length)) === path);
  return [catalog.all, ...(section ? [section] : []), ...(team ? [team] : []), ...(own ? [own] : [])];
}
