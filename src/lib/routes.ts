/**
 * Every page's path, and every URL built from one, in one place. Paths are relative
 * to the site's base; `withBase` adds it, so the site works under `/` and under
 * `/handbook/` alike, and `absoluteUrl` adds the site's origin too, for what is read
 * away from the site (feeds, digest emails, calendars, reports).
 */
export const routes = {
  home: () => '',
  teams: () => 'teams/',
  team: (id: string) => `teams/${id}/`,
  people: () => 'people/',
  person: (id: string) => `people/${id}/`,
  adrs: () => 'adrs/',
  adr: (id: string) => `adrs/${id}/`,
  adrFilter: (kind: 'status' | 'team' | 'tag' | 'kind', value: string) => `adrs/${kind}/${value}/`,
  talks: () => 'talks/',
  talk: (id: string) => `talks/${id}/`,
  guilds: () => 'guilds/',
  guild: (id: string) => `guilds/${id}/`,
  dependencies: () => 'dependencies/',
  dependencyReview: () => 'dependencies/review/',
  dependency: (id: string) => `dependencies/${id}/`,
  updates: () => 'updates/',
  update: (id: string) => `updates/${id}/`,
  /** Rotations, mentorships and pair sessions together: now, next and past. */
  programs: () => 'programs/',
  /** The same, for the programs a team takes part in. */
  programsOfTeam: (teamId: string) => `programs/team/${teamId}/`,
  rotations: () => 'programs/rotations/',
  rotation: (id: string) => `programs/rotations/${id}/`,
  mentorships: () => 'programs/mentorships/',
  mentorship: (id: string) => `programs/mentorships/${id}/`,
  pairings: () => 'programs/pairings/',
  pairing: (id: string) => `programs/pairings/${id}/`,
  digests: () => 'digest/',
  /** A week's digest, `2026-w47`. */
  digest: (week: string) => `digest/${week}/`,
  /** The same digest as a standalone HTML email. */
  digestEmail: (week: string) => `digest/${week}/email.html`,
  /** Every open request for input, from team pages and weekly updates. */
  input: () => 'input/',
  subscribe: () => 'subscribe/',
  search: () => 'search/',
  /** A diagram at its natural size, to pan and zoom with the browser's own gestures; `key` is its cache key. */
  diagram: (key: string) => `diagrams/${key}/`,
  /** Pagefind's script, written next to its index by the build. */
  searchScript: () => 'pagefind/pagefind.js',
  /** Everything that changed, newest first. */
  feed: () => 'rss.xml',
  /** One section's feed, in the folder of its index page: `adrs/rss.xml`, `digest/rss.xml`, `programs/rotations/rss.xml`, … */
  collectionFeed: (section: string) => `${section}/rss.xml`,
  teamFeed: (id: string) => `teams/${id}/rss.xml`,
  calendar: () => 'calendar.ics',
  teamCalendar: (id: string) => `teams/${id}/calendar.ics`,
  sitemap: () => 'sitemap-index.xml',
} as const;

/** The base path as configured (`/handbook` or `/handbook/`), ending in `/`: what every route is appended to. */
export function basePath(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Prefix a route with the site's base path (`/` or `/handbook/`). */
export function withBase(base: string, route: string): string {
  return `${basePath(base)}${route.replace(/^\//, '')}`;
}

/** An absolute URL for a route (`adrs/0001-x/`) under the site's origin and base path. */
export function absoluteUrl(site: string, base: string, route: string): string {
  return new URL(withBase(base, route), site).href;
}

/** The route of a page from its path (`/handbook/teams/` → `teams/`), the inverse of `withBase`. */
export function routeOfPath(base: string, pathname: string): string {
  return pathname.slice(basePath(base).length);
}

/** Link that opens a file in the repository's web editor, ready for a pull request. */
export function editUrl(repository: string, branch: string, filePath: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${filePath.replace(/^\.\//, '')}`;
}
