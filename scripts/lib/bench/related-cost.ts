/**
 * The cost of related work and of the expert finder on a generated handbook, measured
 * in this process on the handbook as the check reads it (budget: 2 s at 5,000 entries;
 * see DESIGN.md, "Budgets"). Each is the median of three runs, so one pause of the
 * garbage collector does not decide the number.
 */
import { loadHandbook } from '../../../src/lib/content/load.ts';
import { buildIndexes } from '../../../src/lib/handbook/indexes.ts';
import { relatedDocuments } from '../../../src/lib/related/sources.ts';
import { relatedWork } from '../../../src/lib/related/work.ts';
import { tagSummaries } from '../../../src/lib/tags/experts.ts';
import { todayIn } from '../../../src/lib/time/today.ts';

export interface RelatedCost {
  documents: number;
  pairs: number;
  relatedMs: number;
  tags: number;
  expertsMs: number;
}

function medianMs(run: () => void, times = 3): number {
  const durations = Array.from({ length: times }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return Math.round(durations[Math.floor(times / 2)]!);
}

export async function relatedCost(root: string, contentDir: string): Promise<RelatedCost> {
  const h = buildIndexes((await loadHandbook(root, contentDir)).handbook);
  const today = todayIn('UTC');
  let pairs = 0;
  let tags = 0;
  const relatedMs = medianMs(() => (pairs = relatedWork(h, today, new Set()).pairs.length));
  const expertsMs = medianMs(() => (tags = tagSummaries(h, today).length));
  return { documents: relatedDocuments(h, today).length, pairs, relatedMs, tags, expertsMs };
}
