/**
 * Thanks across a team line: `content/kudos/<date>-<slug>.yaml`. One person thanks people
 * and/or whole teams of other teams for something they did; the month's kudos are read
 * out at the all-hands.
 */
import { z } from 'zod';
import { draft, entryId, httpUrl, isoDate, list, text } from './fields.ts';

export const kudosSchema = z
  .strictObject({
    /** When the thanks were given. */
    date: isoDate,
    /** Who gives thanks (a person id). */
    from: entryId,
    /** People thanked (person ids, on other teams than the giver's), at most 20. */
    to: list(entryId, 20).default([]),
    /** Whole teams thanked (team ids, never the giver's), at most 10. */
    teams: list(entryId, 10).default([]),
    /** What for, in one line: read aloud at the all-hands. */
    for: text,
    /** Where to read more: the pull request, incident, ADR or thread. */
    link: httpUrl.optional(),
    /** Hidden from production builds while true. */
    draft,
  })
  .superRefine((kudos, context) => {
    if (kudos.to.length === 0 && kudos.teams.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'thanks nobody: `to` and `teams` are both empty',
        params: { fix: 'name who is thanked: people in `to` (person ids), whole teams in `teams` (team ids), or both' },
      });
    }
  });

export type KudosInput = z.input<typeof kudosSchema>;
export type Kudos = z.output<typeof kudosSchema>;
