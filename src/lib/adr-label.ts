/**
 * How a decision is named to readers. Its number is the leading digits of its id
 * (`0042-use-kafka` → `0042`), however many there are: ADR 10000 stays ADR 10000.
 * Architecture decisions keep the familiar "ADR 0042"; the other kinds share the same
 * numbering and say what they are ("Process decision 0016"), since a hiring-loop or
 * on-call decision is not an architecture decision record.
 */
import type { AdrKind } from '../schemas/adrs.ts';

/** `0042` for `0042-use-kafka`; an id without a number (which the check rejects) is shown whole. */
export function adrNumberText(id: string): string {
  return /^\d+/.exec(id)?.[0] ?? id;
}

/** The kind as a filter chip or a badge reads it. */
export const KIND_NAME: Record<AdrKind, string> = {
  architecture: 'Architecture',
  process: 'Process',
  product: 'Product',
  organization: 'Organization',
};

const PREFIX: Record<AdrKind, string> = {
  architecture: 'ADR',
  process: 'Process decision',
  product: 'Product decision',
  organization: 'Organization decision',
};

/** `ADR 0042` for `0042-use-kafka`; `Process decision 0016` for a process decision. */
export function adrLabel(id: string, kind: AdrKind = 'architecture'): string {
  return `${PREFIX[kind]} ${adrNumberText(id)}`;
}
