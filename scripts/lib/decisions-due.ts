/**
 * The daily deadline issue: proposed decisions whose feedback deadline is within 48 hours
 * or past, each mentioning the GitHub teams of its owners and consulted teams (a mention
 * notifies them, which is the point) and naming the consulted teams still to answer. The stale report
 * lists the same proposals with the same table.
 */
import type { Handbook } from '../../src/lib/handbook/types.ts';
import { dueProposals, dueText, type DueProposal } from '../../src/lib/decisions/deadlines.ts';
import { notResponded } from '../../src/lib/decisions/responses.ts';
import { editUrl, routes, withBase } from '../../src/lib/routes.ts';
import type { Adr } from '../../src/schemas/index.ts';
import type { HandbookEntry } from '../../src/lib/handbook/types.ts';

export interface DecisionsDueOptions {
  site: string;
  base: string;
  repository: string;
  branch: string;
  today: string;
}

/** The first line of the issue body, so the workflow finds its own issue again. */
export const DECISIONS_DUE_MARKER = '<!-- atrium:decisions-due -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table of due proposals: deadline, owners and the consulted teams still to answer, by their GitHub team when they have one. */
export function dueTable(handbook: Pick<Handbook, 'teams'>, due: readonly DueProposal<HandbookEntry<Adr>>[], options: DecisionsDueOptions): string[] {
  const page = (route: string) => new URL(withBase(options.base, route), options.site).href;
  const team = (id: string) => handbook.teams.find((candidate) => candidate.id === id);
  const mention = (id: string) => team(id)?.data.githubTeam ?? team(id)?.data.name ?? id;
  const name = (id: string) => team(id)?.data.name ?? id;
  const lines = ['| Decision | Feedback by | Owners | Consulted | Not answered yet | |', '| --- | --- | --- | --- | --- | --- |'];
  for (const { adr, feedbackBy, daysLeft } of due) {
    const waiting = notResponded(adr.data);
    lines.push(
      `| [${cell(adr.data.title)}](${page(routes.adr(adr.id))}) | ${feedbackBy} (${dueText(daysLeft)}) | ${cell(adr.data.teams.map(mention).join(' '))} | ${cell(adr.data.consulted.map(mention).join(' ')) || '—'} | ${waiting.length ? cell(waiting.map(name).join(', ')) : 'everyone answered'} | ${adr.filePath ? `[Edit](${editUrl(options.repository, options.branch, adr.filePath)})` : ''} |`,
    );
  }
  return lines;
}

export interface DecisionsDue {
  count: number;
  markdown: string;
}

export function decisionsDue(handbook: Pick<Handbook, 'teams' | 'adrs'>, options: DecisionsDueOptions): DecisionsDue {
  const due = dueProposals(handbook.adrs, options.today);
  const lines = [DECISIONS_DUE_MARKER];
  if (due.length === 0) {
    lines.push(`As of ${options.today}, no proposed decision has its feedback deadline within 48 hours or past.`);
    return { count: 0, markdown: `${lines.join('\n')}\n` };
  }
  lines.push(
    `As of ${options.today}, ${due.length} proposed decision${due.length === 1 ? ' has its' : 's have their'} feedback deadline within 48 hours or past. This issue is updated every day and closed when none is left.`,
    '',
    ...dueTable(handbook, due, options),
    '',
    'Owners: accept or reject each decision (`status:`, and `decision:` naming the chosen option), or move `feedbackBy` to a new date. Consulted teams: add your `responses:` entry (support, concerns or object, with a link to your comment) before the deadline.',
  );
  return { count: due.length, markdown: `${lines.join('\n')}\n` };
}
