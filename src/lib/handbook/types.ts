/**
 * The handbook as plain data. Astro's content entries have this shape too
 * (`id`, `data`, `body`, `filePath`), so the pure modules take either.
 */
import type { CollectionName, EntryData } from '../collections.ts';

export interface HandbookEntry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  /** Path relative to the project root, e.g. `content/teams/mobile.md`. */
  filePath?: string | undefined;
}

/** Every collection's entries, by collection name. */
export type Handbook = { [C in CollectionName]: HandbookEntry<EntryData<C>>[] };
