/** The weekly digests for pages, emails and the digest feed, built once per build. */
import { config } from '../config.ts';
import { adrStatusDate } from '../lib/adr-status-date.ts';
import { buildDigests, type Digest } from '../lib/digest/assemble.ts';
import type { DigestHtmlContext } from '../lib/digest/html.ts';
import type { HandbookIndexes } from '../lib/handbook/indexes.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
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
    buildDigests(h, { today, now, timeZone: config.defaultTimezone, adrStatusDate: adrStatusDates(h) }),
  );
  return digestList;
}

/** Links and names for rendering a digest outside the site. */
export function digestHtmlContext(h: HandbookIndexes): DigestHtmlContext {
  return {
    links: {
      team: (id) => siteUrl(routes.team(id)),
      adr: (id) => siteUrl(routes.adr(id)),
      talk: (id) => siteUrl(routes.talk(id)),
      update: (id) => siteUrl(routes.update(id)),
      dependency: (id) => siteUrl(routes.dependency(id)),
      digest: (week) => siteUrl(routes.digest(week)),
    },
    teamName: (id) => h.team.get(id)?.data.name ?? id,
    personName: (id) => h.person.get(id)?.data.name ?? id,
    timeZone: config.defaultTimezone,
  };
}
