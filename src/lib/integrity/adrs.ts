/** Rules of the decision log: numbering, the supersedes chain, feedback, required sections. */
import { REQUIRED_ADR_SECTIONS } from '../../schemas/adrs.ts';
import { headings } from '../content/markdown.ts';
import { findCycles } from '../graph/cycles.ts';
import type { AnyEntry, RuleContext } from './context.ts';

/** The ADR's number, from its id `NNNN-slug`. */
export function adrNumber(id: string): number | undefined {
  const match = /^(\d{4,})-/.exec(id);
  return match ? Number(match[1]) : undefined;
}

const formatNumber = (number: number) => String(number).padStart(4, '0');

/**
 * ADRs sharing a number: the one with the earliest `date` keeps it, and every other
 * is reported, since it is the one added later. With no single earliest, all are.
 */
function checkNumbers(context: RuleContext, adrs: readonly AnyEntry<'adrs'>[]): void {
  const byNumber = new Map<number, AnyEntry<'adrs'>[]>();
  for (const adr of adrs) {
    const number = adrNumber(adr.id);
    if (number === undefined) {
      context.report(
        'adr/file-name',
        { collection: 'adrs', id: adr.id, path: [] },
        `file name "${adr.id}" does not start with a four-digit ADR number`,
        'rename the file to NNNN-short-title.md, using the next free number (npm run new -- adr "Title" picks it)',
      );
    } else {
      byNumber.set(number, [...(byNumber.get(number) ?? []), adr]);
    }
  }
  const next = formatNumber(Math.max(0, ...byNumber.keys()) + 1);
  for (const [number, sharing] of byNumber) {
    if (sharing.length < 2) continue;
    const dates = sharing
      .map((adr) => adr.data.date)
      .filter((date) => date !== undefined)
      .sort();
    const oldest = sharing.length === dates.length && dates[0] !== dates[1] ? sharing.find((adr) => adr.data.date === dates[0]) : undefined;
    for (const adr of sharing) {
      if (adr === oldest) continue;
      const others = sharing.filter((other) => other !== adr).map((other) => other.id);
      context.report(
        'adr/duplicate-number',
        { collection: 'adrs', id: adr.id, path: [] },
        `ADR number ${formatNumber(number)} is also used by ${others.join(', ')}${oldest ? `, which is older (${oldest.data.date})` : ''}`,
        `renumber ${oldest ? 'this file' : 'the one added later'}; the next free number is ${next}`,
      );
    }
  }
}

export function checkAdrs(context: RuleContext): void {
  const adrs = context.entries('adrs');
  checkNumbers(context, adrs);

  const supersededBy = new Map<string, string[]>();
  for (const adr of adrs) {
    for (const target of adr.data.supersedes ?? []) supersededBy.set(target, [...(supersededBy.get(target) ?? []), adr.id]);
  }
  // ADRs whose `supersedes` could not be read: one of them may be the missing successor.
  const unread = adrs.filter((adr) => adr.unreadable?.has('supersedes')).map((adr) => adr.id);

  for (const adr of adrs) {
    const at = (path: PropertyKey[]) => ({ collection: 'adrs' as const, id: adr.id, path });
    const { status, feedbackBy } = adr.data;
    const successors = supersededBy.get(adr.id) ?? [];
    if (status === 'superseded' && successors.length === 0) {
      context.report(
        'adr/superseded-alone',
        at(['status']),
        `is superseded, but no ADR lists it in \`supersedes\`${unread.length ? ` (${unread.join(', ')} ${unread.length > 1 ? 'have errors, so their' : 'has errors, so its'} \`supersedes\` could not be read)` : ''}`,
        `add "${adr.id}" to the \`supersedes\` of the ADR that replaces it, or change the status`,
      );
    }
    if (status !== undefined && status !== 'superseded' && successors.length > 0) {
      context.report(
        'adr/superseded-status',
        at(['status']),
        `is ${status}, but ${successors.join(', ')} supersedes it`,
        `set \`status: superseded\`, or remove it from the \`supersedes\` of ${successors.join(', ')}`,
      );
    }
    if (status === 'proposed' && feedbackBy === undefined && !adr.unreadable?.has('feedbackBy')) {
      context.report(
        'adr/feedback-missing',
        at(['status']),
        'is proposed but has no `feedbackBy` date',
        'add `feedbackBy: YYYY-MM-DD`, the last day for comments (usually two weeks out)',
      );
    }
    if (status === 'proposed' && feedbackBy && feedbackBy < context.today) {
      context.report(
        'adr/feedback-overdue',
        at(['feedbackBy']),
        `is proposed and its feedback deadline ${feedbackBy} has passed`,
        'accept or reject it, or move `feedbackBy` to a new date',
      );
    }
    if (status === 'accepted') {
      const titles = new Set(
        headings(adr.body ?? '')
          .filter((h) => h.depth === 2)
          .map((h) => h.text.trim().toLowerCase()),
      );
      const missing = REQUIRED_ADR_SECTIONS.filter((section) => !titles.has(section.toLowerCase()));
      if (missing.length > 0) {
        context.report(
          'adr/sections-missing',
          at(['status']),
          `is accepted but has no ${missing.map((s) => `"## ${s}"`).join(', ')} section${missing.length > 1 ? 's' : ''}`,
          `add ${missing.length > 1 ? 'them' : 'it'} to the body: an accepted ADR records its Context, Decision and Consequences`,
        );
      }
    }
  }

  const known = new Set(adrs.map((adr) => adr.id));
  const supersedes = new Map(adrs.map((adr) => [adr.id, (adr.data.supersedes ?? []).filter((target) => known.has(target))]));
  const cycles = findCycles(supersedes.keys(), (id) => supersedes.get(id) ?? []);
  for (const cycle of cycles) {
    context.report(
      'adr/supersedes-cycle',
      { collection: 'adrs', id: cycle[0]!, path: ['supersedes'] },
      `supersedes chain is a cycle: ${cycle.join(' → ')}`,
      'a decision can only replace older ones: remove one of these `supersedes` entries',
    );
  }
}
