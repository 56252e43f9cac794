/** The weekly digests for pages, emails and the digest feed, built once per build. */
import { config } from '../config.ts';
import { adrStatusDate } from '../lib/adr-status-date.ts';
import { buildDigests, type Digest } from '../lib/digest/assemble.ts';
import type { DigestHtmlContext } from '../lib/digest/render.ts';
import type { HandbookIndexes } from '../lib/handbook/indexes.ts';
import type { Handbook, HandbookEntry } from '../lib/handbook/types.ts';
import { isolatedTeams } from '../lib/connections/isolation.ts';
import { connectionMap } from '../lib/connections/map.ts';
import { routes } from '../lib/routes.ts';
import type { Adr } from '../schemas/index.ts';
import { now, today } from './clock.ts';
import { handbook } from './handbook.ts';
import { committedOn } from './last-updated.ts';
import { siteUrl } from './site-url.ts';

/** When each ADR reached its current status: from its file's history when it is committed. */
export function adrStatusDates(h: HandbookIndexes) {
  const dates = new Map(h.adrs.map((adr) => [adr.id, adrStatusDate(adr, h.supersededBy(adr.id), committedOn(adr)).date]));
  return (adr: HandbookEntry<Adr>) => dates.get(adr.id) ?? adr.data.date;
}

let digestList: Promise<Digest[]> | undefined;

/** Every digest week up to the current one, newest first. */
export function digests(): Promise<Digest[]> {
  digestList ??= handbook().then((h) =>
    buildDigests(h, {
      today,
      now,
      timeZone: config.defaultTimezone,
      adrStatusDate: adrStatusDates(h),
      isolatedOn: (day) => isolatedTeams(connectionMap(h as unknown as Handbook, day)),
    }),
  );
  return digestList;
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
      ...(page ? { person: (id: string) => url(routes.person(id)) } : {}),
    },
    teamName: (id) => h.team.get(id)?.data.name,
    personName: (id) => h.person.get(id)?.data.name,
    timeZone: config.defaultTimezone,
  };
}
