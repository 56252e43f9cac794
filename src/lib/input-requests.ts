/**
 * Where teams want input from others, and where to give it. A team asks on its page
 * (`lookingForInput`, open until its `until` date, or until the page drops it) and in
 * its weekly updates (open for two weeks after the update). The same request often
 * appears in both, worded a little differently; it is listed once.
 */
import type { Adr, Team } from '../schemas/index.ts';
import type { HandbookIndexes } from './handbook/indexes.ts';
import type { HandbookEntry } from './handbook/types.ts';
import { addDays } from './time/dates.ts';

/** How many days after its update a request from a weekly update stays open. */
export const UPDATE_REQUEST_OPEN_DAYS = 14;

/** One request, as the digest and the pages know it. */
export interface RequestItem {
  topic: string;
  /** The last day input helps, when the team gave one. */
  until?: string | undefined;
  /** The weekly update that asked (or repeated) it; undefined for one only on the team page. */
  updateId?: string | undefined;
}

/** Words too common to tell two requests apart, and dates written into the topic ("until December 12"). */
const COMMON = new Set(
  'a an the of on in at to for from by with and or but so as if than then our your their we you they us it its this that these those which who what when where how why is are be been was were do does did can could would should will any every some all see please more about into before after until also'.split(
    ' ',
  ),
);
const WRITTEN_DATE = /\buntil\s+(?:\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+|\d{4}-\d{2}-\d{2})\b/gu;

function words(topic: string): Set<string> {
  const all = topic
    .toLowerCase()
    .replace(WRITTEN_DATE, ' ')
    .split(/[^\p{L}\p{N}]+/u);
  // A plural and its singular count as one word (headers, header).
  return new Set(all.filter((word) => word && !COMMON.has(word)).map((word) => (word.length > 3 ? word.replace(/s$/, '') : word)));
}

/**
 * True when two topics ask for the same thing: most of the words of the shorter one
 * (at least two) are in the longer one. Used only between requests of one team, where
 * two different requests rarely share most of their words.
 */
export function sameRequest(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  const shorter = Math.min(x.size, y.size);
  return shorter > 0 && shared >= Math.min(2, shorter) && shared / shorter >= 0.6;
}

/**
 * One team's requests from its updates and from its page, each listed once: an update's
 * request that repeats one on the page takes the page's wording and date (the page is
 * reviewed, the update written in a hurry) and keeps the update that asked; a request
 * repeated by two updates keeps the first. Updates' requests first, in their order.
 */
export function mergeRequests<T extends RequestItem>(fromUpdates: readonly T[], fromPage: readonly T[]): T[] {
  const merged: T[] = [];
  const pageLeft = [...fromPage];
  for (const item of fromUpdates) {
    if (merged.some((kept) => sameRequest(kept.topic, item.topic))) continue;
    const index = pageLeft.findIndex((page) => sameRequest(page.topic, item.topic));
    merged.push(index < 0 ? item : { ...pageLeft.splice(index, 1)[0]!, updateId: item.updateId });
  }
  return [...merged, ...pageLeft];
}

export interface OpenRequest extends RequestItem {
  team: HandbookEntry<Team>;
  /** The day the update that asked was written. */
  updateDate?: string | undefined;
  /** The channel to answer in: the team's first. */
  channel?: string | undefined;
}

/** The first channel of a team: where to answer its requests, or to comment on its decisions. */
export function teamChannel(team: HandbookEntry<Team> | undefined): string | undefined {
  return team?.data.channels[0]?.name;
}

/** Every request open on `today`, once each: soonest deadline first, open-ended ones after them by team. */
export function openInputRequests(h: HandbookIndexes, today: string): OpenRequest[] {
  return h.teams
    .flatMap((team) => {
      const fromPage = team.data.lookingForInput.filter((item) => !item.until || item.until >= today).map((item) => ({ team, ...item }));
      const fromUpdates = h
        .updatesOf(team.id)
        .filter((update) => update.data.date <= today && addDays(update.data.date, UPDATE_REQUEST_OPEN_DAYS) >= today)
        .flatMap((update) => update.data.lookingForInput.map((topic) => ({ team, topic, updateId: update.id })));
      return mergeRequests<OpenRequest>(fromUpdates, fromPage).map((item) => ({
        ...item,
        ...(item.updateId ? { updateDate: h.update.get(item.updateId)?.data.date } : {}),
        channel: teamChannel(team),
      }));
    })
    .sort((a, b) => (a.until ?? '9999').localeCompare(b.until ?? '9999') || a.team.data.name.localeCompare(b.team.data.name));
}

/** Where to comment on a decision: its discussion link, else the first owning team's channel. */
export function whereToDiscuss(
  adr: HandbookEntry<Adr>,
  h: HandbookIndexes,
): { url: string } | { channel: string | undefined; team: HandbookEntry<Team> | undefined } {
  if (adr.data.discussion) return { url: adr.data.discussion };
  const team = h.team.get(adr.data.teams[0]!);
  return { channel: teamChannel(team), team };
}
