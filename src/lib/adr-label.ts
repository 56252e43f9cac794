/**
 * How a decision is named to readers. Its number is the leading digits of its id
 * (`0042-use-kafka` → `0042`), however many there are: ADR 10000 stays ADR 10000.
 */

/** `0042` for `0042-use-kafka`; an id without a number (which the check rejects) is shown whole. */
export function adrNumberText(id: string): string {
  return /^\d+/.exec(id)?.[0] ?? id;
}

/** `ADR 0042` for `0042-use-kafka`. */
export function adrLabel(id: string): string {
  return `ADR ${adrNumberText(id)}`;
}
