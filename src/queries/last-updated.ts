/** When an entry's file last changed, from Git: one `git log` per build, read on first use. */
import path from 'node:path';
import { config } from '../config.ts';
import { timed } from '../lib/build-profile.ts';
import { lastUpdatedDates } from '../lib/git/last-updated.ts';
import type { HandbookEntry } from '../lib/handbook/types.ts';
import { todayIn } from '../lib/time/today.ts';
import { projectRoot } from '../project-root.ts';

let gitDates: Map<string, string> | undefined;

/** Newest commit date of an entry's file, if the file is committed. */
export function lastUpdated(entry: HandbookEntry<unknown>): string | undefined {
  gitDates ??= timed('git history (last updated)', () => lastUpdatedDates(projectRoot, config.contentDir));
  return entry.filePath ? gitDates.get(path.posix.normalize(entry.filePath)) : undefined;
}

/** The calendar date (handbook time zone) of an entry's last commit, if it is committed. */
export function committedOn(entry: HandbookEntry<unknown>): string | undefined {
  const iso = lastUpdated(entry);
  return iso ? todayIn(config.defaultTimezone, new Date(iso)) : undefined;
}
