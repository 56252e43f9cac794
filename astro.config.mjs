// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { atrium } from './src/integrations/atrium.ts';

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  // Separate builds (tests, previews) can keep separate content caches.
  ...(process.env.ATRIUM_ASTRO_CACHE_DIR ? { cacheDir: process.env.ATRIUM_ASTRO_CACHE_DIR } : {}),
  integrations: [atrium(), mdx()],
});
