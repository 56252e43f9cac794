/**
 * Builds the Pagefind index after the pages are written. Only pages that mark
 * their main content (`data-pagefind-body`) are indexed, and diagrams and players
 * are left out so their labels do not turn up as excerpts.
 */
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEXED_SECTIONS } from '../lib/search/facets.ts';


export async function buildSearchIndex(outDirUrl: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(outDirUrl);
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '[data-diagram]', '.player', 'script', 'style'] });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only entry pages carry data-pagefind-body; skipping the rest saves parsing thousands of index and feed pages.
    const added = await index.addDirectory({ path: outDir, glob: `{${INDEXED_SECTIONS.join(',')}}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`Search: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}
