/** Base-aware links for pages and components. */
import { routes, withBase } from '../lib/routes.ts';

export { routes };

/** A route (see lib/routes.ts) as an absolute path under the site's base. */
export function href(route: string): string {
  return withBase(import.meta.env.BASE_URL, route);
}
