/**
 * npm run screenshots [-- --dist dist --out .cache/screenshots]
 * Takes screenshots of every page type of a built site, light and dark, desktop and
 * phone, so a change to the design can be looked at before it is merged.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/dev/browser.ts';
import { serveSite } from './lib/dev/static-server.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: '.cache/screenshots' }, pages: { type: 'string' } },
});

const PAGES = values.pages?.split(',') ?? [
  '',
  'teams/',
  'teams/backend-platform/',
  'people/',
  'adrs/',
  'adrs/0011-use-connect-rpc-for-internal-services/',
  'adrs/0013-introduce-a-transactional-outbox-for-domain-events/',
  'talks/',
  'talks/2026-09-18-timescale-in-production-continuous-aggregates/',
  'guilds/',
  'guilds/api-guild/',
  'dependencies/',
  'updates/',
  'programs/',
  'programs/rotations/2026-11-16-amara-nwosu/',
  'programs/mentorships/2026-10-05-ben-harris/',
  'teams/data-analytics/',
];
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const site = await serveSite(path.resolve(values.dist));
const browser = await launchBrowser();
await mkdir(values.out, { recursive: true });
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      for (const route of PAGES) {
        await page.goto(site.url + route);
        const name = `${route.replace(/\/$/, '').replace(/\//g, '_') || 'home'}-${device}-${scheme}.png`;
        await page.screenshot({ path: path.join(values.out, name), fullPage: true });
      }
      await page.close();
    }
  }
  console.log(`Screenshots of ${PAGES.length} pages in ${values.out}`);
} finally {
  await browser.close();
  await site.close();
}
