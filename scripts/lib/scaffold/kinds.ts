/**
 * What `npm run new` can create: one template per collection, each in `kinds/<kind>.ts`.
 * Every file a template writes is built to pass the schema and the integrity rules as
 * written, so a new entry never starts life as a failing check. The word on the command
 * line is the registry's `scaffoldKind`, and the record is keyed by collection, so a
 * collection without a template does not compile.
 */
import { COLLECTIONS, type CollectionName, type Registry } from '../../../src/lib/collections.ts';
import { adr } from './kinds/adr.ts';
import { dependency } from './kinds/dependency.ts';
import { guild } from './kinds/guild.ts';
import { person } from './kinds/person.ts';
import { talk } from './kinds/talk.ts';
import { team } from './kinds/team.ts';
import { update } from './kinds/update.ts';
import { rotation } from './kinds/rotation.ts';
import { mentorship } from './kinds/mentorship.ts';
import { pairing } from './kinds/pairing.ts';
import { kudos } from './kinds/kudos.ts';
import { award } from './kinds/award.ts';
import { retro } from './kinds/retro.ts';
import { ask } from './kinds/ask.ts';
import { signals, survey } from './kinds/quarterly.ts';
import type { KindTemplate } from './template.ts';

export { movePerson } from './kinds/person.ts';
export type { KindTemplate, Plan, PlannedFile } from './template.ts';

/** The word `npm run new -- <kind>` takes: `adr`, `team`, … */
export type KindName = Registry[CollectionName]['scaffoldKind'];

export interface Kind extends KindTemplate {
  name: KindName;
  collection: CollectionName;
}

/** In the order `--help` lists them. */
const TEMPLATES: Record<CollectionName, KindTemplate> = {
  adrs: adr,
  teams: team,
  people: person,
  talks: talk,
  guilds: guild,
  dependencies: dependency,
  updates: update,
  rotations: rotation,
  mentorships: mentorship,
  pairings: pairing,
  kudos,
  awards: award,
  retros: retro,
  asks: ask,
  surveys: survey,
  signals,
};

const ORDER = Object.keys(TEMPLATES) as CollectionName[];

export const KIND_NAMES: readonly KindName[] = ORDER.map((collection) => COLLECTIONS[collection].scaffoldKind);

// Complete by construction: TEMPLATES has every collection, and each collection has its own word.
export const KINDS = Object.fromEntries(
  ORDER.map((collection) => [COLLECTIONS[collection].scaffoldKind, { ...TEMPLATES[collection], name: COLLECTIONS[collection].scaffoldKind, collection }]),
) as Record<KindName, Kind>;
