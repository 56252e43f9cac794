/**
 * Turns an existing ADR log into handbook decision records: numbered after the
 * handbook's own, with statuses, dates, deciders and the supersedes chain mapped,
 * bodies kept, and a list of everything that could not be mapped.
 *
 * What cannot be decided from the files — a status the handbook does not know, a
 * superseded record that names no successor, a missing date — becomes a question
 * with the flag that answers it. Nothing is ever defaulted silently.
 */
import { closest } from '../../../src/lib/content/suggest.ts';
import { planDates } from './dates.ts';
import { numberRecords, selectRecords, supersedesChain } from './log.ts';
import { importAdr } from './record.ts';
import { planStatuses } from './statuses.ts';
import { ImportError, type ImportAnswers, type ImportContext, type ImportPlan, type Note } from './types.ts';

/** @throws ImportError when the owning teams are missing or unknown */
function checkTeams(teams: readonly string[], context: ImportContext): void {
  const problems = teams.length === 0 ? ['--team is needed: the team or teams that own the imported decisions (team ids)'] : [];
  for (const team of teams) {
    if (!context.handbook.teams.some((entry) => entry.id === team)) {
      const guess = closest(team, context.existingIds.teams);
      problems.push(
        `--team "${team}": there is no team with this id in ${context.contentDir}/teams/ — ${guess ? `did you mean "${guess}"? Otherwise use` : 'use'} the file name of a team page, or create the team first (npm run new -- team "Name")`,
      );
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
}

/**
 * Plans the import of `files` (name and text of each file in the log's folder).
 * @throws ImportError when the owning teams are missing or unknown
 */
export function planImport(files: readonly { name: string; text: string }[], context: ImportContext, answers: ImportAnswers): ImportPlan {
  checkTeams(answers.teams, context);
  const { sources, skipped } = selectRecords(files);
  const notes: ImportPlan['notes'] = [];
  const note: Note = (source) => (message) => notes.push({ source: source.file, message });

  const log = numberRecords(sources, context);
  const successors = supersedesChain(log, note);
  const { statuses, questions: statusQuestions } = planStatuses(log.targets, successors, answers, note);
  const { dates, questions: dateQuestions } = planDates(log.targets, answers, note);
  const questions = [...statusQuestions, ...dateQuestions];
  if (questions.length > 0) return { adrs: [], skipped, notes: [], questions };

  const adrs = log.targets.map((target) => importAdr(target, { context, answers, log, successors, statuses, dates, note }));
  return { adrs, skipped, notes, questions: [] };
}
