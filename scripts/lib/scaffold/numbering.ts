/** ADR numbers for new and imported decisions, read the same way the integrity check reads them. */
import { adrNumber } from '../../../src/lib/integrity/adrs.ts';

/** One past the highest number in use. Ids that fail validation count too: their numbers are taken. */
export function nextAdrNumber(ids: Iterable<string>): number {
  let highest = 0;
  for (const id of ids) highest = Math.max(highest, adrNumber(id) ?? 0);
  return highest + 1;
}

/** `7` → `0007`, the width the integrity check's message and the demo's file names use. */
export function formatAdrNumber(number: number): string {
  return String(number).padStart(4, '0');
}

/** The ADR whose id is `NNNN-<slug>` for this slug, if one exists: the same title twice is the same decision. */
export function adrWithSlug(ids: Iterable<string>, slug: string): string | undefined {
  for (const id of ids) if (adrNumber(id) !== undefined && id.replace(/^\d+-/, '') === slug) return id;
  return undefined;
}
