/**
 * Search relevance on the demo handbook, as a reader meets it: each query of
 * `test/search/relevance.json` is typed into the search dialog of the built site in
 * Chromium, and the page that must come first is looked for among the results. A typo
 * counts as found when the dialog offers "Did you mean …" and following it puts the
 * page first. Prints top-1 accuracy and mean reciprocal rank.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { projectRoot } from '../helpers/site.ts';

interface RelevanceCase {
  query: string;
  first: string;
  kind: string;
  didYouMean?: string;
}

const opened = useBrowserAndSite(() => inject('demoDist'));
const cases: RelevanceCase[] = JSON.parse(await readFile(path.join(projectRoot, 'test/search/relevance.json'), 'utf8')).queries;

/** Result paths in order, relative to the site's base, for a query typed into the dialog. */
async function resultPaths(page: Page, query: string): Promise<{ paths: string[]; suggestion: string | undefined }> {
  const input = page.getByRole('combobox', { name: 'Search the handbook' });
  const status = page.locator('[data-search-dialog] [data-search-status]');
  // Emptying the box first clears the status, so the previous query's answer is never read as this one's.
  await input.fill('');
  await expect.poll(() => status.innerText()).toBe('');
  await input.fill(query);
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/result/i);
  const links = await page
    .locator('[data-search-dialog] [data-search-results] a')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
  const suggestion = await page
    .locator('[data-search-dialog] [data-search-suggestion]')
    .first()
    .getAttribute('data-search-suggestion', { timeout: 500 })
    .catch(() => null);
  return { paths: links.map((link) => link.replace(/^\//, '')), suggestion: suggestion ?? undefined };
}

test(`relevance: top-1 accuracy at least 90% over ${cases.length} queries`, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  const page = await opened.browser.newPage();
  await page.goto(opened.site.url);
  await page.keyboard.press('/');
  const ranks: { query: string; rank: number; top: string | undefined; expected: string }[] = [];
  for (const { query, first, didYouMean } of cases) {
    const typed = await resultPaths(page, query);
    const { paths } = typed.paths[0] !== first && didYouMean && typed.suggestion === didYouMean ? await resultPaths(page, typed.suggestion) : typed;
    const index = paths.indexOf(first);
    ranks.push({ query, rank: index === -1 ? Infinity : index + 1, top: paths[0], expected: first });
  }
  await page.close();
  const top1 = ranks.filter((r) => r.rank === 1).length / ranks.length;
  const mrr = ranks.reduce((sum, r) => sum + (Number.isFinite(r.rank) ? 1 / r.rank : 0), 0) / ranks.length;
  const misses = ranks.filter((r) => r.rank !== 1).map((r) => `  "${r.query}": expected ${r.expected} (rank ${r.rank}), got ${r.top ?? 'nothing'}`);
  console.log(
    `search relevance: top-1 ${(top1 * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)} over ${ranks.length} queries${misses.length ? `\n${misses.join('\n')}` : ''}`,
  );
  expect(top1).toBeGreaterThanOrEqual(0.9);
});
