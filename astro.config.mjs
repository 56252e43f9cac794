// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { atrium } from './src/integrations/atrium.ts';
import { outDirSwap } from './src/integrations/out-dir-swap.ts';

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  // Separate builds (tests, previews) can keep separate content caches.
  ...(process.env.ATRIUM_ASTRO_CACHE_DIR ? { cacheDir: process.env.ATRIUM_ASTRO_CACHE_DIR } : {}),
  // The sitemap lists pages only: feeds, calendars, digest emails and the home page's per-team fragments are not pages to index.
  // outDirSwap stays last: it moves the finished site into place once the others are done.
  integrations: [atrium(), mdx(), sitemap({ filter: (page) => page.endsWith('/') && !/\/for-you\/[^/]+\/$/.test(page) }), outDirSwap()],
});
