/**
 * A failed build leaves the last good site alone: `astro build` writes into a folder
 * beside the output folder, and only once every integration has finished (pages, search
 * index, sitemap) does that folder replace the output. Astro itself would empty the
 * output first, so a page that fails halfway would leave a site without half its pages.
 *
 * Must be the last integration in astro.config.mjs, so the others write into the new
 * folder before it is moved.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folders beside `outDir` a build uses: the one it writes, and where the old site waits to be removed. */
export function buildFolders(outDir: string): { building: string; previous: string } {
  const parent = path.dirname(path.resolve(outDir));
  const name = path.basename(path.resolve(outDir));
  return { building: path.join(parent, `.${name}.building`), previous: path.join(parent, `.${name}.previous`) };
}

/** The site a build in `building` will replace, if there is one: a build may reuse what did not change in it. */
export function siteBeingReplaced(building: string): string | undefined {
  const match = /^\.(.+)\.building$/.exec(path.basename(building));
  const site = match ? path.join(path.dirname(building), match[1]!) : undefined;
  return site && existsSync(site) ? site : undefined;
}

/**
 * Deletes a folder nobody reads any more in a process of its own, which outlives the
 * build: deleting the thousands of files of a large site took seconds of every rebuild.
 */
function removeInBackground(folder: string): void {
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], {
    detached: true,
    stdio: 'ignore',
  });
  remover.on('error', () => rmSync(folder, { recursive: true, force: true }));
  remover.unref();
}

/** Puts the finished build in place of `outDir`: two renames, so the site is never half old, half new. */
export function replaceOutDir(outDir: string, building: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  // Astro keeps a .git folder in the output (a gh-pages checkout); so does the swap.
  if (existsSync(path.join(outDir, '.git')) && !existsSync(path.join(building, '.git'))) renameSync(path.join(outDir, '.git'), path.join(building, '.git'));
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(building, outDir);
  if (!existsSync(previous)) return;
  // Out of the way under a name of its own first, so the next build never meets it half deleted.
  const leaving = `${previous}-${process.pid}-${Date.now()}`;
  renameSync(previous, leaving);
  removeInBackground(leaving);
}

export function outDirSwap(): AstroIntegration {
  let target: string | undefined;
  let building: string | undefined;
  let done = false;
  return {
    name: 'atrium:out-dir-swap',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || target) return;
        target = fileURLToPath(config.outDir);
        const folders = buildFolders(target);
        building = folders.building;
        rmSync(building, { recursive: true, force: true }); // a failed build's leftovers
        updateConfig({ outDir: pathToFileURL(`${building}${path.sep}`) });
        // A failed build ends the process: its partial output goes with it.
        process.once('exit', () => {
          if (!done && building) rmSync(building, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!target || !building) return;
        replaceOutDir(target, building, buildFolders(target).previous);
        done = true;
        const shown = path.relative(process.cwd(), target);
        logger.info(
          `Site moved into ${shown.startsWith('..') ? target : shown}/ now that the build has succeeded (a failed build leaves the previous site as it was).`,
        );
      },
    },
  };
}
