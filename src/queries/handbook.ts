/**
 * The handbook for pages: every collection loaded once per build, drafts left out
 * of production, and the shared indexes built once. Pages import `handbook()`.
 */
import { getCollection } from 'astro:content';
import { timed } from '../lib/build-profile.ts';
import { buildIndexes, type HandbookIndexes } from '../lib/handbook/indexes.ts';
import { isPublished } from '../lib/handbook/published.ts';
import { COLLECTION_NAMES } from '../lib/collections.ts';

const published = (entry: { data: { draft: boolean } }) => isPublished(entry, import.meta.env.DEV);

let indexes: Promise<HandbookIndexes> | undefined;

export function handbook(): Promise<HandbookIndexes> {
  indexes ??= timed('handbook indexes (collections read once)', async () => {
    // Bidi controls were taken out of the fields when the content was read (lib/content/load.ts).
    const loaded = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name, published)));
    const byName = Object.fromEntries(COLLECTION_NAMES.map((name, index) => [name, loaded[index]]));
    return buildIndexes(byName as unknown as Parameters<typeof buildIndexes>[0]);
  });
  return indexes;
}
