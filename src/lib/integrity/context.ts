/** What every integrity rule receives: the handbook, where its entries live, and today's date. */
import { COLLECTION_NAMES, type CollectionName, type EntryData } from '../collections.ts';
import type { InvalidHandbook } from '../content/partial.ts';
import type { Handbook, HandbookEntry } from '../handbook/types.ts';
import type { Problem, RuleId } from '../problems.ts';
import { fieldPath, problem } from '../problems.ts';

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
  /** File line of an entry's first body line. */
  bodyLine(collection: CollectionName, id: string): number;
}

/** An entry as the cross-entry rules see it: every field of a valid one, the readable fields of an invalid one. */
export type AnyEntry<C extends CollectionName> = HandbookEntry<Partial<EntryData<C>>> & {
  /** Fields of an invalid entry that failed their schema; absent for a valid entry. */
  unreadable?: ReadonlySet<string>;
};

export interface RuleContext extends IntegrityOptions, Locator {
  /** The valid entries. */
  handbook: Handbook;
  /** Valid entries, then what can be read of invalid ones, so one broken file hides no other problem. */
  entries<C extends CollectionName>(collection: C): AnyEntry<C>[];
  /** Reports at a field (`path`), or at a 0-based line of the body (`bodyLine`). */
  report(rule: RuleId, at: { collection: CollectionName; id: string; path: readonly PropertyKey[]; bodyLine?: number }, message: string, fix: string): void;
}

export function noInvalidEntries(): InvalidHandbook {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as InvalidHandbook;
}

export function createContext(handbook: Handbook, invalid: InvalidHandbook, locator: Locator, options: IntegrityOptions, problems: Problem[]): RuleContext {
  return {
    handbook,
    ...options,
    locate: locator.locate,
    exists: locator.exists,
    bodyLine: locator.bodyLine,
    entries: <C extends CollectionName>(collection: C) => [...handbook[collection], ...invalid[collection]] as AnyEntry<C>[],
    report(rule, at, message, fix) {
      const { file, line } = locator.locate(at.collection, at.id, at.path);
      const bodyLine = at.bodyLine === undefined ? line : locator.bodyLine(at.collection, at.id) + at.bodyLine;
      problems.push(problem(rule, { file, line: bodyLine, field: at.bodyLine === undefined ? fieldPath(at.path) : 'body' }, message, fix));
    },
  };
}
