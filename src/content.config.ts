/** The content collections: Astro's glob loader over `content/`, with Atrium's schemas. Nothing else. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { config } from './config.ts';
import { idFromFileName } from './lib/content/ids.ts';
import { COLLECTIONS as schemas, COLLECTION_NAMES, type CollectionName } from './lib/collections.ts';

function collection<C extends CollectionName>(name: C) {
  const { schema, extensions } = schemas[name];
  return defineCollection({
    loader: glob({
      pattern: `**/*.{${extensions.join(',')}}`,
      base: path.resolve(config.contentDir, name),
      generateId: ({ entry }) => idFromFileName(entry),
    }),
    schema,
  });
}

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
