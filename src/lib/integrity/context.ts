/** What every integrity rule receives: the handbook, where its entries live, and today's date. */
import type { CollectionName } from '../collections.ts';
import type { Handbook } from '../handbook/types.ts';
import type { Problem, Severity } from '../problems.ts';
import { fieldPath } from '../problems.ts';

export interface IntegrityOptions {
  /** Today, `YYYY-MM-DD`; passed in so checks are reproducible. */
  today: string;
  /** A team page not reviewed for longer than this is stale. */
  staleAfterDays: number;
}

export interface Locator {
  /** File and line of a field of an entry. */
  locate(collection: CollectionName, id: string, path: readonly PropertyKey[]): { file: string; line: number };
  /** Ids of every file in a collection, including ones that failed validation. */
  exists(collection: CollectionName, id: string): boolean;
  /** False when some file of the collection failed validation, so rules about the whole set must wait. */
  complete(collection: CollectionName): boolean;
}

export interface RuleContext extends IntegrityOptions, Locator {
  handbook: Handbook;
  report(
    severity: Severity,
    at: { collection: CollectionName; id: string; path: readonly PropertyKey[] },
    message: string,
    fix: string,
  ): void;
}

export function createContext(handbook: Handbook, locator: Locator, options: IntegrityOptions, problems: Problem[]): RuleContext {
  return {
    handbook,
    ...options,
    locate: locator.locate,
    exists: locator.exists,
    complete: locator.complete,
    report(severity, at, message, fix) {
      const { file, line } = locator.locate(at.collection, at.id, at.path);
      problems.push({ severity, file, line, field: fieldPath(at.path), message, fix });
    },
  };
}
