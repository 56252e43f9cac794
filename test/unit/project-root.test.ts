import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { findProjectRoot, projectRoot } from '../../src/project-root.ts';
import { projectRoot as testsRoot } from '../helpers/fixtures.ts';

test('the project root is the folder of astro.config.mjs, from source or from a built chunk', () => {
  expect(projectRoot).toBe(path.resolve(testsRoot));
  expect(findProjectRoot(path.join(testsRoot, 'src/queries'))).toBe(projectRoot);
  // Where `astro build` writes its page chunks: under the outDir, or under .astro/.
  expect(findProjectRoot(path.join(testsRoot, '.cache/test-sites/demo/.prerender/chunks'))).toBe(projectRoot);
  expect(findProjectRoot(path.join(testsRoot, '.astro/.prerender/chunks'))).toBe(projectRoot);
});

test('code run from outside any project says so', async () => {
  const outside = await mkdtemp(path.join(os.tmpdir(), 'atrium-no-project-'));
  try {
    expect(() => findProjectRoot(outside)).toThrow(
      `${outside}: neither this folder nor any above it holds astro.config.mjs; Atrium's code must run from inside its project`,
    );
  } finally {
    await rm(outside, { recursive: true });
  }
});
