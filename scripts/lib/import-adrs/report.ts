/** What `npm run import:adrs` prints: the report of an import, or the questions that stop one. */
import type { ImportPlan, ImportQuestion } from './types.ts';

/** The report printed after an import (or a dry run): what went where, and what was not mapped. */
export function formatImportReport(plan: ImportPlan, options: { folder: string; written: boolean }): string {
  const lines: string[] = [];
  const verb = options.written ? 'Imported' : 'Would import';
  lines.push(`${verb} ${plan.adrs.length} decision record${plan.adrs.length === 1 ? '' : 's'} from ${options.folder}:`);
  const width = Math.max(0, ...plan.adrs.map((adr) => adr.source.length));
  for (const adr of plan.adrs) {
    lines.push(
      `  ${adr.source.padEnd(width)}  →  ${adr.path}  (${adr.status}; ${adr.format}${adr.supersedes.length ? `; supersedes ${adr.supersedes.join(', ')}` : ''})`,
    );
  }
  if (plan.skipped.length > 0) {
    lines.push('', 'Skipped:', ...plan.skipped.map((skip) => `  ${skip.source}  ${skip.reason}`));
  }
  if (plan.notes.length > 0) {
    lines.push('', 'Not mapped, or changed on the way:', ...plan.notes.map((item) => `  ${item.source}  ${item.message}`));
  } else if (plan.adrs.length > 0) {
    lines.push('', 'Everything was mapped.');
  }
  return lines.join('\n');
}

/** The questions, as a refusal that names the flags answering them. */
export function formatQuestions(questions: readonly ImportQuestion[]): string {
  return [
    'Nothing was imported: some things cannot be decided from the files.',
    ...questions.map((question) => {
      // A question about a status as written covers every file that uses it; name them, so the answer is an informed one.
      const files = question.files.some((file) => !question.message.startsWith(file)) ? ` (in ${question.files.join(', ')})` : '';
      return `  ${question.message}${files}${question.choices ? ` — choose one of: ${question.choices.join(', ')}` : ''}; answer with ${question.flag}`;
    }),
    'Pass the answers as flags, or run the command in a terminal to be asked.',
  ].join('\n');
}
