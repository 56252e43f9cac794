/**
 * The content check's result, kept between builds and keyed by everything it depends
 * on: every path under the content folder with its bytes, the options (today's date
 * decides what is stale) and the code that checks (schemas, rules, parsers). A rebuild
 * whose inputs are byte-for-byte the same reads the result back instead of parsing
 * and validating thousands of files again; any change, even a renamed or added file,
 * gives another key. Only a result without errors is kept: a failing build runs the
 * check in full, as its author expects while fixing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, readlink, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CheckResult } from './check.ts';
import type { CollectionName } from './collections.ts';

/** What the cache stores: the result without its function, the body lines as data. */
interface StoredCheck {
  handbook: CheckResult['handbook'];
  bodyLines: Record<string, number>;
  problems: CheckResult['problems'];
  entryCount: number;
}

/** Where the checking code lives, relative to the project root: a change there must re-check. */
export const CHECK_CODE = ['src/lib', 'src/schemas', 'src/config.ts', 'package-lock.json'];

/** Every file under `dir` (or `dir` itself if it is a file), sorted, with a link's target in place of bytes. */
export async function hashTree(hash: ReturnType<typeof createHash>, root: string, relative: string): Promise<void> {
  const absolute = path.join(root, relative);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    const bytes = await readFile(absolute).catch(() => undefined);
    hash.update(`\0file\0${relative}\0${bytes?.length ?? -1}\0`);
    if (bytes) hash.update(bytes);
    return;
  }
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({ entry, name: path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Read a few hundred at a time: every byte is hashed, but the reads overlap.
  const BATCH = 256;
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const contents = await Promise.all(
      batch.map(({ entry, name }) =>
        entry.isSymbolicLink()
          ? readlink(path.join(root, name)).then((target) => Buffer.from(`link:${target}`))
          : readFile(path.join(root, name)).catch(() => Buffer.from('unreadable')),
      ),
    );
    batch.forEach(({ name }, index) => {
      hash.update(`\0${name}\0${contents[index]!.length}\0`);
      hash.update(contents[index]!);
    });
  }
}

/**
 * The key of a check: content folder, options and checking code. Paths are hashed
 * relative to their folder, so moving the project does not invalidate the cache.
 */
export async function checkKey(projectRoot: string, contentDir: string, options: object): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`options\0${JSON.stringify(options)}\0content\0`);
  await hashTree(hash, contentDir, '.');
  hash.update('\0code\0');
  for (const part of CHECK_CODE) await hashTree(hash, projectRoot, part);
  return hash.digest('hex');
}

const fileOf = (cacheDir: string, key: string) => path.join(cacheDir, `${key}.bin`);

/** The stored result of this key, or undefined when there is none or it cannot be read. */
export async function readCachedCheck(cacheDir: string, key: string): Promise<CheckResult | undefined> {
  const bytes = await readFile(fileOf(cacheDir, key)).catch(() => undefined);
  if (!bytes) return undefined;
  let stored: StoredCheck;
  try {
    stored = deserialize(bytes) as StoredCheck;
  } catch {
    return undefined; // cut short or from another Node version: check again
  }
  const { handbook, bodyLines, problems, entryCount } = stored;
  return {
    handbook,
    bodyLine: (collection: CollectionName, id: string) => bodyLines[`${collection}/${id}`] ?? 1,
    problems,
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity === 'warning'),
    entryCount,
  };
}

/** Keeps an error-free result under its key, and only it; the file is written whole or not at all. */
export async function writeCachedCheck(cacheDir: string, key: string, result: CheckResult): Promise<void> {
  if (result.errors.length > 0) return;
  const bodyLines: Record<string, number> = {};
  for (const [collection, entries] of Object.entries(result.handbook) as [CollectionName, { id: string }[]][]) {
    for (const { id } of entries) bodyLines[`${collection}/${id}`] = result.bodyLine(collection, id);
  }
  const stored: StoredCheck = { handbook: result.handbook, bodyLines, problems: result.problems, entryCount: result.entryCount };
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${fileOf(cacheDir, key)}.${process.pid}.tmp`;
  await writeFile(temporary, serialize(stored));
  await rename(temporary, fileOf(cacheDir, key));
  // Older results can only match content as it was: drop them, so the cache stays one file.
  const others = (await readdir(cacheDir)).filter((name) => name.endsWith('.bin') && name !== `${key}.bin`);
  await Promise.all(others.map((name) => rm(path.join(cacheDir, name), { force: true })));
}
