/** Rotations, mentorships and pair sessions as one list, with their states on the build's day, built once per build. */
import { config } from '../config.ts';
import { programItems, type ProgramItem } from '../lib/programs/items.ts';
import { now, today } from './clock.ts';
import { handbook } from './handbook.ts';

let items: Promise<ProgramItem[]> | undefined;

export function programs(): Promise<ProgramItem[]> {
  items ??= handbook().then((h) => programItems(h, { today, now, timeZone: config.defaultTimezone }));
  return items;
}

/** One program's item, for its page. */
export async function programItem(kind: ProgramItem['kind'], id: string): Promise<ProgramItem> {
  const item = (await programs()).find((candidate) => candidate.kind === kind && candidate.id === id);
  if (!item) throw new Error(`programItem: no ${kind} "${id}" in the handbook`);
  return item;
}
