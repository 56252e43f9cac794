/**
 * Search in a real Chromium against the built demo: the dialog opens from the
 * keyboard, finds ADR bodies and talk transcripts, filters, links and navigates by
 * keyboard; nothing of search loads before it is opened.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { seriousViolations } from '../helpers/axe.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';

const opened = useBrowserAndSite(() => inject('demoDist'));

/** A page that records every request it makes, with the bytes received. */
async function trackedPage(options: Parameters<Browser['newPage']>[0] = {}): Promise<{ page: Page; requests: { url: string; bytes: number }[] }> {
  const page = await opened.browser.newPage(options);
  const requests: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    requests.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
  });
  return { page, requests };
}

const resultTitles = (page: Page, scope = '[data-search-dialog]') => page.locator(`${scope} .search-result__title`).allInnerTexts();

async function searchInDialog(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const input = page.getByRole('combobox', { name: 'Search the handbook' });
  await input.fill(query);
  await expect.poll(() => resultTitles(page), { timeout: 10_000 }).not.toEqual([]);
  return resultTitles(page);
}

describe('the search dialog', () => {
  test('a content page requests nothing of search until it is opened', async () => {
    const { page, requests } = await trackedPage();
    await page.goto(`${opened.site.url}teams/backend-platform/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => /pagefind|search-dialog|search-page/.test(r.url))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => requests.some((r) => r.url.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  test('opens with / and with Ctrl+K, and closes with Escape', async () => {
    const page = await opened.browser.newPage();
    await page.goto(opened.site.url);
    const dialog = page.locator('[data-search-dialog]');
    await page.keyboard.press('/');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.close();
  });

  test('a word from an ADR body finds that ADR first, with its type, team and highlighted excerpt', async () => {
    const page = await opened.browser.newPage();
    await page.goto(opened.site.url);
    // "Elasticsearch" appears only in the body of ADR 0004 (a rejected alternative), not in any title.
    const titles = await searchInDialog(page, 'elasticsearch');
    expect(titles[0]).toBe('Use PostgreSQL with Timescale for the analytics pipeline');
    const first = page.locator('[data-search-dialog] .search-result').first();
    expect(await first.locator('.badge').innerText()).toBe('ADR');
    expect(await first.locator('.search-result__meta').innerText()).toContain('Data & Analytics');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a phrase said in a talk finds the talk by its transcript', async () => {
    const page = await opened.browser.newPage();
    await page.goto(opened.site.url);
    const titles = await searchInDialog(page, 'saved us from rewriting the dashboard queries');
    expect(titles[0]).toBe('Timescale in production: continuous aggregates in the analytics pipeline');
    await page.close();
  });

  test('results are navigable with the arrow keys and open with Enter', async () => {
    const page = await opened.browser.newPage();
    await page.goto(opened.site.url);
    const titles = await searchInDialog(page, 'outbox');
    expect(titles.length).toBeGreaterThan(1);
    const input = page.getByRole('combobox', { name: 'Search the handbook' });
    const selected = () => page.locator('[data-search-dialog] [role="option"][aria-selected="true"] .search-result__title').innerText();
    expect(await selected()).toBe(titles[0]);
    await input.press('ArrowDown');
    expect(await selected()).toBe(titles[1]);
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-dialog-result-1');
    await input.press('ArrowUp');
    await input.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/');
    expect(await page.locator('h1').innerText()).toBe(titles[0]);
    await page.close();
  });

  test('the open dialog has no serious accessibility violation', async () => {
    const context = await opened.browser.newContext();
    const page = await context.newPage();
    await page.goto(opened.site.url);
    await searchInDialog(page, 'timescale');
    expect(await seriousViolations(page, { include: '[data-search-dialog]' })).toEqual([]);
    await context.close();
  });

  test('the first query stays under 150 KB; later queries fetch only results, and any index chunk not yet loaded', async () => {
    const indexDir = path.join(inject('demoDist'), 'pagefind/index');
    const largestChunk = Math.max(...(await Promise.all((await readdir(indexDir)).map(async (file) => (await stat(path.join(indexDir, file))).size))));
    const { page, requests } = await trackedPage();
    await page.goto(opened.site.url);
    await page.waitForLoadState('networkidle');
    const bytesOf = async (query: string) => {
      const before = requests.length;
      if (query === 'postgres') await searchInDialog(page, query);
      else await page.getByRole('combobox', { name: 'Search the handbook' }).fill(query);
      await expect.poll(() => page.locator('[data-search-status]').first().innerText()).toMatch(/result/);
      await page.waitForLoadState('networkidle');
      const fetched = requests.slice(before);
      return {
        bytes: fetched.reduce((sum, r) => sum + r.bytes, 0),
        chunks: fetched.filter((r) => r.url.endsWith('.pf_index')).length,
        urls: fetched.map((r) => r.url),
      };
    };
    const first = await bytesOf('postgres');
    const later = [await bytesOf('kafka'), await bytesOf('timescale'), await bytesOf('outbox')];
    console.log(
      `search transfer: first query ${first.bytes} bytes; later queries ${later.map((l) => `${l.bytes} bytes (${l.chunks} new index chunks)`).join(', ')}`,
    );
    expect(first.bytes).toBeLessThan(150 * 1024);
    for (const query of later) {
      expect(query.urls.filter((url) => /pagefind\.js|wasm|pf_meta/.test(url))).toEqual([]);
      expect(query.bytes).toBeLessThan(10 * 1024 + query.chunks * largestChunk);
    }
    expect(later.some((query) => query.chunks === 0 && query.bytes < 10 * 1024)).toBe(true);
    await page.close();
  });
});

describe('the search page', () => {
  test('runs the search in the URL on load, and the status filter narrows it', async () => {
    const page = await opened.browser.newPage();
    await page.goto(`${opened.site.url}search/?q=services&type=adr`);
    const titles = () => resultTitles(page, '[data-search-page]');
    await expect.poll(titles, { timeout: 10_000 }).not.toEqual([]);
    const all = await titles();
    expect(await page.locator('[data-search-page] .search-result .badge').allInnerTexts()).toEqual(all.map(() => 'ADR'));
    await page.getByRole('checkbox', { name: /^accepted/ }).check();
    await expect.poll(async () => (await titles()).length).toBeLessThan(all.length);
    expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['accepted']);
    const accepted = await titles();
    expect(accepted.length).toBeGreaterThan(0);
    for (const title of accepted) expect(all).toContain(title);
    await page.close();
  });

  test('is usable at phone width', async () => {
    const page = await opened.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${opened.site.url}search/?q=timescale`);
    await expect.poll(() => resultTitles(page, '[data-search-page]'), { timeout: 10_000 }).not.toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
