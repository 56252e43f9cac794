/** The ADR index's filters: every status, kind, owning team and tag in use, with counts. */
import { ADR_KINDS, ADR_STATUSES } from '../schemas/adrs.ts';
import type { Adr } from '../schemas/index.ts';
import type { HandbookEntry } from './handbook/types.ts';

export type AdrFacet = 'status' | 'kind' | 'team' | 'tag';

const valuesOf: Record<AdrFacet, (adr: Adr) => readonly string[]> = {
  status: (adr) => [adr.status],
  kind: (adr) => [adr.kind],
  team: (adr) => adr.teams,
  tag: (adr) => adr.tags,
};

export function adrFacetValues(adrs: readonly HandbookEntry<Adr>[], facet: AdrFacet): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const adr of adrs) for (const value of valuesOf[facet](adr.data)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const fixed: readonly string[] = facet === 'status' ? ADR_STATUSES : facet === 'kind' ? ADR_KINDS : [];
  const order = (v: string) => fixed.indexOf(v);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => order(a.value) - order(b.value) || a.value.localeCompare(b.value));
}

export function filterAdrs<T extends HandbookEntry<Adr>>(adrs: readonly T[], facet: AdrFacet, value: string): T[] {
  return adrs.filter((adr) => valuesOf[facet](adr.data).includes(value));
}

/** Decision records newest first, as every listing of the log shows them: by id, whose number grows with time. */
export function adrsNewestFirst<T extends HandbookEntry<Adr>>(adrs: readonly T[]): T[] {
  return [...adrs].sort((a, b) => b.id.localeCompare(a.id));
}
