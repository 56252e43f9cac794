/**
 * Builds the demo handbook once for every site test, into a folder of its own so
 * a developer's `dist/` is left alone. Tests read the folder through `inject('demoDist')`.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from '../helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDist: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = path.join(projectRoot, '.cache/test-sites/demo');
  await rm(outDir, { recursive: true, force: true });
  const result = await buildSite({ outDir });
  if (result.code !== 0) throw new Error(`The demo handbook did not build:\n${result.output}`);
  project.provide('demoDist', outDir);
}
