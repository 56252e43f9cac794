/**
 * The shape of one kind of entry `npm run new` creates: the values it asks for and the
 * files it plans. Each kind lives in `kinds/<kind>.ts`; `kinds.ts` keys them by collection.
 */
import type { CollectionName } from '../../../src/lib/collections.ts';
import { textOf, type Field, type ScaffoldContext, type Values } from './fields.ts';
import { oneLine } from './text.ts';

export interface PlannedFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

export interface Plan {
  /** New files; none exists yet. */
  create: PlannedFile[];
  /** Existing files the plan changes (only when the author asked for it): the change, and why. */
  change: { path: string; why: string; edit(text: string): string }[];
  /** Facts worth showing after writing, e.g. how a local time was read. */
  notes: string[];
  /** What the author does next. */
  next: string[];
}

export interface KindTemplate {
  /** One line for `--help`. */
  usage: string;
  /** In order; `title` (the positional argument) comes first. */
  fields: Field[];
  build(values: Values, context: ScaffoldContext): Plan;
}

/** Where an entry's file goes: `content/<collection>/<id>.<extension>`. */
export const entryPath = (context: ScaffoldContext, collection: CollectionName, id: string, extension: string) =>
  `${context.contentDir}/${collection}/${id}.${extension}`;

/** The positional argument every kind starts with; each kind adds its question and check. */
export const titleField: Omit<Field, 'question' | 'check'> = { name: 'title', type: 'text', required: true };

/** A one-line value that `collectValues` guaranteed (a required field, or one with a default). */
export function must(values: Values, name: string): string {
  const value = textOf(values, name);
  if (value === undefined) throw new Error(`internal: ${name} was not collected`);
  return oneLine(value);
}

/** The plan of most kinds: one new file, nothing changed. */
export function oneNewFile(file: PlannedFile & { notes?: string[]; next: string[] }): Plan {
  return { create: [{ path: file.path, text: file.text }], change: [], notes: file.notes ?? [], next: file.next };
}
