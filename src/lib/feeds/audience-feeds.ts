/**
 * Feeds that follow a subject across collections rather than one collection: a tag
 * (every decision and talk tagged with it), a guild (its meetings, and the decisions
 * and talks of its members or about its subject) and a person (what they decided,
 * presented, and the programs they take part in). Selections of the same items as
 * every other feed (./items.ts), rendered by the same renderer (./rss.ts).
 */
import { routes } from '../routes.ts';
import type { AudienceSources, FeedDefinition } from './catalog.ts';
import type { FeedItem } from './items.ts';

/** The tag a guild's subject goes by: its id without a trailing `-guild` (`api` for `api-guild`). */
export function guildSubject(guildId: string): string {
  return guildId.replace(/-guild$/, '');
}

export function audienceFeeds(orgName: string, sources: AudienceSources): { tags: FeedDefinition[]; guilds: FeedDefinition[]; people: FeedDefinition[] } {
  return {
    tags: (sources.tags ?? []).map(({ tag, pageRoute }) => ({
      id: `tag:${tag}`,
      route: routes.tagFeed(tag),
      pageRoute,
      name: tag,
      title: `${orgName} handbook: tagged ${tag}`,
      description: `Every decision and talk tagged ${tag}, newest first.`,
      select: (item: FeedItem) => item.tags.includes(tag),
    })),
    guilds: (sources.guilds ?? []).map((guild) => {
      const members = new Set(guild.members);
      const subject = guildSubject(guild.id);
      return {
        id: `guild:${guild.id}`,
        route: routes.guildFeed(guild.id),
        pageRoute: routes.guild(guild.id),
        name: guild.name,
        title: `${orgName} handbook: ${guild.name}`,
        description: `${guild.name}: its next meeting, and the decisions and talks of its members or tagged ${subject}.`,
        select: (item: FeedItem) =>
          item.kind === 'meeting'
            ? item.guild === guild.id
            : (item.kind === 'adr' || item.kind === 'talk') && (item.tags.includes(subject) || item.people.some((person) => members.has(person))),
      };
    }),
    people: (sources.people ?? []).map((person) => ({
      id: `person:${person.id}`,
      route: routes.personFeed(person.id),
      pageRoute: routes.person(person.id),
      name: person.name,
      title: `${orgName} handbook: ${person.name}`,
      description: `What ${person.name} decided and presented, and the rotations, mentorships and pair sessions they take part in.`,
      select: (item: FeedItem) => item.people.includes(person.id),
    })),
  };
}
