/** Small handbooks for tests: the valid fixture, copied and changed one way. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHandbook } from '../../src/lib/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const validFixture = path.join(projectRoot, 'test/fixtures/valid');

/** A change to one file: new text, a function of the old text, or null to delete it. */
export type Edit = string | ((text: string) => string) | null;

/** Copies `source` (a folder holding `content/`) to a temporary folder and applies the edits. */
export async function copyHandbook(source: string, edits: Record<string, Edit> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'atrium-'));
  await cp(path.join(source, 'content'), path.join(root, 'content'), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(root, file);
    if (edit === null) await rm(target);
    else if (typeof edit === 'string') await writeFile(target, edit);
    else await writeFile(target, edit(await readFile(target, 'utf8')));
  }
  return root;
}

/** Replaces exactly one occurrence, so a fixture edit cannot silently miss. */
export function replaceOnce(search: string | RegExp, replacement: string): (text: string) => string {
  return (text) => {
    const matches = typeof search === 'string' ? text.split(search).length - 1 : (text.match(new RegExp(search, 'g')) ?? []).length;
    if (matches !== 1) throw new Error(`expected one match of ${String(search)}, found ${matches}`);
    return text.replace(search, replacement);
  };
}

export const TODAY = '2026-11-24';

/** The check's report lines for the valid fixture changed by `edits`. */
export async function problemsAfter(edits: Record<string, Edit>, source = validFixture): Promise<string[]> {
  const root = await copyHandbook(source, edits);
  try {
    const result = await checkHandbook(root, { today: TODAY, staleAfterDays: 14 });
    return result.problems.map((problem) => `${problem.severity}: ${formatProblem(problem)}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
