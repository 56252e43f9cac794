/**
 * Hostile handbooks for the trust suite: the valid fixture, changed by writing files
 * (text or raw bytes), folders and links into it, then checked by the real check.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { copyHandbook, TODAY, validFixture, type Edit } from '../helpers/fixtures.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** A copy of the valid fixture with `edits` applied, removed after the test. */
export async function handbook(edits: Record<string, Edit> = {}): Promise<string> {
  const root = await copyHandbook(validFixture, edits);
  roots.push(root);
  return root;
}

/** Writes a file (creating its folders) into a handbook. */
export async function put(root: string, file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

/** The check's report: one line per problem, `rule: file:line  field  message — fix`. */
export async function report(root: string): Promise<string[]> {
  const result = await checkHandbook(root, { today: TODAY, staleAfterDays: 14 });
  return result.problems.map((problem) => `${problem.rule}: ${formatProblem(problem)}`);
}

/** A valid front matter per collection, to give hostile bodies a valid entry around them. */
export const FRONT = {
  talk: ['---', 'title: A talk', 'date: 2026-11-06T17:00:00Z', 'speakers: [alan-turing]', 'team: platform', 'durationMinutes: 30', '---'].join('\n'),
  update: ['---', 'team: checkout', 'date: 2026-11-27', 'shipped: [Something]', '---'].join('\n'),
};
