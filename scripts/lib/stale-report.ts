/**
 * The weekly report of what needs attention: team pages not reviewed within
 * `staleAfterDays`, proposed ADRs past their feedback deadline or closing within 48
 * hours, accepted decisions old enough to ask "still true?", and retrospective actions
 * past their due date (./stale-retro-actions.ts). It is built from
 * the content check's own warnings, so the report and `npm run check` always agree;
 * the handbook supplies names, leads and links to make each row actionable.
 */
import type { CheckResult } from '../../src/lib/check.ts';
import type { Problem } from '../../src/lib/problems.ts';
import { editUrl, routes, withBase } from '../../src/lib/routes.ts';
import { daysBetween } from '../../src/lib/time/dates.ts';
import { overdueActionsSection } from './stale-retro-actions.ts';
import { dueProposals } from '../../src/lib/decisions/deadlines.ts';
import { DEFAULT_DECISION_REVIEW_AFTER_DAYS, reviewOverdueDays } from '../../src/lib/decisions/review.ts';
import { dueTable } from './decisions-due.ts';

export interface StaleReportOptions {
  /** Public origin of the site, e.g. https://northwind-labs.github.io. */
  site: string;
  /** Base path, `/` or `/handbook/`. */
  base: string;
  /** Repository web URL, for edit links. */
  repository: string;
  branch: string;
  today: string;
  staleAfterDays: number;
  /** An accepted decision neither made nor reviewed within this many days is asked "still true?"; two years unless given. */
  decisionReviewAfterDays?: number;
}

export interface StaleReport {
  /** Items in the report; 0 when nothing needs attention. */
  count: number;
  /** GitHub-flavoured Markdown, for an issue body. */
  markdown: string;
}

/** The first line of every report, so the workflow (or a person) can tell the issue apart from others. */
export const STALE_REPORT_MARKER = '<!-- atrium:stale-report -->';

/** A team page not reviewed within `staleAfterDays`. */
export function isStaleTeamProblem(problem: Pick<Problem, 'rule'>): boolean {
  return problem.rule === 'team/stale';
}

/** A proposed ADR past its feedback deadline. */
export function isOverdueAdrProblem(problem: Pick<Problem, 'rule'>): boolean {
  return problem.rule === 'adr/feedback-overdue';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const ago = (date: string, today: string) => {
  const days = daysBetween(date, today);
  return `${days} day${days === 1 ? '' : 's'} ago`;
};

export function staleReport(result: Pick<CheckResult, 'handbook' | 'warnings'>, options: StaleReportOptions): StaleReport {
  const { handbook } = result;
  const page = (route: string) => new URL(withBase(options.base, route), options.site).href;
  const edit = (file: string) => `[Edit](${editUrl(options.repository, options.branch, file)})`;
  const teamName = (id: string) => handbook.teams.find((team) => team.id === id)?.data.name ?? id;
  const person = (id: string) => {
    const entry = handbook.people.find((candidate) => candidate.id === id);
    if (!entry) return id;
    // A mention notifies the lead, which is the point of the report.
    return entry.data.github ? `${entry.data.name} (@${entry.data.github})` : entry.data.name;
  };

  const staleTeams = result.warnings
    .filter(isStaleTeamProblem)
    .flatMap((warning) => handbook.teams.filter((team) => team.filePath === warning.file))
    .sort((a, b) => a.data.reviewed.localeCompare(b.data.reviewed) || a.id.localeCompare(b.id));
  const overdueAdrs = result.warnings
    .filter(isOverdueAdrProblem)
    .flatMap((warning) => handbook.adrs.filter((adr) => adr.filePath === warning.file))
    .sort((a, b) => (a.data.feedbackBy ?? '').localeCompare(b.data.feedbackBy ?? '') || a.id.localeCompare(b.id));

  // Deadlines still ahead, within 48 hours (the ones past are in the list above): the daily deadline issue's list.
  const closing = dueProposals(handbook.adrs, options.today).filter((due) => due.daysLeft >= 0);
  const reviewAfter = options.decisionReviewAfterDays ?? DEFAULT_DECISION_REVIEW_AFTER_DAYS;
  const stillTrue = handbook.adrs
    .filter((adr) => reviewOverdueDays(adr.data, options.today, reviewAfter) !== undefined)
    .sort((a, b) => (a.data.reviewed ?? a.data.date).localeCompare(b.data.reviewed ?? b.data.date) || a.id.localeCompare(b.id));

  const actions = overdueActionsSection(result, options.today, { page, edit, person, cell, retroRoute: routes.retro });
  const count = staleTeams.length + overdueAdrs.length + closing.length + stillTrue.length + actions.count;
  const lines = [STALE_REPORT_MARKER];
  if (count === 0) {
    lines.push(
      `As of ${options.today}, nothing needs attention: every team page was reviewed in the last ${options.staleAfterDays} days and no proposed ADR is past its feedback deadline.`,
    );
    return { count, markdown: `${lines.join('\n')}\n` };
  }
  const parts = [
    staleTeams.length > 0
      ? `${staleTeams.length} team page${staleTeams.length === 1 ? ' has' : 's have'} not been reviewed in ${options.staleAfterDays} days`
      : undefined,
    overdueAdrs.length > 0
      ? `${overdueAdrs.length} proposed ADR${overdueAdrs.length === 1 ? ' is' : 's are'} past ${overdueAdrs.length === 1 ? 'its' : 'their'} feedback deadline`
      : undefined,
    closing.length > 0 ? `${closing.length} proposal${closing.length === 1 ? ' closes' : 's close'} for feedback within 48 hours` : undefined,
    stillTrue.length > 0 ? `${stillTrue.length} accepted decision${stillTrue.length === 1 ? ' is' : 's are'} due a "still true?" review` : undefined,
    actions.summary,
  ].filter(Boolean);
  lines.push(
    `As of ${options.today}, ${[parts.slice(0, -1).join(', '), parts.at(-1)].filter(Boolean).join(' and ')}. This issue is updated every week and closed when nothing is left.`,
  );

  if (staleTeams.length > 0) {
    lines.push('', '### Team pages to review', '', '| Team | Last reviewed | Lead | |', '| --- | --- | --- | --- |');
    for (const team of staleTeams) {
      lines.push(
        `| [${cell(team.data.name)}](${page(routes.team(team.id))}) | ${team.data.reviewed} (${ago(team.data.reviewed, options.today)}) | ${cell(person(team.data.lead))} | ${team.filePath ? edit(team.filePath) : ''} |`,
      );
    }
    lines.push('', 'Check that the page is still true, then set `reviewed:` to the date you checked it.');
  }
  if (overdueAdrs.length > 0) {
    lines.push('', '### Proposed decisions past their feedback deadline', '', '| Decision | Feedback was due | Owning teams | |', '| --- | --- | --- | --- |');
    for (const adr of overdueAdrs) {
      const due = adr.data.feedbackBy ?? '';
      lines.push(
        `| [${cell(adr.data.title)}](${page(routes.adr(adr.id))}) | ${due} (${ago(due, options.today)}) | ${cell(adr.data.teams.map(teamName).join(', '))} | ${adr.filePath ? edit(adr.filePath) : ''} |`,
      );
    }
    lines.push('', 'Accept or reject each decision (`status:`), or move `feedbackBy` to a new date.');
  }
  if (closing.length > 0) {
    lines.push('', '### Proposals closing for feedback within 48 hours', '', ...dueTable(handbook, closing, options));
  }
  if (stillTrue.length > 0) {
    lines.push('', '### Accepted decisions to confirm: still true?', '', '| Decision | Made or last reviewed | Owning teams | |', '| --- | --- | --- | --- |');
    for (const adr of stillTrue) {
      const since = adr.data.reviewed ?? adr.data.date;
      lines.push(
        `| [${cell(adr.data.title)}](${page(routes.adr(adr.id))}) | ${since} (${ago(since, options.today)}) | ${cell(adr.data.teams.map(teamName).join(', '))} | ${adr.filePath ? edit(adr.filePath) : ''} |`,
      );
    }
    lines.push('', 'Not an error: if a decision still holds, set `reviewed:` to the day you checked; if not, supersede or deprecate it.');
  }
  lines.push(...actions.lines);
  return { count, markdown: `${lines.join('\n')}\n` };
}
