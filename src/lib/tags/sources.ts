/**
 * What carries tags, and who took part in it: one adapter per kind of entry. Adding a
 * tagged collection is one more adapter in `TAG_SOURCES`.
 *
 * Guilds and rotations have no tags in their schemas, so they add no one yet; a guild or
 * a rotation that gains `tags` becomes one more adapter (leads and members, the visitor).
 */
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { adrLabel } from '../adr-label.ts';
import { routes } from '../routes.ts';

/** How someone took part; each role weighs differently in the expert score (./experts.ts). */
export type Role = 'decider' | 'speaker' | 'guild-lead' | 'guild-member' | 'helper' | 'rotation';

/** One tagged entry, with the people who took part in it. */
export interface TaggedItem {
  /** `adrs/0012-x`. */
  key: string;
  /** What it is, for grouping on the tag page: "Decisions", "Talks". */
  group: string;
  title: string;
  route: string;
  /** `YYYY-MM-DD`: when it happened, for recency. */
  date: string;
  tags: readonly string[];
  people: readonly { person: string; role: Role }[];
}

export interface TagSource {
  group: string;
  items(h: HandbookIndexes): TaggedItem[];
}

export const adrTags: TagSource = {
  group: 'Decisions',
  items: (h) =>
    h.adrs.map((adr) => ({
      key: `adrs/${adr.id}`,
      group: 'Decisions',
      title: `${adrLabel(adr.id)}: ${adr.data.title}`,
      route: routes.adr(adr.id),
      date: adr.data.date,
      tags: adr.data.tags,
      people: adr.data.deciders.map((person) => ({ person, role: 'decider' as const })),
    })),
};

export const talkTags: TagSource = {
  group: 'Talks',
  items: (h) =>
    h.talks.map((talk) => ({
      key: `talks/${talk.id}`,
      group: 'Talks',
      title: talk.data.title,
      route: routes.talk(talk.id),
      date: talk.data.date.slice(0, 10),
      tags: talk.data.tags,
      people: talk.data.speakers.map((person) => ({ person, role: 'speaker' as const })),
    })),
};

/** Asks for help: the people of other teams who helped know the problem (the asking team is the one that did not). */
export const askTags: TagSource = {
  group: 'Asks for help',
  items: (h) =>
    h.asks.map((ask) => ({
      key: `asks/${ask.id}`,
      group: 'Asks for help',
      title: ask.data.title,
      route: routes.ask(ask.id),
      date: ask.data.helpedOn ?? ask.data.date,
      tags: ask.data.tags,
      people: ask.data.helpers.map((person) => ({ person, role: 'helper' as const })),
    })),
};

/** Every tagged kind of entry, in the order the tag page lists them. */
export const TAG_SOURCES: readonly TagSource[] = [adrTags, talkTags, askTags];

/**
 * A topic's entries group by group, in the order of `sources` (decisions, talks, asks),
 * each group in the order given (newest first): the order a topic's pages run through,
 * so a long topic's talks follow all its decisions rather than mixing in by date.
 */
export function inGroupOrder<T extends Pick<TaggedItem, 'group'>>(items: readonly T[], sources: readonly Pick<TagSource, 'group'>[] = TAG_SOURCES): T[] {
  return sources.flatMap((source) => items.filter((item) => item.group === source.group));
}

/** One page of a topic under its group headings, in the order of `sources`, leaving out groups with nothing on the page. */
export function topicGroups<T extends Pick<TaggedItem, 'group'>>(
  items: readonly T[],
  sources: readonly Pick<TagSource, 'group'>[] = TAG_SOURCES,
): { group: string; items: T[] }[] {
  return sources
    .map((source) => ({ group: source.group, items: items.filter((item) => item.group === source.group) }))
    .filter((group) => group.items.length > 0);
}
