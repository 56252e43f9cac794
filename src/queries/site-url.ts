/** Absolute URLs, for what is read outside the site: feeds, calendars, digest emails. */
import { config } from '../config.ts';
import { absoluteUrl } from '../lib/routes.ts';

/** Absolute URL of a route, under the configured site and base path. */
export function siteUrl(route: string): string {
  return absoluteUrl(config.site, config.base, route);
}
