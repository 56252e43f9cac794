/** Importing an existing ADR log (MADR, adr-tools, log4brains) into the handbook. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export { parseAdrSource, referencesIn, cleanTitle, type SourceAdr, type SourceFormat } from './parse.ts';
export { mapSections } from './body.ts';
export { planImport } from './plan.ts';
export { formatImportReport, formatQuestions } from './report.ts';
export { normalizeStatus } from './statuses.ts';
export { ImportError, type ImportAnswers, type ImportContext, type ImportedAdr, type ImportPlan, type ImportQuestion } from './types.ts';

/**
 * The files of an ADR folder, by name. Only the folder itself: tools keep one log per
 * folder, and sub-folders hold assets or other logs.
 */
export async function readAdrFolder(folder: string): Promise<{ name: string; text: string }[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(files.map(async (name) => ({ name, text: await readFile(path.join(folder, name), 'utf8') })));
}
