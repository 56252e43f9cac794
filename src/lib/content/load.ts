/**
 * Loads and validates a handbook folder without Astro: every path under the content
 * folder is accounted for, every entry file is read, parsed, and checked against its
 * schema. Returns the entries that are valid, what could be read of those that are
 * not, and a Problem for everything wrong; nothing is dropped silently.
 */
import { withoutBidiControls } from '../text/bidi.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS as collections, COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import { problem, withArticle, type Problem } from '../problems.ts';
import type { Handbook, HandbookEntry } from '../handbook/types.ts';
import { KEBAB_CASE, PAGE_BODY_LIMIT } from '../../schemas/fields.ts';
import { UPDATE_BODY_LIMIT } from '../../schemas/updates.ts';
import { mdxProblems } from './mdx.ts';
import { readableFields, type InvalidEntry, type InvalidHandbook } from './partial.ts';
import { parseSource } from './source.ts';
import { decodeContent } from './text.ts';
import { walkContent } from './walk.ts';
import { problemsFromZod } from './zod-problems.ts';

/** Where a loaded entry came from, so later checks can point at its lines. */
export interface EntrySource {
  file: string;
  lineOf(path: readonly PropertyKey[]): number;
  bodyLine: number;
}

export interface LoadedHandbook {
  handbook: Handbook;
  /** Entries that failed their schema: the fields that did pass, so the integrity rules still check them. */
  invalid: InvalidHandbook;
  /** Source positions by `collection/id`, of valid and invalid entries. */
  sources: Map<string, EntrySource>;
  /** Ids of every file found, valid or not, so references to a broken entry are not reported twice. */
  existingIds: Record<CollectionName, Set<string>>;
  problems: Problem[];
}

/** Longest body of an entry, in UTF-8 bytes: updates go whole into feeds and the digest. */
const BODY_LIMIT: Record<CollectionName, number> = {
  teams: PAGE_BODY_LIMIT,
  people: PAGE_BODY_LIMIT,
  adrs: PAGE_BODY_LIMIT,
  talks: PAGE_BODY_LIMIT,
  guilds: PAGE_BODY_LIMIT,
  dependencies: PAGE_BODY_LIMIT,
  updates: UPDATE_BODY_LIMIT,
  rotations: PAGE_BODY_LIMIT,
  mentorships: PAGE_BODY_LIMIT,
  pairings: PAGE_BODY_LIMIT,
  kudos: PAGE_BODY_LIMIT,
  awards: PAGE_BODY_LIMIT,
  retros: PAGE_BODY_LIMIT,
  asks: PAGE_BODY_LIMIT,
  surveys: PAGE_BODY_LIMIT,
  signals: PAGE_BODY_LIMIT,
};

const READS_AT_ONCE = 256;

export function sourceKey(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}

const byCollection = <T>(make: () => T) => Object.fromEntries(COLLECTION_NAMES.map((name) => [name, make()])) as Record<CollectionName, T>;

/**
 * @param root project root; file paths in problems are relative to it
 * @param contentDir folder holding one sub-folder per collection
 */
export async function loadHandbook(root: string, contentDir = path.join(root, 'content')): Promise<LoadedHandbook> {
  const handbook = byCollection<HandbookEntry<unknown>[]>(() => []) as unknown as Handbook;
  const invalid = byCollection<InvalidEntry<unknown>[]>(() => []) as unknown as InvalidHandbook;
  const existingIds = byCollection(() => new Set<string>());
  const sources = new Map<string, EntrySource>();
  const walked = await walkContent(root, contentDir);
  const problems: Problem[] = [...walked.problems];

  // A few hundred reads at a time: all at once, a 20,000-entry handbook runs out of file handles (EMFILE).
  const loaded: ((typeof walked.files)[number] & { bytes: Buffer })[] = [];
  for (let start = 0; start < walked.files.length; start += READS_AT_ONCE) {
    const batch = walked.files.slice(start, start + READS_AT_ONCE);
    loaded.push(...(await Promise.all(batch.map(async (entry) => ({ ...entry, bytes: await readFile(entry.absolute) })))));
  }
  for (const { collection, file, id, extension, bytes } of loaded) {
    const { schema, noun } = collections[collection];
    const at = (line: number, field = '-') => ({ file, line, field });
    existingIds[collection].add(id);
    if (!KEBAB_CASE.test(id)) {
      problems.push(
        problem(
          'content/file-name',
          at(1),
          `file name "${id}" is not kebab-case, and the file name is the ${noun}'s id`,
          `rename the file to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.${extension}`,
        ),
      );
    }
    const decoded = decodeContent(bytes);
    if (!decoded.ok) {
      problems.push(
        problem(
          'content/encoding',
          at(decoded.line),
          `is not UTF-8 text: ${decoded.before ? `the character after ${JSON.stringify(decoded.before.slice(-30))}` : 'the first character'} on this line is in another encoding`,
          'save the file as UTF-8 (most editors: "Save with encoding"), then check that character',
        ),
      );
      invalid[collection].push({ id, data: {}, filePath: file, unreadable: readableFields(schema, undefined).unreadable });
      continue;
    }
    const source = parseSource(decoded.text, extension.startsWith('y') ? 'yaml' : 'markdown');
    sources.set(sourceKey(collection, id), { file, lineOf: source.lineOf, bodyLine: source.bodyLine });
    for (const error of source.syntaxErrors) problems.push(problem(error.rule, at(error.line), error.message, error.fix));
    if (extension === 'mdx') problems.push(...mdxProblems(decoded.text, file));
    const bodyBytes = Buffer.byteLength(source.body);
    if (bodyBytes > BODY_LIMIT[collection]) {
      problems.push(
        problem(
          'content/too-large',
          at(source.bodyLine, 'body'),
          `body is ${Math.round(bodyBytes / 1000).toLocaleString('en-US')} KB, more than the ${BODY_LIMIT[collection] / 1000} KB ${withArticle(noun)} may have`,
          'shorten it, or link to a longer document instead of pasting it in',
        ),
      );
    }
    const result = source.data === undefined ? undefined : schema.safeParse(source.data);
    if (result?.success) {
      // Names and titles reach running text everywhere: bidi controls are taken out once, here (see text/bidi.ts).
      (handbook[collection] as HandbookEntry<unknown>[]).push({ id, data: withoutBidiControls(result.data), body: source.body, filePath: file });
      continue;
    }
    if (result) problems.push(...problemsFromZod(result.error.issues, { file, data: source.data, schema, noun, lineOf: source.lineOf }));
    const readable = readableFields(schema, source.data);
    invalid[collection].push({ id, data: readable.data, body: source.body, filePath: file, unreadable: readable.unreadable });
  }
  return { handbook, invalid, sources, existingIds, problems };
}
