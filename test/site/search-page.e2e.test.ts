/**
 * The search page in Chromium against the built demo: facet counts that match what
 * choosing the value gives, excerpts that read as text, newest first without losing
 * undated results, and a phone layout that shows results first.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { projectRoot } from '../helpers/site.ts';

const opened = useBrowserAndSite(() => inject('demoDist'));
const PAGE = '[data-search-page]';

/** The number in "18 results." (0 for "No results."), once the search of the current state has run. */
async function resultCount(page: Page): Promise<number> {
  const text = await page.locator(`${PAGE} [data-search-status]`).innerText();
  return /^No results/.test(text) ? 0 : Number(/^(\d+) results?/.exec(text)?.[1] ?? NaN);
}

async function openSearchPage(query: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await opened.browser.newPage({ viewport });
  await page.goto(`${opened.site.url}search/?${query}`);
  await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  return page;
}

/** Every facet value's count as shown: `type:adr` → 1. */
async function shownCounts(page: Page): Promise<Map<string, number>> {
  const counters = await page
    .locator(`${PAGE} [data-count-for]`)
    .evaluateAll((elements) => elements.map((e) => [(e as HTMLElement).dataset.countFor!, Number(e.textContent)] as const));
  return new Map(counters);
}

const checkbox = (page: Page, key: string) => {
  const [facet, value] = key.split(':');
  return page.locator(`${PAGE} input[type=checkbox][name="${facet}"][value="${value}"]`);
};

describe('facet counts', () => {
  test.each(['outbox', 'timescale', 'services'])('every count for "%s" is the number of results choosing that value gives', async (query) => {
    const page = await openSearchPage(`q=${query}`);
    for (const summary of await page.locator(`${PAGE} details.facet:not([open]) summary`).all()) await summary.click();
    const total = await resultCount(page);
    const counts = await shownCounts(page);
    expect(total).toBeGreaterThan(0);
    // Each type's count adds up to the total: every page has one type.
    expect([...counts].filter(([key]) => key.startsWith('type:')).reduce((sum, [, n]) => sum + n, 0)).toBe(total);
    const nonZero = [...counts].filter(([, n]) => n > 0);
    expect(nonZero.length).toBeGreaterThan(3);
    for (const [key, count] of [...nonZero, ...[...counts].filter(([, n]) => n === 0).slice(0, 2)]) {
      await checkbox(page, key).check();
      await expect.poll(() => resultCount(page), { message: `${query}, ${key}` }).toBe(count);
      await checkbox(page, key).uncheck();
      await expect.poll(() => resultCount(page)).toBe(total);
    }
    await page.close();
  });

  test('with a type chosen, the other facets count within it, and each type counts what choosing it instead gives', async () => {
    const page = await openSearchPage('q=outbox&type=adr');
    await expect.poll(() => resultCount(page)).toBe(1);
    const counts = await shownCounts(page);
    expect(counts.get('type:adr')).toBe(1);
    expect(counts.get('type:talk')).toBe(1);
    expect(counts.get('team:backend-platform')).toBe(1);
    expect(counts.get('team:team-beta')).toBe(0);
    // Zero counts are dimmed, not hidden, and a chosen value stays chosen.
    expect(await page.locator(`${PAGE} .facet__option:has([data-count-for="team:team-beta"])`).getAttribute('data-empty')).toBe('');
    expect(await checkbox(page, 'type:adr').isChecked()).toBe(true);
    await checkbox(page, 'type:adr').uncheck();
    await checkbox(page, 'type:dependency').check();
    await expect.poll(() => resultCount(page)).toBe(counts.get('type:dependency'));
    await page.close();
  });
});

/** Every word of the demo's content, as written: a word of an excerpt that is not one of them was glued together. */
async function contentWords(): Promise<Set<string>> {
  const root = path.join(projectRoot, 'content');
  const files = (await readdir(root, { recursive: true })).filter((file) => /\.(md|mdx|ya?ml)$/.test(file));
  const words = new Set<string>();
  for (const file of files) for (const word of (await readFile(path.join(root, file), 'utf8')).split(/[^\p{L}\p{N}]+/u)) words.add(word);
  return words;
}

test('the excerpts of the "outbox" results read as text: no word glued to the next, nothing escaped twice', async () => {
  const page = await openSearchPage('q=outbox');
  const excerpts = await page.locator(`${PAGE} .search-result__excerpt`).allInnerTexts();
  expect(excerpts).toHaveLength(await resultCount(page));
  const known = await contentWords();
  // A word where a lower-case letter meets a capital or a digit meets a letter ("outboxElena", "events10") must be written so in the content.
  const glued = excerpts.flatMap((excerpt) =>
    excerpt.split(/[^\p{L}\p{N}]+/u).filter((word) => /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u.test(word) && !known.has(word)),
  );
  expect(glued).toEqual([]);
  expect(excerpts.filter((excerpt) => /&(lt|gt|amp|quot);/.test(excerpt))).toEqual([]);
  await page.close();
});

/** The result dates in the order shown (undefined for a result without one), read from "Backend Platform · Nov 10, 2026". */
async function shownDates(page: Page): Promise<(number | undefined)[]> {
  const metas = await page
    .locator(`${PAGE} .search-result`)
    .evaluateAll((items) => items.map((item) => item.querySelector('.search-result__meta')?.textContent ?? ''));
  return metas.map((meta) => {
    const date = /([A-Z][a-z]{2} \d{1,2}, \d{4})$/.exec(meta)?.[1];
    return date ? Date.parse(`${date} UTC`) : undefined;
  });
}

/** Dated results newest first, then the undated ones. */
function isNewestFirst(dates: (number | undefined)[]): boolean {
  const firstUndated = dates.indexOf(undefined);
  const dated = (firstUndated === -1 ? dates : dates.slice(0, firstUndated)) as number[];
  return dates.slice(dated.length).every((date) => date === undefined) && dated.every((date, i) => i === 0 || dated[i - 1]! >= date);
}

function expectNewestFirst(dates: (number | undefined)[]): void {
  const firstUndated = dates.indexOf(undefined);
  const dated = (firstUndated === -1 ? dates : dates.slice(0, firstUndated)) as number[];
  if (firstUndated !== -1) expect(dates.slice(firstUndated).every((date) => date === undefined)).toBe(true);
  expect(dated).toEqual([...dated].sort((a, b) => b - a));
}

describe('newest first', () => {
  test('keeps every result, the undated ones after the dated ones', async () => {
    const page = await openSearchPage('q=outbox');
    const total = await resultCount(page);
    await page.locator(`${PAGE} [data-search-sort]`).selectOption('date');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('date');
    await expect.poll(() => resultCount(page)).toBe(total);
    // The list is replaced once the searches by date answer: wait for that, not just for as many results.
    await expect.poll(async () => isNewestFirst(await shownDates(page)), { timeout: 10_000 }).toBe(true);
    const dates = await shownDates(page);
    expect(dates).toHaveLength(total);
    expect(dates.filter((date) => date === undefined).length).toBeGreaterThan(0);
    expect(dates.filter((date) => date !== undefined).length).toBeGreaterThan(5);
    expectNewestFirst(dates);
    await page.close();
  });

  test('a filter without words lists its entries newest first', async () => {
    const page = await openSearchPage('type=talk');
    await expect.poll(() => resultCount(page)).toBe(9);
    const dates = await shownDates(page);
    expect(dates.every((date) => date !== undefined)).toBe(true);
    expectNewestFirst(dates);
    await page.close();
  });
});

describe('on a phone', () => {
  test('the first result is above the fold, and the filters fold behind a button that counts the chosen ones', async () => {
    const viewport = { width: 390, height: 844 };
    const page = await openSearchPage('q=outbox&type=adr&type=talk', viewport);
    await expect.poll(() => resultCount(page)).toBe(2);
    const first = (await page.locator(`${PAGE} .search-result`).first().boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(viewport.height);
    const toggle = page.getByRole('button', { name: 'Filters (2)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(`${PAGE} [data-search-facets]`).isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator(`${PAGE} [data-search-facets]`).isVisible()).toBe(true);
    await checkbox(page, 'type:adr').uncheck();
    await expect.poll(() => page.getByRole('button', { name: /^Filters/ }).innerText()).toBe('Filters (1)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

test('on a phone the dialog wraps long titles instead of cutting them', async () => {
  const page = await opened.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(opened.site.url);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the handbook' }).fill('passkey');
  const titles = page.locator('[data-search-dialog] .search-result__title');
  await expect.poll(() => titles.count(), { timeout: 10_000 }).toBeGreaterThan(2);
  const cut = await titles.evaluateAll((elements) =>
    elements.filter((e) => e.scrollWidth > e.clientWidth || getComputedStyle(e).textOverflow === 'ellipsis').map((e) => e.textContent),
  );
  expect(cut).toEqual([]);
  // "Passkey sign-in on driver app needs Passkey login" takes more than one line at this width.
  const lines = await titles.evaluateAll((elements) =>
    elements.map((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );
  expect(Math.max(...lines)).toBeGreaterThan(1);
  await page.close();
});

test('"Did you mean" offers the word a typo missed, and choosing it searches for it', async () => {
  const page = await opened.browser.newPage();
  await page.goto(opened.site.url);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the handbook' }).fill('pasky');
  const suggestion = page.locator('[data-search-dialog] [data-search-suggestion]');
  await expect.poll(() => suggestion.getAttribute('data-search-suggestion'), { timeout: 10_000 }).toBe('passkey');
  expect(await suggestion.innerText()).toBe('Did you mean passkey?');
  await suggestion.getByRole('button', { name: 'passkey' }).click();
  expect(await page.getByRole('combobox', { name: 'Search the handbook' }).inputValue()).toBe('passkey');
  await expect
    .poll(() => page.locator('[data-search-dialog] .search-result__title').first().innerText())
    .toBe('Passkeys for warehouse staff on shared devices');
  expect(await suggestion.count()).toBe(0);
  await page.close();
});
