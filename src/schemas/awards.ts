/**
 * The quarter's award for the most impactful collaboration between teams:
 * `content/awards/<quarter>-<slug>.yaml`. Nominees are named during the quarter; once the
 * award is decided, `winner` points at one of them and the citation says why.
 */
import { z } from 'zod';
import { draft, entryId, isoDate, nonEmptyList, paragraph, pattern, text, title } from './fields.ts';

/** A calendar quarter, `2026-Q4`. */
export const QUARTER = /^\d{4}-Q[1-4]$/;

export const awardSchema = z
  .strictObject({
    /** The quarter the award is for, `YYYY-Qn`; the file name starts with it. */
    quarter: pattern(QUARTER, 'is not a quarter', 'write the year and quarter as YYYY-Qn, e.g. 2026-Q4'),
    /** The award's name, e.g. "Collaboration of the quarter". */
    title,
    /** The collaborations nominated: the teams that worked together and what they did; at most 20. */
    nominees: nonEmptyList(
      z.strictObject({
        /** The teams of the collaboration (team ids), at most 10. */
        teams: nonEmptyList(entryId, 'names no team', 'list the team ids of the collaboration', 10),
        /** What they did together, in one line. */
        for: text,
      }),
      'has no nominees',
      'nominate at least one collaboration: teams and what they did together',
      20,
    ),
    /** Which nominee won, counted from 0 (the first nominee is 0); absent until the award is decided. */
    winner: z.number().int().min(0).optional(),
    /** The day the award was decided; required with `winner`. */
    decided: isoDate.optional(),
    /** Why the winner won, a few sentences read out at the all-hands; required with `winner`. */
    citation: paragraph.optional(),
    /** Hidden from production builds while true. */
    draft,
  })
  .superRefine((award, context) => {
    if (award.winner === undefined) return;
    for (const field of ['decided', 'citation'] as const) {
      if (award[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `is missing, and the award has a winner`,
          params: {
            fix:
              field === 'decided'
                ? 'add `decided:` with the day the award was decided (YYYY-MM-DD), or remove `winner`'
                : 'add `citation:`, a few sentences on why the winner won, or remove `winner`',
          },
        });
      }
    }
  });

export type AwardInput = z.input<typeof awardSchema>;
export type Award = z.output<typeof awardSchema>;
