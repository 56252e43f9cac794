/** Rules of the decision log: numbering, the supersedes chain, feedback, required sections. */
import { REQUIRED_ADR_SECTIONS } from '../../schemas/adrs.ts';
import { headings } from '../content/markdown.ts';
import { findCycles } from '../graph/cycles.ts';
import type { RuleContext } from './context.ts';

/** The ADR's number, from its id `NNNN-slug`. */
export function adrNumber(id: string): number | undefined {
  const match = /^(\d{4,})-/.exec(id);
  return match ? Number(match[1]) : undefined;
}

export function checkAdrs(context: RuleContext): void {
  const adrs = context.handbook.adrs;
  const byNumber = new Map<number, string[]>();
  const supersededBy = new Map<string, string[]>();

  for (const adr of adrs) {
    const number = adrNumber(adr.id);
    if (number === undefined) {
      context.report(
        'error',
        { collection: 'adrs', id: adr.id, path: [] },
        `file name "${adr.id}" does not start with a four-digit ADR number`,
        'rename the file to NNNN-short-title.md, using the next free number (npm run new -- adr "Title" picks it)',
      );
    } else {
      byNumber.set(number, [...(byNumber.get(number) ?? []), adr.id]);
    }
    for (const target of adr.data.supersedes) {
      supersededBy.set(target, [...(supersededBy.get(target) ?? []), adr.id]);
    }
  }

  const highest = Math.max(0, ...byNumber.keys());
  for (const [number, ids] of byNumber) {
    if (ids.length < 2) continue;
    for (const id of ids.slice(1)) {
      context.report(
        'error',
        { collection: 'adrs', id, path: [] },
        `ADR number ${String(number).padStart(4, '0')} is also used by ${ids.filter((other) => other !== id).join(', ')}`,
        `renumber this file; the next free number is ${String(highest + 1).padStart(4, '0')}`,
      );
    }
  }

  const known = new Set(adrs.map((adr) => adr.id));
  for (const adr of adrs) {
    const at = (path: PropertyKey[]) => ({ collection: 'adrs' as const, id: adr.id, path });
    const successors = (supersededBy.get(adr.id) ?? []).filter((id) => known.has(id));
    // An ADR that failed validation may be the successor: wait until it is fixed.
    if (adr.data.status === 'superseded' && successors.length === 0 && context.complete('adrs')) {
      context.report(
        'error',
        at(['status']),
        'is superseded, but no ADR lists it in `supersedes`',
        `add "${adr.id}" to the \`supersedes\` of the ADR that replaces it, or change the status`,
      );
    }
    if (adr.data.status !== 'superseded' && successors.length > 0) {
      context.report(
        'error',
        at(['status']),
        `is ${adr.data.status}, but ${successors.join(', ')} supersedes it`,
        `set \`status: superseded\`, or remove it from the \`supersedes\` of ${successors.join(', ')}`,
      );
    }
    if (adr.data.status === 'proposed' && !adr.data.feedbackBy) {
      context.report(
        'error',
        at(['status']),
        'is proposed but has no `feedbackBy` date',
        'add `feedbackBy: YYYY-MM-DD`, the last day for comments (usually two weeks out)',
      );
    }
    if (adr.data.status === 'proposed' && adr.data.feedbackBy && adr.data.feedbackBy < context.today) {
      context.report(
        'warning',
        at(['feedbackBy']),
        `is proposed and its feedback deadline ${adr.data.feedbackBy} has passed`,
        'accept or reject it, or move `feedbackBy` to a new date',
      );
    }
    if (adr.data.status === 'accepted') {
      const titles = new Set(headings(adr.body ?? '').filter((h) => h.depth === 2).map((h) => h.text.trim().toLowerCase()));
      const missing = REQUIRED_ADR_SECTIONS.filter((section) => !titles.has(section.toLowerCase()));
      if (missing.length > 0) {
        context.report(
          'error',
          at(['status']),
          `is accepted but has no ${missing.map((s) => `"## ${s}"`).join(', ')} section${missing.length > 1 ? 's' : ''}`,
          `add ${missing.length > 1 ? 'them' : 'it'} to the body: an accepted ADR records its Context, Decision and Consequences`,
        );
      }
    }
  }

  const supersedes = new Map(adrs.map((adr) => [adr.id, adr.data.supersedes.filter((target) => known.has(target))]));
  const cycles = findCycles(supersedes.keys(), (id) => supersedes.get(id) ?? []);
  for (const cycle of cycles) {
    context.report(
      'error',
      { collection: 'adrs', id: cycle[0]!, path: ['supersedes'] },
      `supersedes chain is a cycle: ${cycle.join(' → ')}`,
      'a decision can only replace older ones: remove one of these `supersedes` entries',
    );
  }
}
