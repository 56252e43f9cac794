/**
 * Tags across the handbook, and the people who know each: everything carrying a tag,
 * and a ranking of who took part in it.
 *
 * Score of a person for a tag: the sum, over the tagged entries they took part in, of
 * the weight of their role (deciding an ADR 3, giving a talk 2, leading a guild 2,
 * helping with an ask 2, a guild membership or a rotation 1) times its recency, which
 * halves every year (an ADR decided a year ago counts half, two years ago a quarter;
 * upcoming talks count in full). Ties go to the name, so the order is stable.
 */
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { daysBetween } from '../time/dates.ts';
import { TAG_SOURCES, type Role, type TagSource, type TaggedItem } from './sources.ts';

export const ROLE_WEIGHT: Record<Role, number> = { decider: 3, speaker: 2, 'guild-lead': 2, helper: 2, 'guild-member': 1, rotation: 1 };

/** Days over which a participation's weight halves. */
export const HALF_LIFE_DAYS = 365;

export interface Expert {
  person: string;
  /** Rounded to two decimals, for display and tests. */
  score: number;
  /** How many tagged entries they took part in, by role. */
  roles: Partial<Record<Role, number>>;
}

export interface TagSummary {
  tag: string;
  /** Newest first. */
  items: TaggedItem[];
  /** Best first. */
  experts: Expert[];
}

export function recency(date: string, today: string): number {
  const age = daysBetween(date, today);
  return age <= 0 ? 1 : 0.5 ** (age / HALF_LIFE_DAYS);
}

/** Ranks the people of some tagged items, best first. */
export function rankExperts(items: readonly TaggedItem[], today: string, nameOf: (person: string) => string = (p) => p): Expert[] {
  const byPerson = new Map<string, { score: number; roles: Partial<Record<Role, number>> }>();
  for (const item of items) {
    const weight = recency(item.date, today);
    // One person in two roles of one entry counts once, in the heavier role.
    const best = new Map<string, Role>();
    for (const { person, role } of item.people) if (!best.has(person) || ROLE_WEIGHT[role] > ROLE_WEIGHT[best.get(person)!]) best.set(person, role);
    for (const [person, role] of best) {
      const entry = byPerson.get(person) ?? { score: 0, roles: {} };
      entry.score += ROLE_WEIGHT[role] * weight;
      entry.roles[role] = (entry.roles[role] ?? 0) + 1;
      byPerson.set(person, entry);
    }
  }
  return [...byPerson]
    .map(([person, { score, roles }]) => ({ person, score: Math.round(score * 100) / 100, roles }))
    .sort((a, b) => b.score - a.score || nameOf(a.person).localeCompare(nameOf(b.person)));
}

/** Every tag in use, by name, with its entries and experts. */
export function tagSummaries(h: HandbookIndexes, today: string, sources: readonly TagSource[] = TAG_SOURCES): TagSummary[] {
  const byTag = new Map<string, TaggedItem[]>();
  for (const item of sources.flatMap((source) => source.items(h))) {
    for (const tag of new Set(item.tags)) {
      const items = byTag.get(tag);
      if (items) items.push(item);
      else byTag.set(tag, [item]);
    }
  }
  const nameOf = (person: string) => h.person.get(person)?.data.name ?? person;
  return [...byTag]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, items]) => ({
      tag,
      items: [...items].sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key)),
      experts: rankExperts(items, today, nameOf),
    }));
}

/** "2 decisions, 1 talk": what an expert's score is made of. */
export function describeRoles(roles: Partial<Record<Role, number>>): string {
  const nouns: Record<Role, [string, string]> = {
    decider: ['decision', 'decisions'],
    speaker: ['talk', 'talks'],
    'guild-lead': ['guild led', 'guilds led'],
    'guild-member': ['guild', 'guilds'],
    helper: ['ask helped', 'asks helped'],
    rotation: ['rotation', 'rotations'],
  };
  return (Object.keys(nouns) as Role[])
    .filter((role) => roles[role])
    .map((role) => `${roles[role]} ${nouns[role][roles[role] === 1 ? 0 : 1]}`)
    .join(', ');
}
