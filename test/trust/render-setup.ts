/**
 * Builds the hostile handbook (render-fixture.ts) once for every render test, with a
 * diagram cache that has a cut-short and an empty entry, and keeps the build's output
 * for the tests that read its log.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from '../helpers/site.ts';
import { damagedCache, hostileHandbook } from './render-fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    trustDist: string;
    trustRoot: string;
    trustCache: string;
    trustBuildOutput: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = path.join(projectRoot, '.cache/test-sites/trust-render');
  const root = await hostileHandbook();
  const cache = await mkdtemp(path.join(tmpdir(), 'atrium-trust-cache-'));
  await damagedCache(cache);
  await rm(dist, { recursive: true, force: true });
  const result = await buildSite({ outDir: dist, env: { ATRIUM_CONTENT_DIR: path.join(root, 'content'), ATRIUM_DIAGRAM_CACHE: cache } });
  if (result.code !== 0) throw new Error(`The hostile handbook did not build into ${dist}:\n${result.output}`);
  project.provide('trustDist', dist);
  project.provide('trustRoot', root);
  project.provide('trustCache', cache);
  project.provide('trustBuildOutput', result.output);
  return async () => {
    await rm(root, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
  };
}
