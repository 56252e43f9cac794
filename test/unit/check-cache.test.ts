/**
 * The content check's cache: a result comes back exactly as the check gave it, and
 * every change to what the check depends on (a file's bytes, its name, a new file,
 * today's date, the checking code) gives another key.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkKey, readCachedCheck, writeCachedCheck } from '../../src/lib/check-cache.ts';
import { checkHandbook } from '../../src/lib/check.ts';
import { copyHandbook, projectRoot, replaceOnce, TODAY, validFixture } from '../helpers/fixtures.ts';

const options = (contentDir: string, today = TODAY) => ({ contentDir, today, staleAfterDays: 14 });
let root: string;
let content: string;
let cacheDir: string;

beforeAll(async () => {
  root = await copyHandbook(validFixture);
  content = path.join(root, 'content');
  cacheDir = path.join(root, 'cache');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the key of a check', () => {
  test('is the same for the same content, options and code', async () => {
    expect(await checkKey(projectRoot, content, options(content))).toBe(await checkKey(projectRoot, content, options(content)));
  });

  test('changes with one byte of one file, a renamed file, an added file, and today', async () => {
    const keys = [await checkKey(projectRoot, content, options(content))];
    const team = path.join(content, 'teams', 'platform.md');
    const original = await readFile(team, 'utf8');
    await writeFile(team, replaceOnce('name: Platform\n', 'name: Platforms\n')(original));
    keys.push(await checkKey(projectRoot, content, options(content)));
    await rename(team, path.join(content, 'teams', 'platform-team.md'));
    keys.push(await checkKey(projectRoot, content, options(content)));
    await writeFile(path.join(content, 'teams', 'notes.txt'), 'a stray file the check reports');
    keys.push(await checkKey(projectRoot, content, options(content)));
    keys.push(await checkKey(projectRoot, content, options(content, '2026-11-25')));
    expect(new Set(keys).size).toBe(5);
    await rm(path.join(content, 'teams', 'notes.txt'));
    await rename(path.join(content, 'teams', 'platform-team.md'), team);
    await writeFile(team, original);
    expect(await checkKey(projectRoot, content, options(content))).toBe(keys[0]);
  });

  test('changes with the checking code (schemas, rules, parsers)', async () => {
    const code = await mkdtemp(path.join(tmpdir(), 'atrium-code-'));
    try {
      await mkdir(path.join(code, 'src/lib'), { recursive: true });
      await cp(path.join(projectRoot, 'src/schemas'), path.join(code, 'src/schemas'), { recursive: true });
      await writeFile(path.join(code, 'src/lib/rule.ts'), 'export const limit = 10;\n');
      const before = await checkKey(code, content, options(content));
      await writeFile(path.join(code, 'src/lib/rule.ts'), 'export const limit = 11;\n');
      expect(await checkKey(code, content, options(content))).not.toBe(before);
    } finally {
      await rm(code, { recursive: true, force: true });
    }
  });
});

describe('a cached result', () => {
  test('reads back as the check gave it: entries, problems, body lines, count', async () => {
    const fresh = await checkHandbook(root, options(content));
    expect(fresh.errors).toEqual([]);
    const key = await checkKey(projectRoot, content, options(content));
    expect(await readCachedCheck(cacheDir, key)).toBeUndefined();
    await writeCachedCheck(cacheDir, key, fresh);
    const cached = (await readCachedCheck(cacheDir, key))!;
    expect(cached.handbook).toEqual(fresh.handbook);
    expect(cached.problems).toEqual(fresh.problems);
    expect(cached.warnings).toEqual(fresh.warnings);
    expect(cached.entryCount).toBe(fresh.entryCount);
    const adr = fresh.handbook.adrs[0]!;
    expect(cached.bodyLine('adrs', adr.id)).toBe(fresh.bodyLine('adrs', adr.id));
    expect(cached.bodyLine('adrs', adr.id)).toBeGreaterThan(1);
  });

  test('is the only one kept: a new key replaces the old file', async () => {
    const fresh = await checkHandbook(root, options(content));
    await writeCachedCheck(cacheDir, 'a'.repeat(64), fresh);
    await writeCachedCheck(cacheDir, 'b'.repeat(64), fresh);
    expect(await readdir(cacheDir)).toEqual([`${'b'.repeat(64)}.bin`]);
    expect(await readCachedCheck(cacheDir, 'a'.repeat(64))).toBeUndefined();
  });

  test('is not kept when the check found errors, and a damaged file counts as none', async () => {
    const fresh = await checkHandbook(root, options(content));
    const error = { rule: 'reference/missing', severity: 'error', file: 'content/teams/platform.md', line: 2, field: 'name', message: 'm', fix: 'f' } as const;
    const failing = { ...fresh, problems: [error], errors: [error] };
    await writeCachedCheck(cacheDir, 'c'.repeat(64), failing);
    expect(await readCachedCheck(cacheDir, 'c'.repeat(64))).toBeUndefined();
    await writeFile(path.join(cacheDir, `${'d'.repeat(64)}.bin`), 'not a serialized result');
    expect(await readCachedCheck(cacheDir, 'd'.repeat(64))).toBeUndefined();
  });
});
