/**
 * The handbook for pages: every collection loaded once per build, drafts left out
 * of production, bidi controls taken out of its fields, and the shared indexes built
 * once. Pages import `handbook()`.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { config } from '../config.ts';
import { buildIndexes, type HandbookIndexes } from '../lib/handbook/indexes.ts';
import { isPublished } from '../lib/handbook/published.ts';
import { dependencyDiagrams, type DependencyDiagrams } from '../lib/diagrams/handbook-diagrams.ts';
import { lastUpdatedDates } from '../lib/git/last-updated.ts';
import { COLLECTION_NAMES, type CollectionName } from '../lib/collections.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
import { todayIn } from '../lib/time/today.ts';
import { withoutBidiControls } from '../lib/text/bidi.ts';

/** The build's date in the handbook's time zone: what "upcoming" and "stale" are measured from. */
export const today = todayIn(config.defaultTimezone);

const published = (entry: { data: { draft: boolean } }) => isPublished(entry, import.meta.env.DEV);

let indexes: Promise<HandbookIndexes> | undefined;

export function handbook(): Promise<HandbookIndexes> {
  indexes ??= (async () => {
    const loaded = await Promise.all(
      // Names and titles reach running text everywhere: one place keeps them from reordering it (see lib/text/bidi.ts).
      COLLECTION_NAMES.map((name) => getCollection(name, published).then((entries) => entries.map((entry) => ({ ...entry, data: withoutBidiControls(entry.data) })))),
    );
    const byName = Object.fromEntries(COLLECTION_NAMES.map((name, index) => [name, loaded[index]]));
    return buildIndexes(byName as unknown as Parameters<typeof buildIndexes>[0]);
  })();
  return indexes;
}

let graphs: Promise<DependencyDiagrams> | undefined;

/** The dependency graphs (organization, and each team's neighbourhood), built once per build. */
export function dependencyGraphs(): Promise<DependencyDiagrams> {
  graphs ??= handbook().then((h) => dependencyDiagrams(h.teams, h.dependencies));
  return graphs;
}

let gitDates: Map<string, string> | undefined;

/** Newest commit date of an entry's file, if the file is committed. */
export function lastUpdated(entry: HandbookEntry<unknown>): string | undefined {
  gitDates ??= lastUpdatedDates(process.cwd(), config.contentDir);
  return entry.filePath ? gitDates.get(path.posix.normalize(entry.filePath)) : undefined;
}

/** Renders an entry's Markdown/MDX body. */
export function renderBody<C extends CollectionName>(_collection: C, entry: HandbookEntry<unknown>) {
  return render(entry as CollectionEntry<C>);
}
