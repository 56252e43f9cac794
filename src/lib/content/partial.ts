/**
 * What can still be read of an entry that fails its schema: each top-level field is
 * validated on its own and kept when it passes. The integrity rules run on these
 * fields too, so a bad time zone does not hide a bad team reference, and one broken
 * ADR does not silence the rules about the others.
 */
import { z } from 'zod';
import type { CollectionName, EntryData } from '../collections.ts';
import type { HandbookEntry } from '../handbook/types.ts';

export interface InvalidEntry<T> extends HandbookEntry<Partial<T>> {
  /** Top-level fields that failed their schema, missing required ones included (all fields when the file could not be read). */
  unreadable: ReadonlySet<string>;
}

export type InvalidHandbook = { [C in CollectionName]: InvalidEntry<EntryData<C>>[] };

/** The fields of `data` that pass their own schema, and the names of those that do not. */
export function readableFields(schema: z.ZodType, data: unknown): { data: Record<string, unknown>; unreadable: Set<string> } {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, unreadable: new Set(Object.keys(shape)) };
  }
  const raw = data as Record<string, unknown>;
  const readable: Record<string, unknown> = {};
  const unreadable = new Set<string>();
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse(raw[key]);
    if (result.success) {
      if (result.data !== undefined) readable[key] = result.data;
    } else {
      unreadable.add(key);
    }
  }
  return { data: readable, unreadable };
}
