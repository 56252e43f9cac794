/**
 * Builds the Pagefind index after the pages are written, and the small vocabulary
 * "Did you mean …" draws on. Only pages that mark their main content
 * (`data-pagefind-body`) are indexed, and diagrams and players are left out so their
 * labels do not turn up as excerpts. Each page is handed to Pagefind with a space
 * between adjacent tags (see lib/search/indexed-html.ts), so excerpts read as text.
 */
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEXED_SECTIONS } from '../lib/search/page-facts.ts';
import { filterValues, spaceBetweenTags } from '../lib/search/indexed-html.ts';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/vocabulary.ts';

/**
 * Words per index chunk (Pagefind counts word positions). Pagefind's default of
 * 20,000 makes a 5,000-entry handbook's chunks 20–40 KB, so a query for a word in a
 * chunk not yet loaded costs that much; smaller chunks keep a later query within the
 * 10 KB budget, at the price of a slightly longer chunk list in the index metadata.
 */
const INDEX_CHUNK_SIZE = 2000;
/** Pages handed to Pagefind at a time: enough to keep its indexer busy, few enough to bound memory. */
const CONCURRENCY = 32;

async function entryPages(outDir: string): Promise<string[]> {
  const pages: string[] = [];
  for (const section of INDEXED_SECTIONS) {
    const files = await readdir(path.join(outDir, section), { recursive: true }).catch(() => [] as string[]);
    for (const file of files) if (file.endsWith('.html')) pages.push(path.join(section, file).split(path.sep).join('/'));
  }
  // Sorted, so the pages are numbered alike from build to build and the index files keep their names.
  return pages.sort();
}

/** Runs `work` over `items` a batch at a time, keeping their order within each batch. */
async function inBatches<T, R>(items: readonly T[], work: (batch: readonly T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += CONCURRENCY) out.push(...(await work(items.slice(start, start + CONCURRENCY))));
  return out;
}

/** `teams/mobile/index.html` → `/teams/mobile/`, as Pagefind names a page found on disk. */
const pageUrl = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export async function buildSearchIndex(outDirUrl: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(outDirUrl);
  const started = performance.now();
  // Read by the Pagefind service when it starts (pagefind/src/options.rs); it has no other way to set the chunk size.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '[data-diagram]', '.player', 'script', 'style'] });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const named: { title: string; tags: string[] }[] = [];
    await inBatches(await entryPages(outDir), async (batch) => {
      const pages = await Promise.all(batch.map(async (file) => ({ file, html: await readFile(path.join(outDir, file), 'utf8') })));
      // Handed over in order: the Pagefind service takes one page at a time, in the order it receives them.
      return Promise.all(
        pages
          // Only entry pages carry data-pagefind-body; index and feed pages in these folders are left out.
          .filter(({ html }) => html.includes('data-pagefind-body'))
          .map(async ({ file, html }) => {
            const added = await index.addHTMLFile({ url: pageUrl(file), content: spaceBetweenTags(html) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            named.push({ title: added.file.meta.title ?? '', tags: filterValues(html, 'tag') });
          }),
      );
    });
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const vocabulary = buildVocabulary(named);
    await mkdir(path.dirname(path.join(outDir, VOCABULARY_FILE)), { recursive: true });
    await writeFile(path.join(outDir, VOCABULARY_FILE), JSON.stringify(vocabulary));
    logger.info(`Search: indexed ${named.length} pages and ${vocabulary.length} words of names, titles and tags in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}
