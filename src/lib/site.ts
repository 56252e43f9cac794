/** The site's main sections, in navigation order, from the collection registry. */
import { COLLECTIONS, DIGEST, PROGRAMS } from './collections.ts';

export const NAV: readonly { label: string; route: string }[] = [...Object.values(COLLECTIONS), DIGEST, PROGRAMS]
  .flatMap((section) => (section.nav ? [{ ...section.nav, route: section.route.index() }] : []))
  .sort((a, b) => a.order - b.order)
  .map(({ label, route }) => ({ label, route }));
