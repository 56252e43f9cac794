/**
 * npm run build [-- --outDir <dir>] [--force]: `astro build`, unless the site in the
 * output folder was built from exactly the same content, code, settings and Git commit
 * within the same hour (src/lib/site-reuse.ts); then it is current and is kept as it is.
 * `--force` builds anyway. Any other argument is passed to `astro build`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { config } from '../src/config.ts';
import { projectRoot } from '../src/project-root.ts';
import { isCurrent, readStamp, siteKey, writeStamp } from '../src/lib/site-reuse.ts';

const argv = process.argv.slice(2);
const force = argv.includes('--force');
const args = argv.filter((arg) => arg !== '--force');
const outFlag = args.findIndex((arg) => arg === '--outDir');
const outDir = path.resolve(projectRoot, outFlag >= 0 && args[outFlag + 1] ? args[outFlag + 1]! : 'dist');
// Astro's own cache folder (astro.config.mjs), where the content layer keeps its store too.
const cacheDir = path.resolve(projectRoot, process.env.ATRIUM_ASTRO_CACHE_DIR ?? 'node_modules/.astro');
const inputs = { projectRoot, contentDir: path.resolve(projectRoot, config.contentDir), args, env: process.env };

const started = performance.now();
const key = await siteKey({ ...inputs, now: new Date() });
if (!force && isCurrent(await readStamp(cacheDir), key, outDir)) {
  const shown = path.relative(process.cwd(), outDir) || '.';
  console.log(
    `Nothing changed since the site in ${shown}/ was built (same content, code, settings and commit, within the hour): it is current, kept as it is (checked in ${Math.round(performance.now() - started)} ms). \`npm run build -- --force\` builds anyway.`,
  );
  process.exit(0);
}

const code = await new Promise<number>((resolve) => {
  const astro = spawn(path.join(projectRoot, 'node_modules/.bin/astro'), ['build', ...args], { cwd: projectRoot, stdio: 'inherit' });
  astro.on('error', () => resolve(1));
  astro.on('close', (status) => resolve(status ?? 1));
});
// Stamped only if nothing changed while it built: a file saved halfway would otherwise be taken as built.
if (code === 0 && (await siteKey({ ...inputs, now: new Date() })) === key) await writeStamp(cacheDir, { key, outDir });
process.exit(code);
