/** The site's main sections, in navigation order, from the collection registry. */
import { COLLECTIONS, DIGEST, PROGRAMS } from './collections.ts';
import { routes } from './routes.ts';

export const NAV: readonly { label: string; route: string }[] = [...Object.values(COLLECTIONS), DIGEST, PROGRAMS]
  .flatMap((section) => (section.nav ? [{ ...section.nav, route: section.route.index() }] : []))
  .sort((a, b) => a.order - b.order)
  .map(({ label, route }) => ({ label, route }));

/**
 * Pages with no slot in the main row (it is full at 1280 px), grouped as a reader looks for
 * them: behind "More" on wide screens, under the main sections in the phone menu.
 */
export const MORE_NAV: readonly { heading: string; links: readonly { label: string; route: string }[] }[] = [
  {
    heading: 'Help and learning',
    links: [
      { label: 'Asks for help', route: routes.asks() },
      { label: 'Retrospectives', route: routes.retros() },
      { label: 'Topics', route: routes.tags() },
    ],
  },
  {
    heading: 'Across teams',
    links: [
      { label: 'Connections', route: routes.connections() },
      { label: 'Health', route: routes.health() },
      { label: 'Dependency review', route: routes.dependencyReview() },
    ],
  },
  {
    heading: 'Thanks',
    links: [
      { label: 'Kudos', route: routes.kudos() },
      { label: 'Awards', route: routes.awards() },
    ],
  },
  { heading: 'Follow', links: [{ label: 'Feeds and calendars', route: routes.subscribe() }] },
];
