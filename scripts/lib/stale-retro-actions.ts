/**
 * The stale report's section of retrospective actions past their due date, from the
 * check's `retro/action-overdue` warnings (whose field names the action: `actions[2].due`),
 * so the report and `npm run check` agree. Most overdue first; each row names the owner,
 * with their GitHub handle, so the issue notifies them.
 */
import type { CheckResult } from '../../src/lib/check.ts';
import type { Problem } from '../../src/lib/problems.ts';
import { daysOverdue } from '../../src/lib/retros-asks/actions.ts';

/** An open retrospective action past its due date. */
export function isOverdueActionProblem(problem: Pick<Problem, 'rule'>): boolean {
  return problem.rule === 'retro/action-overdue';
}

export interface StaleSection {
  count: number;
  /** The sentence's part: "2 retrospective actions are past their due date". */
  summary: string | undefined;
  lines: string[];
}

export function overdueActionsSection(
  result: Pick<CheckResult, 'handbook' | 'warnings'>,
  today: string,
  parts: {
    page: (route: string) => string;
    edit: (file: string) => string;
    person: (id: string) => string;
    cell: (text: string) => string;
    retroRoute: (id: string) => string;
  },
): StaleSection {
  const rows = result.warnings.filter(isOverdueActionProblem).flatMap((warning) => {
    const retro = result.handbook.retros.find((entry) => entry.filePath === warning.file);
    const index = Number(/^actions\[(\d+)\]/.exec(warning.field)?.[1]);
    const action = retro?.data.actions[index];
    return retro && action ? [{ retro, action, days: daysOverdue(action, today) }] : [];
  });
  rows.sort((a, b) => b.days - a.days || a.retro.id.localeCompare(b.retro.id));
  if (rows.length === 0) return { count: 0, summary: undefined, lines: [] };
  const { cell } = parts;
  return {
    count: rows.length,
    summary: `${rows.length} retrospective action${rows.length === 1 ? ' is' : 's are'} past ${rows.length === 1 ? 'its' : 'their'} due date`,
    lines: [
      '',
      '### Retrospective actions past their due date',
      '',
      '| Action | Owner | Was due | Retrospective | |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        ({ retro, action, days }) =>
          `| ${cell(action.title)} | ${cell(parts.person(action.owner))} | ${action.due} (${days} day${days === 1 ? '' : 's'} ago) | [${cell(retro.data.title)}](${parts.page(parts.retroRoute(retro.id))}) | ${retro.filePath ? parts.edit(retro.filePath) : ''} |`,
      ),
      '',
      'Once an action is done, set its `done:` to the date it was closed; if it still matters but later, move its `due`.',
    ],
  };
}
