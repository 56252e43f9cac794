/**
 * Every page's path, in one place. Paths are relative to the site's base;
 * `withBase` adds it, so the site works under `/` and under `/handbook/` alike.
 */
export const routes = {
  home: () => '',
  teams: () => 'teams/',
  team: (id: string) => `teams/${id}/`,
  people: () => 'people/',
  person: (id: string) => `people/${id}/`,
  adrs: () => 'adrs/',
  adr: (id: string) => `adrs/${id}/`,
  adrFilter: (kind: 'status' | 'team' | 'tag', value: string) => `adrs/${kind}/${value}/`,
  talks: () => 'talks/',
  talk: (id: string) => `talks/${id}/`,
  guilds: () => 'guilds/',
  guild: (id: string) => `guilds/${id}/`,
  dependencies: () => 'dependencies/',
  dependency: (id: string) => `dependencies/${id}/`,
  updates: () => 'updates/',
  update: (id: string) => `updates/${id}/`,
  digests: () => 'digest/',
  /** A week's digest, `2026-w47`. */
  digest: (week: string) => `digest/${week}/`,
  /** The same digest as a standalone HTML email. */
  digestEmail: (week: string) => `digest/${week}/email.html`,
  subscribe: () => 'subscribe/',
  /** Everything that changed, newest first. */
  feed: () => 'rss.xml',
  /** One collection's feed: `adrs/rss.xml`, `digest/rss.xml`, … */
  collectionFeed: (collection: string) => `${collection}/rss.xml`,
  teamFeed: (id: string) => `teams/${id}/rss.xml`,
  calendar: () => 'calendar.ics',
  teamCalendar: (id: string) => `teams/${id}/calendar.ics`,
  sitemap: () => 'sitemap-index.xml',
} as const;

/** Prefix a route with the site's base path (`/` or `/handbook/`). */
export function withBase(base: string, route: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${route.replace(/^\//, '')}`;
}

/** Link that opens a file in the repository's web editor, ready for a pull request. */
export function editUrl(repository: string, branch: string, filePath: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${filePath.replace(/^\.\//, '')}`;
}
