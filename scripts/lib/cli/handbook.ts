/**
 * What the scripts that write content share: the handbook as it is before they write,
 * and after writing, CODEOWNERS regenerated and the check run on the files written.
 */
import path from 'node:path';
import { checkHandbook } from '../../../src/lib/check.ts';
import { loadHandbook, type LoadedHandbook } from '../../../src/lib/content/load.ts';
import type { Problem } from '../../../src/lib/problems.ts';
import { CODEOWNERS_PATH, refreshCodeowners } from '../codeowners.ts';

export interface HandbookFolder {
  /** The content folder relative to the project root, with forward slashes (`content`). */
  contentDir: string;
  /** The valid entries. */
  handbook: LoadedHandbook['handbook'];
  /** Ids of every file of each collection, valid or not, so nothing is ever overwritten. */
  existingIds: LoadedHandbook['existingIds'];
}

/** The handbook in `contentDir`, as the scripts that add to it see it. */
export async function readHandbookFolder(root: string, contentDir: string): Promise<HandbookFolder> {
  const loaded = await loadHandbook(root, contentDir);
  return {
    contentDir: path.relative(root, contentDir).split(path.sep).join('/') || '.',
    handbook: loaded.handbook,
    existingIds: loaded.existingIds,
  };
}

/**
 * Regenerates CODEOWNERS after content was written (it is generated from the content),
 * and returns what to tell the author, if anything.
 */
export async function refreshCodeownersAfterWrite(root: string, contentDir: string, fallbackOwner: string): Promise<string | undefined> {
  const outcome = await refreshCodeowners(root, contentDir, { fallbackOwner });
  if (outcome === 'updated') return `Updated ${CODEOWNERS_PATH} (it is generated from the content)`;
  if (outcome === 'content-errors')
    return `${CODEOWNERS_PATH} was not updated because some content has errors: fix them (npm run check), then run npm run codeowners`;
  return undefined;
}

/** The check's problems in the files just written: what the scripts write must pass `npm run check`. */
export async function problemsInWritten(root: string, written: ReadonlySet<string>, options: Parameters<typeof checkHandbook>[1]): Promise<Problem[]> {
  const result = await checkHandbook(root, options);
  return result.problems.filter((problem) => written.has(problem.file));
}
