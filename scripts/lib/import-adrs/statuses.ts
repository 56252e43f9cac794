/**
 * Each record's status in the handbook's words: what the file says, unless an answer
 * says otherwise, made consistent with the supersedes chain. What cannot be read
 * becomes a question; nothing is defaulted.
 */
import { ADR_STATUSES, type AdrStatus } from '../../../src/schemas/adrs.ts';
import type { SourceAdr } from './parse.ts';
import type { ImportAnswers, ImportedTarget, ImportQuestion, Note } from './types.ts';

/** True for a status the handbook knows. */
export const isStatus = (value: string): value is AdrStatus => (ADR_STATUSES as readonly string[]).includes(value);

/** A status as written, in the handbook's words, or undefined when the handbook has no such status. */
export function normalizeStatus(raw: string): AdrStatus | undefined {
  const plain = raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_{}[\]]/g, '')
    .trim()
    .toLowerCase();
  // Including the usual misspellings ("superceded", "superseeded"): the intent is not in doubt.
  if (/^super[sc]e+ded\b/.test(plain)) return 'superseded';
  // "Accepted on 2021-03-02" and "Accepted." name a status; "Accepted or rejected" does not.
  const word = /^([a-z]+)\b\s*(?:[.,;:]|on\b|since\b|in\b|\(|$)/.exec(plain)?.[1];
  return word !== undefined && isStatus(word) ? word : undefined;
}

/** A question about one file's status, answered with `--status <file>=<status>`. */
const fileQuestion = (file: string, message: string, choices: readonly AdrStatus[]): ImportQuestion => ({
  kind: 'status',
  key: file,
  files: [file],
  message,
  choices,
  flag: `--status ${file}=<status>`,
});

/**
 * The status the file says, or the answer for the file or for its status as written;
 * undefined, with a question added, when neither settles it. A status the handbook does
 * not know is asked once for every file that uses it.
 */
function writtenStatus(source: SourceAdr, answers: ImportAnswers, questions: Map<string, ImportQuestion>): AdrStatus | undefined {
  const forFile = answers.fileStatuses?.[source.file];
  if (forFile) return forFile;
  if (source.status === undefined) {
    questions.set(`file:${source.file}`, fileQuestion(source.file, `${source.file} has no status`, ADR_STATUSES));
    return undefined;
  }
  const known = normalizeStatus(source.status);
  if (known) return known;
  const raw = source.status.replace(/\s+/g, ' ').trim().toLowerCase();
  const answered = answers.statuses?.[raw];
  if (answered) return answered;
  const question = questions.get(`status:${raw}`);
  if (question) question.files.push(source.file);
  else {
    questions.set(`status:${raw}`, {
      kind: 'status',
      key: raw,
      files: [source.file],
      message: `the status "${source.status}" is not one the handbook knows`,
      choices: ADR_STATUSES,
      flag: `--status "${raw}=<status>"`,
    });
  }
  return undefined;
}

/**
 * Statuses by handbook id, and the questions still open. A record another one supersedes
 * is superseded whatever it says; one that says superseded but names no successor among
 * the imported records is asked about, because a handbook ADR is superseded only by another.
 */
export function planStatuses(
  targets: readonly ImportedTarget[],
  successors: ReadonlyMap<string, ReadonlySet<string>>,
  answers: ImportAnswers,
  note: Note,
): { statuses: Map<string, AdrStatus>; questions: ImportQuestion[] } {
  const questions = new Map<string, ImportQuestion>();
  const statuses = new Map<string, AdrStatus>();
  for (const { id, source } of targets) {
    const status = writtenStatus(source, answers, questions);
    if (status) statuses.set(id, status);
  }
  for (const { id, source } of targets) {
    const status = statuses.get(id);
    if (successors.has(id) && status !== undefined && status !== 'superseded') {
      statuses.set(id, 'superseded');
      note(source)(`status "${source.status ?? status}" became superseded, because ${[...successors.get(id)!].join(', ')} supersedes it`);
    } else if (status === 'superseded' && !successors.has(id)) {
      const answered = answers.fileStatuses?.[source.file];
      if (answered && answered !== 'superseded') statuses.set(id, answered);
      else {
        statuses.delete(id);
        questions.set(
          `file:${source.file}`,
          fileQuestion(
            source.file,
            `${source.file} is superseded, but does not name a successor among the imported records; a handbook ADR is superseded only by another ADR`,
            ADR_STATUSES.filter((choice) => choice !== 'superseded'),
          ),
        );
      }
    }
  }
  return { statuses, questions: [...questions.values()] };
}
