/**
 * What pages, the digest and the check need to know about an ask beyond its fields: how
 * old it is, whether it has waited too long, and its answer, which lives in the body
 * under `## Answer` so it reads as prose and stays with the problem it solved.
 */
import { ASK_OPEN_DAYS, type Ask, type AskStatus } from '../../schemas/asks.ts';
import type { Tone } from '../status.ts';
import { daysBetween } from '../time/dates.ts';

/** The badge tone of each status. */
export const ASK_TONE: Record<AskStatus, Tone> = { open: 'warn', helped: 'info', solved: 'ok' };

const ANSWER_HEADING = /^##[ \t]+Answer[ \t]*#*[ \t]*$/im;

/** The 0-based body line of the `## Answer` heading, or undefined when there is none. */
export function answerHeadingLine(body: string | undefined): number | undefined {
  const lines = (body ?? '').split('\n');
  const index = lines.findIndex((line) => ANSWER_HEADING.test(line));
  return index < 0 ? undefined : index;
}

/** The text under `## Answer` (up to the next heading of the same level), trimmed; '' when it is missing or empty. */
export function answerOf(body: string | undefined): string {
  const start = answerHeadingLine(body);
  if (start === undefined) return '';
  const rest = (body ?? '').split('\n').slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,2}\s/.test(line));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}

/** Days since the ask was made, on `day`. */
export function askAgeDays(ask: Pick<Ask, 'date'>, day: string): number {
  return daysBetween(ask.date, day);
}

/**
 * Whether the ask was still waiting for help on `day`: it was asked by then and help
 * had not come (`helpedOn` is later, or not yet written).
 */
export function waitingOn(ask: Pick<Ask, 'date' | 'status' | 'helpedOn'>, day: string): boolean {
  if (ask.date > day) return false;
  if (ask.status === 'open') return ask.helpedOn === undefined || ask.helpedOn > day;
  return ask.helpedOn !== undefined && ask.helpedOn > day;
}

/** Whether the ask had been waiting for more than 14 days on `day`. */
export function waitingTooLong(ask: Pick<Ask, 'date' | 'status' | 'helpedOn'>, day: string): boolean {
  return waitingOn(ask, day) && askAgeDays(ask, day) > ASK_OPEN_DAYS;
}

/**
 * An ask's body as plain text, one paragraph per line: Markdown's markers, links' targets,
 * HTML tags and code fences taken out. What a text-similarity index or a summary reads.
 */
export function plainText(body: string | undefined): string {
  return (
    (body ?? '')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      // A link's target may hold one level of parentheses (`javascript:alert(1)`, Wikipedia's addresses).
      .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '')
      .replace(/[*_`~]+/g, '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n')
  );
}
