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
  /** Every dependency of a team, both ways: its team page lists the most urgent. */
  teamDependencies: (id: string) => `teams/${id}/dependencies/`,
  /** Every match of a team's work with other teams' work: its team page lists the best few. */
  teamRelated: (id: string) => `teams/${id}/related/`,
  /** What involves a team this week: an HTML fragment the home page fetches when a reader chooses their team (outside teams/, which search indexes). */
  teamFocus: (id: string) => `for-you/${id}/`,
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
  /** Thanks across teams: months newest first, and the quarter's award. */
  kudos: () => 'kudos/',
  /** One month's kudos, `2026-11`, to read out at the all-hands. */
  kudosMonth: (month: string) => `kudos/${month}/`,
  /** One kudos, on its month's page (its id starts with its date). */
  kudosEntry: (id: string) => `kudos/${id.slice(0, 7)}/#${id}`,
  /** Every thanks a team received and gave. */
  kudosOfTeam: (teamId: string) => `kudos/team/${teamId}/`,
  awards: () => 'awards/',
  award: (id: string) => `awards/${id}/`,
  /** Cross-team retrospectives, newest first. */
  retros: () => 'retros/',
  retro: (id: string) => `retros/${id}/`,
  /** Asks for help: open first, then helped, then solved with their answers. */
  asks: () => 'asks/',
  ask: (id: string) => `asks/${id}/`,
  /** Links between every pair of teams: the matrix, the map of the strongest links, the isolated teams. */
  connections: () => 'connections/',
  /** The same matrix with its rows in another order: `most`, `fewest`, `with-mobile`. */
  connectionsSorted: (order: string) => `connections/sort/${order}/`,
  /** One quarter's signals from code repositories, on the connections page (`2026-q4`). */
  connectionsQuarter: (id: string) => `connections/#${id}`,
  /** The handbook's measures of itself, per quarter. */
  health: () => 'health/',
  /** One quarter's pulse survey, on the health page (`2026-q4`). */
  healthQuarter: (id: string) => `health/#${id}`,
  /** The connection map and the health measures as JSON, for other tools (schemas in `schemas/`). */
  connectionsData: () => 'data/connections.json',
  healthData: () => 'data/health.json',
  digests: () => 'digest/',
  /** A week's digest, `2026-w47`. */
  digest: (week: string) => `digest/${week}/`,
  /** The same digest as a standalone HTML email. */
  digestEmail: (week: string) => `digest/${week}/email.html`,
  /** Every open request for input, from team pages and weekly updates. */
  input: () => 'input/',
  subscribe: () => 'subscribe/',
  /** Every person's feed, by team: too many for the subscribe page itself. */
  subscribePeople: () => 'subscribe/people/',
  /** Every tag in use, with counts. */
  tags: () => 'tags/',
  /** Everything with a tag, across collections, and the people who know it. */
  tag: (tag: string) => `tags/${tag}/`,
  /** Derived data as JSON, for other tools: `data/related-work.json`, `data/experts.json`. */
  data: (name: 'related-work' | 'experts') => `data/${name}.json`,
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
  tagFeed: (tag: string) => `tags/${tag}/rss.xml`,
  guildFeed: (id: string) => `guilds/${id}/rss.xml`,
  personFeed: (id: string) => `people/${id}/rss.xml`,
  calendar: () => 'calendar.ics',
  teamCalendar: (id: string) => `teams/${id}/calendar.ics`,
  sitemap: () => 'sitemap-index.xml',
} as const;

/**
 * Page `number` of a listing whose first page is `route`: the first page keeps the
 * listing's own route (`adrs/`), later ones are under it (`adrs/page/2/`).
 */
export function pagedRoute(route: string, number: number): string {
  return number === 1 ? route : `${route}page/${number}/`;
}

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
