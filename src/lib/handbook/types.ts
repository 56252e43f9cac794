/**
 * The handbook as plain data. Astro's content entries have this shape too
 * (`id`, `data`, `body`, `filePath`), so the pure modules take either.
 */
import type { Adr, Dependency, Guild, Person, Talk, Team, Update } from '../../schemas/index.ts';

export interface HandbookEntry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  /** Path relative to the project root, e.g. `content/teams/mobile.md`. */
  filePath?: string | undefined;
}

export interface Handbook {
  people: HandbookEntry<Person>[];
  teams: HandbookEntry<Team>[];
  adrs: HandbookEntry<Adr>[];
  talks: HandbookEntry<Talk>[];
  guilds: HandbookEntry<Guild>[];
  dependencies: HandbookEntry<Dependency>[];
  updates: HandbookEntry<Update>[];
}
