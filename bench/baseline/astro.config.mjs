// The baseline: plain Astro rendering the same entries with a minimal layout,
// built side by side with Atrium by `npm run bench`.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.com',
  trailingSlash: 'always',
  ...(process.env.ATRIUM_ASTRO_CACHE_DIR ? { cacheDir: process.env.ATRIUM_ASTRO_CACHE_DIR } : {}),
});
