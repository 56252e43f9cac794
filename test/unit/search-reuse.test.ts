/**
 * Reusing the last search index: the key changes with what the index reads of a page
 * (its main content, its tags, its address, the set of pages) and not with what it
 * does not read; an index is copied only from a site built with the same key.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INDEX_KEY_FILE, recordSearchIndexKey, reuseSearchIndex, searchIndexKey } from '../../src/integrations/search-reuse.ts';
import { VOCABULARY_FILE } from '../../src/lib/search/vocabulary.ts';

const page = (title: string, tag: string, header = 'Northwind') =>
  `<html lang="en"><body><header>${header}</header><main data-pagefind-body><h1>${title}</h1><span data-pagefind-filter="tag:${tag}"></span></main></body></html>`;
const pageUrl = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const settings = { chunkSize: '2000' };
let root: string;

async function site(name: string, pages: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return dir;
}
const keyOf = async (pages: Record<string, string>, name = `site-${Math.random()}`) =>
  searchIndexKey(await site(name, pages), Object.keys(pages).sort(), settings, pageUrl);

const BASE = { 'adrs/a/index.html': page('Use Kafka', 'kafka'), 'adrs/b/index.html': page('Use Postgres', 'sql'), 'adrs/index.html': '<main>list</main>' };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'atrium-search-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the key of a search index', () => {
  test('is the same for the same pages, whatever they say outside what is indexed', async () => {
    const key = await keyOf(BASE);
    expect(await keyOf(BASE)).toBe(key);
    expect(await keyOf({ ...BASE, 'adrs/a/index.html': page('Use Kafka', 'kafka', 'Northwind Labs') })).toBe(key);
    expect(await keyOf({ ...BASE, 'adrs/index.html': '<main>another list</main>' })).toBe(key);
  });

  test('changes with a title, a tag, a page added, and the settings', async () => {
    const keys = [
      await keyOf(BASE),
      await keyOf({ ...BASE, 'adrs/a/index.html': page('Use Kafka streams', 'kafka') }),
      await keyOf({ ...BASE, 'adrs/a/index.html': page('Use Kafka', 'events') }),
      await keyOf({ ...BASE, 'adrs/c/index.html': page('Use Redis', 'cache') }),
      await searchIndexKey(await site('settings', BASE), Object.keys(BASE).sort(), { chunkSize: '20000' }, pageUrl),
    ];
    expect(new Set(keys).size).toBe(5);
  });
});

describe('reusing an index', () => {
  test('copies the index and vocabulary of a site built with the same key, and only then', async () => {
    const previous = await site('previous', { ...BASE, 'pagefind/pagefind-entry.json': '{"version":"1.5.2"}', [VOCABULARY_FILE]: '["kafka"]' });
    await recordSearchIndexKey(previous, 'k1');
    const next = await site('next', BASE);
    expect(await reuseSearchIndex(previous, next, 'k2')).toBe(false);
    expect(await reuseSearchIndex(undefined, next, 'k1')).toBe(false);
    expect(await reuseSearchIndex(previous, next, 'k1')).toBe(true);
    expect(await readFile(path.join(next, 'pagefind/pagefind-entry.json'), 'utf8')).toBe('{"version":"1.5.2"}');
    expect(await readFile(path.join(next, VOCABULARY_FILE), 'utf8')).toBe('["kafka"]');
    expect(await readFile(path.join(next, INDEX_KEY_FILE), 'utf8')).toBe('k1');
  });
});
