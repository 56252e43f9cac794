/**
 * Bytes a reader's browser fetches to search a built site: the first query typed
 * into the header's search dialog (Pagefind's runtime, its index metadata, an index
 * chunk and the results' fragments), then each later query alone. Served gzipped by
 * the static server, as a host would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../dev/browser.ts';
import { serveSite } from '../dev/static-server.ts';
import { VOCABULARY_FILE, type Vocabulary } from '../../../src/lib/search/vocabulary.ts';

export interface SearchTransfer {
  first: { query: string; bytes: number };
  later: { query: string; bytes: number }[];
  /** Median of the later queries. */
  laterMedian: number;
  vocabulary: { words: number; gzipBytes: number };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length === 0 ? 0 : Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

/** Types `query` into the open dialog and waits until its results are shown and nothing more is loading. */
async function typeQuery(page: Page, query: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Search the handbook' });
  const status = '[data-search-dialog] [data-search-status]';
  // Emptied first, so the previous query's status is never read as this one's.
  await input.fill('');
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '', status);
  await page.waitForLoadState('networkidle');
  await input.fill(query);
  await page.waitForFunction((selector) => /result/i.test(document.querySelector(selector)?.textContent ?? ''), status, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

export async function searchTransfer(outDir: string, first: string, later: readonly string[]): Promise<SearchTransfer> {
  const [browser, site] = await Promise.all([launchBrowser(), serveSite(outDir)]);
  try {
    const page = await browser.newPage();
    const bytes: number[] = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes.push(sizes.responseBodySize + sizes.responseHeadersSize);
    });
    await page.goto(site.url);
    await page.waitForLoadState('networkidle');
    const measure = async (query: string, open = false) => {
      const before = bytes.length;
      // Opening the dialog loads the search code and Pagefind: part of the first query.
      if (open) await page.keyboard.press('/');
      await typeQuery(page, query);
      // Size reports arrive after the request ends; give the last ones a moment.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { query, bytes: bytes.slice(before).reduce((sum, b) => sum + b, 0) };
    };
    const firstQuery = await measure(first, true);
    const laterQueries: { query: string; bytes: number }[] = [];
    for (const query of later) laterQueries.push(await measure(query));
    const text = await readFile(path.join(outDir, VOCABULARY_FILE), 'utf8');
    return {
      first: firstQuery,
      later: laterQueries,
      laterMedian: median(laterQueries.map((q) => q.bytes)),
      vocabulary: { words: (JSON.parse(text) as Vocabulary).length, gzipBytes: gzipSync(text).length },
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
