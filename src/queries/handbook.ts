/**
 * The handbook for pages: every collection loaded once per build, drafts left out
 * of production, bidi controls taken out of its fields, and the shared indexes built
 * once. Pages import `handbook()`.
 */
import { getCollection } from 'astro:content';
import { buildIndexes, type HandbookIndexes } from '../lib/handbook/indexes.ts';
import { isPublished } from '../lib/handbook/published.ts';
import { COLLECTION_NAMES } from '../lib/collections.ts';
import { withoutBidiControls } from '../lib/text/bidi.ts';

const published = (entry: { data: { draft: boolean } }) => isPublished(entry, import.meta.env.DEV);

let indexes: Promise<HandbookIndexes> | undefined;

export function handbook(): Promise<HandbookIndexes> {
  indexes ??= (async () => {
    const loaded = await Promise.all(
      // Names and titles reach running text everywhere: one place keeps them from reordering it (see lib/text/bidi.ts).
      COLLECTION_NAMES.map((name) => getCollection(name, published).then((entries) => entries.map((entry) => ({ ...entry, data: withoutBidiControls(entry.data) })))),
    );
    const byName = Object.fromEntries(COLLECTION_NAMES.map((name, index) => [name, loaded[index]]));
    return buildIndexes(byName as unknown as Parameters<typeof buildIndexes>[0]);
  })();
  return indexes;
}
