import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_CONTENT_DIR;
if (!base) throw new Error('Set BENCH_CONTENT_DIR to the generated content folder.');

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '**/*.{md,yaml}', base, generateId: ({ entry }) => entry.replace(/\.(md|yaml)$/, '') }),
  }),
};
