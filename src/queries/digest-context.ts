/**
 * How a digest is built and rendered, without Astro: the options of the digest model
 * and the links and names of its renderings. Shared by the pages (./digests.ts) and by
 * `npm run send:digest` / `send:chat`, which build the handbook outside Astro.
 */
import { config } from '../config.ts';
import { adrStatusDate } from '../lib/adr-status-date.ts';
import { isolatedTeams } from '../lib/connections/isolation.ts';
import { connectionMap } from '../lib/connections/map.ts';
import type { DigestOptions } from '../lib/digest/assemble.ts';
import type { DigestEmailContext } from '../lib/digest/html.ts';
import type { DigestHtmlContext } from '../lib/digest/render.ts';
import type { HandbookIndexes } from '../lib/handbook/indexes.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
import type { RelatedWork } from '../lib/related/work.ts';
import { routes } from '../lib/routes.ts';
import type { Adr } from '../schemas/index.ts';
import { committedOn } from './last-updated.ts';
import { siteUrl } from './site-url.ts';

/** When each ADR reached its current status: from its file's history when it is committed. */
export function adrStatusDates(h: HandbookIndexes) {
  const dates = new Map(h.adrs.map((adr) => [adr.id, adrStatusDate(adr, h.supersededBy(adr.id), committedOn(adr)).date]));
  return (adr: HandbookEntry<Adr>) => dates.get(adr.id) ?? adr.data.date;
}

/** Most pairs of "Possible overlap" in one digest, best first: a digest is a five-minute read. */
const MAX_OVERLAPS = 8;

/** The digest model's options for a build (or a send) at `clock`, with the related work across teams found in the same handbook. */
export function digestOptions(h: HandbookIndexes, clock: { today: string; now: Date }, related: RelatedWork): DigestOptions {
  return {
    today: clock.today,
    now: clock.now,
    timeZone: config.defaultTimezone,
    adrStatusDate: adrStatusDates(h),
    possibleOverlaps: (week) => related.newBetween(week.monday, week.sunday).slice(0, MAX_OVERLAPS),
    isolatedOn: (day) => isolatedTeams(connectionMap(h, day)),
  };
}

/**
 * Links and names for rendering a digest: absolute links for the email and the feed,
 * or, for the site's own page, its `href` (under the base path) and people linked to
 * their pages.
 */
export function digestHtmlContext(h: HandbookIndexes, page?: { href: (route: string) => string }): DigestHtmlContext {
  const url = page?.href ?? siteUrl;
  return {
    links: {
      team: (id) => url(routes.team(id)),
      adr: (id) => url(routes.adr(id)),
      talk: (id) => url(routes.talk(id)),
      update: (id) => url(routes.update(id)),
      dependency: (id) => url(routes.dependency(id)),
      digest: (week) => url(routes.digest(week)),
      program: (route) => url(route),
      retro: (id) => url(routes.retro(id)),
      ask: (id) => url(routes.ask(id)),
      page: (route) => url(route),
      ...(page ? { person: (id: string) => url(routes.person(id)) } : {}),
    },
    teamName: (id) => h.team.get(id)?.data.name,
    personName: (id) => h.person.get(id)?.data.name,
    timeZone: config.defaultTimezone,
  };
}

/** The same for the email, with the links of its footer. */
export function digestEmailContext(h: HandbookIndexes): DigestEmailContext {
  return {
    ...digestHtmlContext(h),
    orgName: config.orgName,
    indexUrl: siteUrl(routes.digests()),
    subscribeUrl: siteUrl(routes.subscribe()),
  };
}
