/**
 * The whole built site has no broken internal link or #fragment, at the root and
 * under a base path; the base-path build works in a browser; and a content page
 * ships only its two tiny inline scripts.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { checkSite, formatLinkProblem, readSite } from '../../scripts/lib/links/check-links.ts';
import { launchBrowser } from '../../scripts/lib/dev/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/dev/static-server.ts';
import { BASE_PATH } from './build-demo.ts';

const SITE = 'https://northwind-labs.github.io';

describe.each([
  { name: 'root', dist: () => inject('demoDist'), base: '/' },
  { name: 'base path', dist: () => inject('baseDist'), base: BASE_PATH },
])('link check ($name)', ({ dist, base }) => {
  test('no broken internal link, asset or fragment anywhere', async () => {
    const { pages, files } = await readSite(dist());
    const report = checkSite(pages, { base, siteOrigin: SITE, files });
    expect(report.pagesChecked).toBeGreaterThan(150);
    expect(report.linksChecked).toBeGreaterThan(3000);
    expect(report.problems.map((p) => formatLinkProblem(p, 'dist'))).toEqual([]);
  });
});

describe('deployed under /handbook/', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(inject('baseDist'), BASE_PATH)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('pages, styles and navigation stay under the base path', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto(site.url);
    expect(site.url).toMatch(/\/handbook\/$/);
    const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((href) => !href.startsWith('/handbook/'))).toEqual([]);
    // The stylesheet loaded: the header is sticky only when the CSS applies.
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guilds' }).click();
    await page.waitForURL(`${site.url}guilds/`);
    await page.getByRole('link', { name: 'API Guild' }).click();
    await page.waitForURL(`${site.url}guilds/api-guild/`);
    expect(await page.locator('h1').innerText()).toBe('API Guild');
    // Search loads its index from under the base path and links results there too.
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search the handbook' }).fill('elasticsearch');
    await page.locator('[data-search-dialog] [role="option"]').first().click();
    await page.waitForURL(`${site.url}adrs/0004-use-postgresql-with-timescale-for-analytics/`);
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe('JavaScript on content pages', () => {
  test('before any interaction a team page runs under 5 KB of JavaScript (gzipped): theme, time zones, search trigger', async () => {
    const html = await readFile(path.join(inject('demoDist'), 'teams/backend-platform/index.html'), 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
    const [browser, site] = await Promise.all([launchBrowser(), serveSite(inject('demoDist'))]);
    try {
      const page = await browser.newPage();
      const scripts: { url: string; bytes: number }[] = [];
      page.on('requestfinished', async (request) => {
        if (request.resourceType() !== 'script') return;
        const sizes = await request.sizes();
        scripts.push({ url: request.url(), bytes: sizes.responseBodySize });
      });
      await page.goto(`${site.url}teams/backend-platform/`);
      await page.waitForLoadState('networkidle');
      const external = scripts.reduce((sum, script) => sum + script.bytes, 0);
      const total = gzipSync(inline).length + external;
      console.log(`content page JavaScript: ${gzipSync(inline).length} bytes inline + ${external} bytes in ${scripts.length} files, gzipped`);
      expect(scripts.map((s) => s.url).filter((url) => /pagefind|search-dialog|mermaid/.test(url))).toEqual([]);
      expect(total).toBeLessThan(5 * 1024);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
