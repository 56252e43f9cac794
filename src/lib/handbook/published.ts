/** The handbook as readers see it: without drafts, except in development. */
import { COLLECTION_NAMES } from '../collections.ts';
import type { Handbook } from './types.ts';

export function isPublished(entry: { data: { draft: boolean } }, includeDrafts: boolean): boolean {
  return includeDrafts || !entry.data.draft;
}

export function publishedHandbook(handbook: Handbook, includeDrafts: boolean): Handbook {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, (handbook[name] as { data: { draft: boolean } }[]).filter((entry) => isPublished(entry, includeDrafts))]),
  ) as unknown as Handbook;
}
