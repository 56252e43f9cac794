/**
 * Builds the demo handbook once for every site test: at the root, and under the
 * base path `/handbook/` as a project page on GitHub Pages would be. Each build has
 * a folder of its own, so a developer's `dist/` is left alone.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_NOW } from '../helpers/demo-clock.ts';
import { buildSite, projectRoot } from '../helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDist: string;
    baseDist: string;
  }
}

export const BASE_PATH = '/handbook/';

export default async function setup(project: TestProject) {
  const demoDist = path.join(projectRoot, '.cache/test-sites/demo');
  const baseDist = path.join(projectRoot, '.cache/test-sites/base');
  for (const [outDir, env] of [
    [demoDist, { ATRIUM_NOW: DEMO_NOW }],
    [baseDist, { ATRIUM_NOW: DEMO_NOW, ATRIUM_BASE: BASE_PATH }],
  ] as const) {
    await rm(outDir, { recursive: true, force: true });
    const result = await buildSite({ outDir, env });
    if (result.code !== 0) throw new Error(`The demo handbook did not build into ${outDir}:\n${result.output}`);
  }
  project.provide('demoDist', demoDist);
  project.provide('baseDist', baseDist);
}
