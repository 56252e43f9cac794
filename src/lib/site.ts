/** The site's main sections, in navigation order. */
import { routes } from './routes.ts';

export const NAV = [
  { label: 'Teams', route: routes.teams() },
  { label: 'People', route: routes.people() },
  { label: 'Decisions', route: routes.adrs() },
  { label: 'Talks', route: routes.talks() },
  { label: 'Guilds', route: routes.guilds() },
  { label: 'Dependencies', route: routes.dependencies() },
  { label: 'Digest', route: routes.digests() },
  { label: 'Updates', route: routes.updates() },
] as const;
