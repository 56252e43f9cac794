/**
 * A rebuild with nothing changed reuses the site already built. `astro build` renders
 * every page again whatever changed; Atrium's output is a function of its inputs (the
 * content folder, the code and settings, the content's Git history for "last updated",
 * and the clock), so when all of them are the same as for the site in the output folder,
 * building again would write the same files. The clock is taken to the hour: "upcoming"
 * talks and office hours move on within a day, so a site is reused within the hour it
 * was built in, never longer. Any byte of content or code, an added or renamed file, a
 * setting in the environment or a new commit gives another key and a full build.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { hashTree } from './check-cache.ts';

/** What the site is built from besides the content folder, relative to the project root. */
export const SITE_CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** The record kept in Astro's cache folder of the last site built, and from what. */
export const SITE_STAMP = 'atrium-site.json';

export interface SiteInputs {
  projectRoot: string;
  contentDir: string;
  /** The build's arguments after `astro build`, e.g. `--outDir dist`. */
  args: readonly string[];
  /** Settings that change the output: every ATRIUM_* variable, and NODE_ENV. */
  env: NodeJS.ProcessEnv;
  now: Date;
}

export interface SiteStamp {
  key: string;
  outDir: string;
}

/** The environment variables a build reads, sorted, so their order in the shell does not matter. */
export const buildSettings = (env: NodeJS.ProcessEnv): [string, string][] =>
  Object.entries(env)
    .filter((entry): entry is [string, string] => (entry[0].startsWith('ATRIUM_') || entry[0] === 'NODE_ENV') && entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The commit the content folder is at ("last updated" dates come from its history), or "none" outside Git. */
async function contentCommit(contentDir: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: contentDir });
    return stdout.trim();
  } catch {
    return 'none';
  }
}

export async function siteKey(inputs: SiteInputs): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      hour: inputs.now.toISOString().slice(0, 13),
      args: inputs.args,
      settings: buildSettings(inputs.env),
      node: process.version,
      commit: await contentCommit(inputs.contentDir),
    }),
  );
  hash.update('\0content\0');
  await hashTree(hash, inputs.contentDir, '.');
  hash.update('\0code\0');
  for (const part of SITE_CODE) await hashTree(hash, inputs.projectRoot, part);
  return hash.digest('hex');
}

/** The stamp of the last site built, if any is readable. */
export async function readStamp(cacheDir: string): Promise<SiteStamp | undefined> {
  try {
    const stamp = JSON.parse(await readFile(path.join(cacheDir, SITE_STAMP), 'utf8')) as Partial<SiteStamp>;
    return typeof stamp.key === 'string' && typeof stamp.outDir === 'string' ? { key: stamp.key, outDir: stamp.outDir } : undefined;
  } catch {
    return undefined;
  }
}

/** Written once a build has finished and its site is in place; renamed into place so a stamp is never half written. */
export async function writeStamp(cacheDir: string, stamp: SiteStamp): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const temporary = path.join(cacheDir, `${SITE_STAMP}.${process.pid}`);
  await writeFile(temporary, JSON.stringify(stamp));
  await rename(temporary, path.join(cacheDir, SITE_STAMP));
}

/** Whether the site in `outDir` was built from exactly these inputs and is still there. */
export function isCurrent(stamp: SiteStamp | undefined, key: string, outDir: string): boolean {
  return stamp !== undefined && stamp.key === key && path.resolve(stamp.outDir) === path.resolve(outDir) && existsSync(path.join(outDir, 'index.html'));
}
