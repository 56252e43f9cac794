/** The content collections: Atrium's loader (the checked entries) with Atrium's schemas, for every collection in the registry. */
import { defineCollection } from 'astro:content';
import { atriumLoader } from './integrations/content-loader.ts';
import { COLLECTIONS, type CollectionName } from './lib/collections.ts';

function collection<C extends CollectionName>(name: C) {
  return defineCollection({ loader: atriumLoader(name), schema: COLLECTIONS[name].schema });
}

// Spelled out because Astro infers each collection's entry type from this object's type;
// `satisfies` makes a collection missing from the registry's list a compile error.
export const collections = {
  teams: collection('teams'),
  people: collection('people'),
  adrs: collection('adrs'),
  talks: collection('talks'),
  guilds: collection('guilds'),
  dependencies: collection('dependencies'),
  updates: collection('updates'),
  rotations: collection('rotations'),
  mentorships: collection('mentorships'),
  pairings: collection('pairings'),
  kudos: collection('kudos'),
  awards: collection('awards'),
  retros: collection('retros'),
  asks: collection('asks'),
  surveys: collection('surveys'),
  signals: collection('signals'),
} satisfies Record<CollectionName, unknown>;
