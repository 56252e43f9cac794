/**
 * Loads a handbook folder and runs every check on it: schemas, then integrity.
 * Shared by `npm run check`, the build's integrity integration and the tests.
 */
import path from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { sourceKey, loadHandbook } from './content/load.ts';
import type { Handbook } from './handbook/types.ts';
import { checkIntegrity, type IntegrityOptions } from './integrity/index.ts';
import { formatProblem, sortProblems, type Problem } from './problems.ts';
import { buildIndexes } from './handbook/indexes.ts';
import { checkRelatedWork } from './related/check.ts';

export interface CheckResult {
  handbook: Handbook;
  /** File line of each entry's first body line, for problems found in bodies later (diagrams). */
  bodyLine(collection: CollectionName, id: string): number;
  problems: Problem[];
  errors: Problem[];
  warnings: Problem[];
  /** Entries read, all collections together. */
  entryCount: number;
}

export async function checkHandbook(root: string, options: IntegrityOptions & { contentDir?: string }): Promise<CheckResult> {
  const contentDir = options.contentDir ?? path.join(root, 'content');
  const loaded = await loadHandbook(root, contentDir);
  // Only the body lines outlive the check (diagram problems point into bodies): a plain map, so the parsed
  // sources behind every entry's field positions can be freed once integrity has used them.
  const bodyLines = new Map([...loaded.sources].map(([key, source]) => [key, source.bodyLine]));
  const bodyLine = (collection: CollectionName, id: string) => bodyLines.get(sourceKey(collection, id)) ?? 1;
  const integrity = checkIntegrity(
    loaded.handbook,
    {
      locate(collection, id, fieldPath) {
        const source = loaded.sources.get(sourceKey(collection, id));
        return { file: source?.file ?? `content/${collection}/${id}`, line: source?.lineOf(fieldPath) ?? 1 };
      },
      exists: (collection, id) => loaded.existingIds[collection].has(id),
      bodyLine,
    },
    options,
    loaded.invalid,
  );
  const related = await checkRelatedWork(root, contentDir, buildIndexes(loaded.handbook), options.today);
  const problems = sortProblems([...loaded.problems, ...integrity, ...related]);
  return {
    handbook: loaded.handbook,
    bodyLine,
    problems,
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity === 'warning'),
    entryCount: COLLECTION_NAMES.reduce((sum, name) => sum + loaded.existingIds[name].size, 0),
  };
}

/** The report a person reads: errors, then warnings, then a one-line verdict. */
export function formatReport(result: Pick<CheckResult, 'errors' | 'warnings' | 'entryCount'>): string {
  const lines: string[] = [];
  if (result.errors.length > 0)
    lines.push(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'}:`, ...result.errors.map((p) => `  ${formatProblem(p)}`));
  if (result.warnings.length > 0)
    lines.push(`${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}:`, ...result.warnings.map((p) => `  ${formatProblem(p)}`));
  lines.push(
    result.errors.length > 0
      ? `The handbook has ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${result.entryCount} entries. Fix them and run \`npm run check\` again.`
      : `Checked ${result.entryCount} entries: no errors${result.warnings.length ? `, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}` : ''}.`,
  );
  return lines.join('\n');
}
