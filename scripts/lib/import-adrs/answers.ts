/**
 * The answers an import needs, from flags (`--team`, `--status key=status`,
 * `--date file=YYYY-MM-DD`) or, in a terminal, by asking the planner's questions.
 */
import { closest } from '../../../src/lib/content/suggest.ts';
import { ADR_STATUSES } from '../../../src/schemas/adrs.ts';
import { ISO_DATE } from '../../../src/schemas/fields.ts';
import type { Prompter } from '../cli/prompt.ts';
import { isStatus } from './statuses.ts';
import type { ImportAnswers, ImportQuestion } from './types.ts';

export interface AnswerFlags {
  team?: string[] | undefined;
  status?: string[] | undefined;
  date?: string[] | undefined;
}

/** `key=value` answers from the command line, each checked, so a typo is not taken as an answer. */
export function answersFromFlags(flags: AnswerFlags): { answers: Required<ImportAnswers>; problems: string[] } {
  const answers: Required<ImportAnswers> = {
    teams: (flags.team ?? [])
      .flatMap((team) => team.split(','))
      .map((team) => team.trim())
      .filter(Boolean),
    statuses: {},
    fileStatuses: {},
    dates: {},
  };
  const problems: string[] = [];
  for (const pair of flags.status ?? []) {
    const at = pair.lastIndexOf('=');
    const key = pair.slice(0, at).trim();
    const value = pair
      .slice(at + 1)
      .trim()
      .toLowerCase();
    if (at < 0 || !key) problems.push(`--status "${pair}": write it as "<status as written>=<status>" or "<file>=<status>"`);
    else if (!isStatus(value))
      problems.push(
        `--status "${pair}": "${value}" is not a handbook status — ${closest(value, ADR_STATUSES) ? `did you mean ${closest(value, ADR_STATUSES)}? ` : ''}use one of: ${ADR_STATUSES.join(', ')}`,
      );
    else if (/\.mdx?$/i.test(key)) answers.fileStatuses[key] = value;
    else answers.statuses[key.replace(/\s+/g, ' ').toLowerCase()] = value;
  }
  for (const pair of flags.date ?? []) {
    const [file, date] = pair.split('=').map((part) => part.trim());
    if (!file || !date || !ISO_DATE.test(date)) problems.push(`--date "${pair}": write it as <file>=YYYY-MM-DD, e.g. --date 0003-use-kafka.md=2024-05-01`);
    else answers.dates[file] = date;
  }
  return { answers, problems };
}

/** Asks for the owning teams until every id names a team. */
export async function askTeams(prompter: Prompter, teams: ReadonlySet<string>): Promise<string[]> {
  prompter.say(`  teams: ${[...teams].sort().join(', ')}`);
  for (;;) {
    const answer = (await prompter.ask('Which team owns the imported decisions (team ids, comma-separated): '))
      .split(',')
      .map((team) => team.trim())
      .filter(Boolean);
    const unknown = answer.filter((team) => !teams.has(team));
    if (answer.length > 0 && unknown.length === 0) return answer;
    for (const team of unknown) {
      const guess = closest(team, teams);
      prompter.say(`  there is no team "${team}"${guess ? ` — did you mean "${guess}"?` : ''}`);
    }
  }
}

/** Asks one question until the answer is valid, and records it in `answers`. */
async function askQuestion(prompter: Prompter, question: ImportQuestion, answers: Required<ImportAnswers>): Promise<void> {
  for (;;) {
    if (question.kind === 'date') {
      const answer = (await prompter.ask(`${question.message}. Its date (YYYY-MM-DD): `)).trim();
      if (ISO_DATE.test(answer)) {
        answers.dates[question.key] = answer;
        return;
      }
      prompter.say('  Write the date as YYYY-MM-DD.');
    } else {
      const files = question.files.length > 1 ? ` (${question.files.join(', ')})` : '';
      prompter.say(`${question.message[0]!.toUpperCase()}${question.message.slice(1)}${files}.`);
      const answer = (await prompter.ask(`Which status should it have (${question.choices!.join(', ')}): `)).trim().toLowerCase();
      if (isStatus(answer) && question.choices!.includes(answer)) {
        if (question.key.endsWith('.md') || question.key.endsWith('.mdx')) answers.fileStatuses[question.key] = answer;
        else answers.statuses[question.key] = answer;
        return;
      }
      prompter.say(`  Choose one of: ${question.choices!.join(', ')}.`);
    }
  }
}

/** Asks each question in turn, recording the answers. */
export async function askQuestions(prompter: Prompter, questions: readonly ImportQuestion[], answers: Required<ImportAnswers>): Promise<void> {
  for (const question of questions) await askQuestion(prompter, question, answers);
}
