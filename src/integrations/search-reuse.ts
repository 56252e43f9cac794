/**
 * A rebuild whose pages say the same as last time reuses the last search index
 * instead of indexing every page again. The key is a hash of exactly what the index
 * reads (each indexed page's address, the part of it Pagefind gets, and its tags,
 * which the vocabulary draws on) and of how it is built (Pagefind's version and
 * options). The key is kept beside the index it describes, so an index is reused only
 * by a build whose key matches the one it was built with.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filterValues, indexedPart } from '../lib/search/indexed-html.ts';
import { VOCABULARY_FILE } from '../lib/search/vocabulary.ts';

/** Where the key of an index is kept: inside the index's folder, so it travels with it. */
export const INDEX_KEY_FILE = 'pagefind/atrium-index.key';

/** Pagefind's own package.json, found as Node would find the package (it exports no path to it): its version decides the index's format. */
function pagefindPackage(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(candidate) || path.dirname(dir) === dir) return candidate;
  }
}

/** The code that decides what is indexed and what the vocabulary holds: a change there must index again. */
const INDEXING_CODE = [fileURLToPath(new URL('../lib/search/', import.meta.url)), fileURLToPath(new URL('./search-index.ts', import.meta.url))];

async function hashCode(hash: ReturnType<typeof createHash>): Promise<void> {
  for (const place of INDEXING_CODE) {
    const names = await readdir(place, { recursive: true }).catch(() => undefined);
    const files = names
      ? names
          .filter((name) => name.endsWith('.ts'))
          .sort()
          .map((name) => path.join(place, name))
      : [place];
    for (const file of files) hash.update(`\0${path.basename(file)}\0${await readFile(file, 'utf8').catch(() => '')}`);
  }
}

/** The hash of what indexing these pages would read, under these settings. */
export async function searchIndexKey(outDir: string, files: readonly string[], settings: object, pageUrl: (file: string) => string): Promise<string> {
  const hash = createHash('sha256');
  const { version } = JSON.parse(await readFile(pagefindPackage(), 'utf8')) as { version: string };
  hash.update(`pagefind ${version}\0${JSON.stringify(settings)}\0`);
  await hashCode(hash);
  const BATCH = 128;
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const pages = await Promise.all(batch.map((file) => readFile(path.join(outDir, file), 'utf8')));
    batch.forEach((file, index) => {
      const html = pages[index]!;
      if (!html.includes('data-pagefind-body')) return;
      hash.update(`\0${pageUrl(file)}\0${filterValues(html, 'tag').join('\u0001')}\0`);
      hash.update(indexedPart(html));
    });
  }
  return hash.digest('hex');
}

/**
 * Puts every file under `from` at the same place under `to`, as a hard link where the
 * file system allows (the old site is deleted once the new one is in place, and no file
 * of an index is ever changed where it lies), else as a copy. Node's recursive copy
 * takes over a second for the thousand files of a 1,000-page index; links take a tenth.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const relative = (entry: (typeof entries)[number]) => path.relative(from, path.join(entry.parentPath, entry.name));
  await mkdir(to, { recursive: true });
  for (const entry of entries) if (entry.isDirectory()) await mkdir(path.join(to, relative(entry)), { recursive: true });
  const files = entries.filter((entry) => entry.isFile());
  const BATCH = 256;
  for (let start = 0; start < files.length; start += BATCH) {
    await Promise.all(
      files.slice(start, start + BATCH).map((entry) => {
        const [source, target] = [path.join(from, relative(entry)), path.join(to, relative(entry))];
        return link(source, target).catch(() => copyFile(source, target));
      }),
    );
  }
}

/**
 * Copies the index and vocabulary of the site about to be replaced into the new one,
 * if that index was built from the same key. Returns whether it did.
 */
export async function reuseSearchIndex(previousSite: string | undefined, outDir: string, key: string): Promise<boolean> {
  if (!previousSite) return false;
  const previousKey = await readFile(path.join(previousSite, INDEX_KEY_FILE), 'utf8').catch(() => undefined);
  if (previousKey !== key || !existsSync(path.join(previousSite, VOCABULARY_FILE))) return false;
  await linkTree(path.join(previousSite, 'pagefind'), path.join(outDir, 'pagefind'));
  await mkdir(path.dirname(path.join(outDir, VOCABULARY_FILE)), { recursive: true });
  await copyFile(path.join(previousSite, VOCABULARY_FILE), path.join(outDir, VOCABULARY_FILE));
  return true;
}

/** Records the key of the index just written, beside it. */
export function recordSearchIndexKey(outDir: string, key: string): Promise<void> {
  return writeFile(path.join(outDir, INDEX_KEY_FILE), key);
}
