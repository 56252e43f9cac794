/** The content check's part for related work: the dismissals file, read and checked against the handbook as of `today`. */
import type { HandbookIndexes } from '../handbook/indexes.ts';
import type { Problem } from '../problems.ts';
import { checkDismissals, dismissedPairs, loadDismissals } from './dismissals.ts';
import { RELATED_SOURCES } from './sources.ts';
import { relatedWork } from './work.ts';

/** The teams of an entry `<collection>/<id>` that some source compares; undefined when no source knows it. */
function teamsOfEntry(h: HandbookIndexes, entry: string): readonly string[] | undefined {
  const [collection, id] = entry.split('/') as [string, string];
  for (const source of RELATED_SOURCES) {
    if (source.collection !== collection) continue;
    const teams = source.teamsOf(h, id);
    if (teams) return teams;
  }
  return undefined;
}

export async function checkRelatedWork(root: string, contentDir: string, h: HandbookIndexes, today: string): Promise<Problem[]> {
  const loaded = await loadDismissals(root, contentDir);
  if (loaded.dismissals.length === 0) return loaded.problems;
  const work = relatedWork(h, today, dismissedPairs(loaded.dismissals));
  return [
    ...loaded.problems,
    ...checkDismissals(loaded, {
      collections: new Set(RELATED_SOURCES.map((source) => source.collection)),
      exists: (entry) => teamsOfEntry(h, entry) !== undefined,
      teamsOf: (entry) => teamsOfEntry(h, entry) ?? [],
      matched: work.matched,
    }),
  ];
}
