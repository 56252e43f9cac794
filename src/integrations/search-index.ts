/**
 * Builds the Pagefind index after the pages are written, and the small vocabulary
 * "Did you mean …" draws on. Only pages that mark their main content
 * (`data-pagefind-body`) are indexed, and diagrams and players are left out so their
 * labels do not turn up as excerpts. Pagefind gets each page's main content with a
 * space between adjacent tags (lib/search/indexed-html.ts), so excerpts read as text.
 */
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEXED_SECTIONS } from '../lib/search/page-facts.ts';
import { filterValues, indexedPart } from '../lib/search/indexed-html.ts';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/vocabulary.ts';
import { addCount } from '../lib/build-profile.ts';
import { siteBeingReplaced } from './out-dir-swap.ts';
import { recordSearchIndexKey, reuseSearchIndex, searchIndexKey } from './search-reuse.ts';

/**
 * Word positions per index chunk. With Pagefind's default of 20,000 a 5,000-entry
 * handbook's chunks weigh up to 45 KB, and looking up a word in a chunk not loaded yet
 * costs that much; at 2,000 looking up a name costs 1–3 KB (a word on most pages still
 * costs its own entry), for about 1 KB more of chunk list in the index metadata.
 */
const INDEX_CHUNK_SIZE = 2000;
/** What Pagefind is told besides the pages: a change here must index again. */
const EXCLUDE_SELECTORS = ['svg', '[data-diagram]', '.player', 'script', 'style'];

/** Pages read and handed to Pagefind at a time: enough to keep its indexer busy, few enough to bound memory. */
const BATCH = 64;

async function entryPages(outDir: string): Promise<string[]> {
  const pages: string[] = [];
  for (const section of INDEXED_SECTIONS) {
    const files = await readdir(path.join(outDir, section), { recursive: true }).catch(() => [] as string[]);
    for (const file of files) if (file.endsWith('.html')) pages.push(path.join(section, file).split(path.sep).join('/'));
  }
  return pages.sort();
}

/** `teams/mobile/index.html` → `/teams/mobile/`, as Pagefind names a page found on disk. */
const pageUrl = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export async function buildSearchIndex(outDirUrl: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(outDirUrl);
  const started = performance.now();
  // Read by the Pagefind service when it starts (pagefind/src/options.rs); it has no other way to set the chunk size.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const files = await entryPages(outDir);
  const key = await searchIndexKey(outDir, files, { chunkSize: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, EXCLUDE_SELECTORS }, pageUrl);
  if (await reuseSearchIndex(siteBeingReplaced(outDir), outDir, key)) {
    addCount('search index reused');
    logger.info(`Search: every indexed page reads as in the site it replaces; its index reused in ${Math.round(performance.now() - started)} ms.`);
    return;
  }
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const named: { title: string; tags: string[] }[] = [];
    const add = async (file: string, html: string) => {
      const added = await index.addHTMLFile({ url: pageUrl(file), content: indexedPart(html) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      named.push({ title: added.file.meta.title ?? '', tags: filterValues(html, 'tag') });
    };
    // The next batch is read while Pagefind indexes the one before. Pages are handed over in order, as the
    // Pagefind service takes one at a time in the order it receives them, so every build numbers them alike.
    let indexing: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH);
      const pages = await Promise.all(batch.map(async (file) => ({ file, html: await readFile(path.join(outDir, file), 'utf8') })));
      await indexing;
      // Only entry pages carry data-pagefind-body; index and feed pages in these folders are left out.
      indexing = Promise.all(pages.filter(({ html }) => html.includes('data-pagefind-body')).map(({ file, html }) => add(file, html)));
      indexing.catch(() => undefined); // awaited, and so thrown, with the next batch
    }
    await indexing;
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const vocabulary = buildVocabulary(named);
    await mkdir(path.dirname(path.join(outDir, VOCABULARY_FILE)), { recursive: true });
    await writeFile(path.join(outDir, VOCABULARY_FILE), JSON.stringify(vocabulary));
    await recordSearchIndexKey(outDir, key);
    logger.info(
      `Search: indexed ${named.length} pages and ${vocabulary.length} words of names, titles and tags in ${Math.round(performance.now() - started)} ms.`,
    );
  } finally {
    await pagefind.close();
  }
}
