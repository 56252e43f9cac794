/** After the build: each page gets its Content-Security-Policy, computed from its final HTML (src/lib/security/csp.ts). */
import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withContentSecurityPolicy } from '../lib/security/csp.ts';

/** Pages only: feeds, calendars and digest emails are not shown by a browser as part of the site. */
const PAGE = /(?:^|[\\/])(?:index|404)\.html$/;
const AT_ONCE = 32;

export async function writeContentSecurityPolicies(outDirUrl: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(outDirUrl);
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => PAGE.test(file));
  for (let start = 0; start < pages.length; start += AT_ONCE) {
    await Promise.all(
      pages.slice(start, start + AT_ONCE).map(async (file) => {
        const target = path.join(outDir, file);
        const html = await readFile(target, 'utf8');
        const secured = withContentSecurityPolicy(html);
        if (secured !== html) await writeFile(target, secured);
      }),
    );
  }
  logger.info(`Content-Security-Policy: written into ${pages.length} pages.`);
}
