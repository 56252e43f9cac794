/** Every collection's schema by name: the one list the loaders, the check and Astro share. */
import { adrSchema } from './adrs.ts';
import { dependencySchema } from './dependencies.ts';
import { guildSchema } from './guilds.ts';
import { personSchema } from './people.ts';
import { talkSchema } from './talks.ts';
import { teamSchema } from './teams.ts';
import { updateSchema } from './updates.ts';

export const collections = {
  people: { schema: personSchema, extensions: ['yaml', 'yml'], noun: 'person' },
  teams: { schema: teamSchema, extensions: ['md', 'mdx'], noun: 'team' },
  adrs: { schema: adrSchema, extensions: ['md', 'mdx'], noun: 'ADR' },
  talks: { schema: talkSchema, extensions: ['md', 'mdx'], noun: 'talk' },
  guilds: { schema: guildSchema, extensions: ['md', 'mdx'], noun: 'guild' },
  dependencies: { schema: dependencySchema, extensions: ['yaml', 'yml'], noun: 'dependency' },
  updates: { schema: updateSchema, extensions: ['md', 'mdx'], noun: 'update' },
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

/** What one entry of each collection is called in messages: `person`, `ADR`, … */
export const NOUN = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collections[name].noun])) as Record<CollectionName, string>;

export type { Adr, AdrStatus } from './adrs.ts';
export type { Dependency, DependencyStatus } from './dependencies.ts';
export type { Guild } from './guilds.ts';
export type { Person } from './people.ts';
export type { Talk } from './talks.ts';
export type { Team, OfficeHours } from './teams.ts';
export type { Update } from './updates.ts';
