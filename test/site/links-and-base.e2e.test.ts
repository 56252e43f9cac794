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
import { checkSite, formatLinkProblem, readSite } from '../../src/lib/links/check-links.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite, type StaticSite } from '../helpers/static-server.ts';
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
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe('JavaScript on content pages', () => {
  test('a team page loads no script file, and its inline scripts are under 2 KB gzipped', async () => {
    const html = await readFile(path.join(inject('demoDist'), 'teams/backend-platform/index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
    expect(inline.length).toBeGreaterThan(0);
    expect(gzipSync(inline).length).toBeLessThan(2048);
  });
});
