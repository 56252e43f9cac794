/**
 * The hostile handbook in Chromium: every page type carries a Content-Security-Policy
 * that its own scripts satisfy (search with Pagefind's WebAssembly, the video facade's
 * player), nothing of the hostile bodies runs, a right-to-left override in a name does
 * not reverse the text after it, a long word does not widen a phone's page, and search
 * excerpts read as written.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';

const env = useBrowserAndSite(() => inject('trustDist'));

const PAGES = [
  '',
  'teams/',
  'teams/checkout/',
  'teams/platform/',
  'people/',
  'people/ada-lovelace/',
  'adrs/',
  'adrs/0002-use-postgres-with-timescale/',
  'adrs/0003-cache-carts/',
  'adrs/status/accepted/',
  'talks/',
  'talks/2026-11-06-timescale-in-production/',
  'talks/2026-11-05-hostile-mdx/',
  'guilds/api-guild/',
  'dependencies/',
  'dependencies/checkout-needs-pooler/',
  'updates/',
  'updates/2026-11-20-platform/',
  'digest/',
  'digest/2026-w47/',
  'subscribe/',
  'search/?q=timescale',
  '404.html',
];

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
}

/** A page that records every CSP violation, from before its first script on. */
async function watchedPage(): Promise<{ page: Page; violations: Violation[] }> {
  const page = await env.browser.newPage();
  const violations: Violation[] = [];
  await page.exposeFunction('reportViolation', (violation: Violation) => violations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (v: unknown) => void }).reportViolation({
        page: location.pathname,
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
      }),
    ),
  );
  return { page, violations };
}

async function openSearch(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the handbook' }).fill(query);
  await expect.poll(() => page.locator('[data-search-dialog] .search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return page.locator('[data-search-dialog] .search-result__excerpt').allInnerTexts();
}

describe('Content-Security-Policy', () => {
  test('every page type has one, before its first script, and nothing on it is refused; hostile bodies run nothing', async () => {
    const { page, violations } = await watchedPage();
    for (const route of PAGES) {
      const response = await page.goto(`${env.site.url}${route}`, { waitUntil: 'networkidle' });
      expect(response?.status(), route).toBe(200);
      const policy = await page.evaluate(() => {
        const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
        const firstScript = document.querySelector('script');
        return {
          content: meta?.getAttribute('content') ?? '',
          beforeScripts: Boolean(meta && (!firstScript || meta.compareDocumentPosition(firstScript) & Node.DOCUMENT_POSITION_FOLLOWING)),
        };
      });
      expect(policy.content, route).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+; /);
      expect(policy.content, route).toContain("object-src 'none'");
      expect(policy.beforeScripts, route).toBe(true);
      // The theme toggle is an inline script: allowed by its hash, it works.
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      const before = await theme();
      await page.locator('[data-theme-toggle]').click();
      expect([before, await theme()], route).toEqual(before === 'dark' ? ['dark', 'light'] : ['light', 'dark']);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), route).toBeUndefined();
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  test('search (Pagefind WebAssembly), the video player and hovering hostile markup work under it', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${env.site.url}talks/2026-11-06-timescale-in-production/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => page.locator('iframe.player__media').getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/abc123?autoplay=1');
    await page.getByText('Hover me').hover();
    await page.getByText('Click me').click();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect((await openSearch(page, 'aggregates')).length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('user text in running text', () => {
  test('a right-to-left override in a name reverses neither the name nor the text after it', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}adrs/0002-use-postgres-with-timescale/`);
    const deciders = page.locator('dt:text-is("Deciders") + dd');
    expect(await deciders.innerText()).toBe('Ada Lovelace, Alan <img src=x onerror=alert(1)> Turing');
    // Laid out left to right: each link's first letter is left of its fourth (both on its first line).
    const order = await deciders.locator('a').evaluateAll((links) =>
      links.map((link) => {
        const text = link.querySelector('bdi')?.firstChild ?? link.firstChild!;
        const at = (offset: number) => {
          const range = document.createRange();
          range.setStart(text, offset);
          range.setEnd(text, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return at(0) < at(3);
      }),
    );
    expect(order).toEqual([true, true]);
    await page.close();
  });

  test('a 120-character word in a title does not make a phone’s page wider than the phone', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    const widths: Record<string, number> = {};
    for (const route of ['', 'adrs/', 'adrs/0003-cache-carts/', 'teams/checkout/', 'adrs/status/proposed/']) {
      await page.goto(`${env.site.url}${route}`);
      widths[route] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(widths).toEqual({ '': 375, 'adrs/': 375, 'adrs/0003-cache-carts/': 375, 'teams/checkout/': 375, 'adrs/status/proposed/': 375 });
    await page.close();
  });

  test('search excerpts show the text as written, escaped once', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}teams/checkout/`);
    const excerpts = await openSearch(page, 'comparison operators');
    expect(excerpts.some((text) => text.includes('a < b && c > d'))).toBe(true);
    expect(excerpts.join(' ')).not.toContain('&lt;');
    await page.close();
  });
});
