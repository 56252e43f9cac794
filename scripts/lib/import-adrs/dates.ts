/** Each record's date: written as YYYY-MM-DD, or log4brains' YYYYMMDD file name, or an answer; otherwise a question. */
import type { ImportAnswers, ImportedTarget, ImportQuestion, Note } from './types.ts';

/** A date as written, if it can be read without guessing (day and month orders differ by country). */
function readDate(raw: string | undefined): string | undefined {
  const match = raw === undefined ? null : /^\s*(\d{4})-(\d{2})-(\d{2})\b/.exec(raw);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Dates by handbook id, and a question for each file whose date cannot be read. */
export function planDates(targets: readonly ImportedTarget[], answers: ImportAnswers, note: Note): { dates: Map<string, string>; questions: ImportQuestion[] } {
  const dates = new Map<string, string>();
  const questions: ImportQuestion[] = [];
  for (const { id, source } of targets) {
    const written = readDate(source.date);
    const fromName = /^(\d{4})(\d{2})(\d{2})-/.exec(source.file);
    const date = answers.dates?.[source.file] ?? written ?? (fromName ? readDate(`${fromName[1]}-${fromName[2]}-${fromName[3]}`) : undefined);
    if (date) {
      dates.set(id, date);
      if (!written && !answers.dates?.[source.file])
        note(source)(`${source.date ? `date "${source.date}" cannot be read, so` : 'has no date, so'} the date was taken from the file name (${date})`);
    } else {
      questions.push({
        kind: 'date',
        key: source.file,
        files: [source.file],
        message: `${source.file} ${source.date ? `has the date "${source.date}", which is not written as YYYY-MM-DD` : 'has no date'}`,
        flag: `--date ${source.file}=YYYY-MM-DD`,
      });
    }
  }
  return { dates, questions };
}
