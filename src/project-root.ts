/**
 * The project's root folder: the one holding astro.config.mjs, which is the folder
 * Astro takes as its root. It is found from this module's own location, so the answer
 * is the same wherever the code runs: from source (astro dev, the content config,
 * vitest, the command-line tools) or from a chunk that `astro build` bundled (written
 * inside the project: under the outDir, or under .astro/ when the outDir is elsewhere).
 * Not the working directory, which is wherever a command happened to be started.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CONFIG_FILE = 'astro.config.mjs';

/** The nearest folder, from `start` upwards, that holds astro.config.mjs. */
export function findProjectRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, CONFIG_FILE))) return folder;
    if (path.dirname(folder) === folder) {
      throw new Error(`${start}: neither this folder nor any above it holds ${CONFIG_FILE}; Atrium's code must run from inside its project`);
    }
  }
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
