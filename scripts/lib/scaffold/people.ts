/** What the program kinds ask of people: which team someone is on, and a length in weeks within the schema's bounds. */
import type { z } from 'zod';
import { NOUN } from '../../../src/lib/collections.ts';
import type { ScaffoldContext } from './fields.ts';

/** The team of a person of the handbook, if they are in it. */
export function teamOfPerson(context: ScaffoldContext, personId: string | undefined): string | undefined {
  return context.handbook.people.find((entry) => entry.id === personId)?.data.team;
}

/** A whole number of weeks the schema's `weeks` field accepts. */
export function weeksCheck(field: z.ZodNumber, example: number) {
  return (value: string): string | undefined =>
    /^\d+$/.test(value) && field.safeParse(Number(value)).success
      ? undefined
      : `is not a length — write whole weeks between ${field.minValue} and ${field.maxValue}, e.g. ${example}`;
}

/** The refusal for two programs of one person at once. */
export const busy = (collection: 'rotations' | 'mentorships', person: string, id: string, span: string) =>
  `${person} is already in ${NOUN[collection]} ${id} (${span}), and one person is in one ${NOUN[collection]} at a time — choose other dates, or another person`;
