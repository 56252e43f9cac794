/**
 * Loads and validates a handbook folder without Astro: every file of every
 * collection is read, parsed, and checked against its schema. Returns the entries
 * that are valid plus a Problem for everything that is not; nothing is dropped
 * silently.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS as collections, COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import type { Problem } from '../problems.ts';
import type { Handbook, HandbookEntry } from '../handbook/types.ts';
import { KEBAB_CASE } from '../../schemas/fields.ts';
import { idFromFileName } from './ids.ts';
import { parseSource } from './source.ts';
import { problemsFromZod } from './zod-problems.ts';

/** Where a loaded entry came from, so later checks can point at its lines. */
export interface EntrySource {
  file: string;
  lineOf(path: readonly PropertyKey[]): number;
  bodyLine: number;
}

export interface LoadedHandbook {
  handbook: Handbook;
  /** Source positions by `collection/id`. */
  sources: Map<string, EntrySource>;
  /** Ids of every file found, valid or not, so references to a broken entry are not reported twice. */
  existingIds: Record<CollectionName, Set<string>>;
  problems: Problem[];
}

async function listFiles(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { withFileTypes: true, recursive: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export function sourceKey(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}

/**
 * @param root project root; file paths in problems are relative to it
 * @param contentDir folder holding one sub-folder per collection
 */
export async function loadHandbook(root: string, contentDir = path.join(root, 'content')): Promise<LoadedHandbook> {
  const handbook = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Handbook;
  const existingIds = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as LoadedHandbook['existingIds'];
  const sources = new Map<string, EntrySource>();
  const problems: Problem[] = [];

  await Promise.all(
    COLLECTION_NAMES.map(async (collection) => {
      const { schema, extensions, noun } = collections[collection];
      const files = await listFiles(path.join(contentDir, collection));
      const loaded = await Promise.all(files.map(async (absolute) => ({ absolute, text: await readFile(absolute, 'utf8') })));
      for (const { absolute, text } of loaded) {
        const file = path.relative(root, absolute).split(path.sep).join('/');
        const extension = path.extname(absolute).slice(1).toLowerCase();
        if (!(extensions as readonly string[]).includes(extension)) {
          problems.push({
            severity: 'error',
            file,
            line: 1,
            field: '-',
            message: `is not a ${extensions.map((e) => `.${e}`).join(' or ')} file, so it is not part of the ${collection} collection`,
            fix: `rename it to end in .${extensions[0]}, or move it out of content/${collection}/`,
          });
          continue;
        }
        const id = idFromFileName(absolute);
        existingIds[collection].add(id);
        if (!KEBAB_CASE.test(id)) {
          problems.push({
            severity: 'error',
            file,
            line: 1,
            field: '-',
            message: `file name "${id}" is not kebab-case, and the file name is the ${noun}'s id`,
            fix: `rename the file to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.${extension}`,
          });
        }
        const source = parseSource(text, extension.startsWith('y') ? 'yaml' : 'markdown');
        for (const error of source.syntaxErrors) {
          problems.push({ severity: 'error', file, field: '-', ...error });
        }
        if (source.data === undefined) continue;
        const result = schema.safeParse(source.data);
        if (!result.success) {
          problems.push(...problemsFromZod(result.error.issues, { file, data: source.data, schema, noun, lineOf: source.lineOf }));
          continue;
        }
        sources.set(sourceKey(collection, id), { file, lineOf: source.lineOf, bodyLine: source.bodyLine });
        (handbook[collection] as HandbookEntry<unknown>[]).push({ id, data: result.data, body: source.body, filePath: file });
      }
    }),
  );
  return { handbook, sources, existingIds, problems };
}
