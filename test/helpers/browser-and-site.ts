/** One Chromium and one local server for the built site, opened before a suite's tests and closed after them. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/dev/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/dev/static-server.ts';

export function useBrowserAndSite(dist: () => string, base = '/'): { readonly browser: Browser; readonly site: StaticSite } {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(dist(), base)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get site() {
      return site!;
    },
  };
}
