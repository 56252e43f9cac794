/**
 * A cross-team retrospective: `content/retros/<date>-<slug>.md`, held after a project
 * that involved several teams. What went well and what could improve, one line each,
 * and action items owned by people of different teams; the body holds the summary that
 * later teams read to understand the history.
 */
import { z } from 'zod';
import { draft, entryId, httpUrl, isoDate, list, nonEmptyList, text, title } from './fields.ts';

/**
 * When an action was closed: `false` while it is open, else the date it was closed. A
 * bare `true` is refused, because "closed on time" is measured from the date.
 */
export const actionDone = z
  .union([z.boolean(), z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .superRefine((value, context) => {
    if (value === true) {
      context.addIssue({
        code: 'custom',
        message: 'says the action was closed, but not when',
        params: {
          fix: 'write the date it was closed instead, e.g. `done: 2026-11-20` (or `done: false` while it is open), so "closed on time" can be measured',
        },
      });
    } else if (typeof value === 'string' && !isoDate.safeParse(value).success) {
      context.addIssue({
        code: 'custom',
        message: 'is neither false nor a valid date',
        params: { fix: 'write `false` while the action is open, or the date it was closed as YYYY-MM-DD, e.g. 2026-11-20' },
      });
    }
  })
  .transform((value) => value as false | string);

export const retroActionSchema = z.strictObject({
  /** What will be done, in one line. */
  title: text,
  /** Who sees it through (a person id); owners should come from more than one team. */
  owner: entryId,
  /** When it should be done. */
  due: isoDate,
  /** `false` while open, or the date it was closed (`YYYY-MM-DD`). */
  done: actionDone.default(false),
});

export const retroSchema = z.strictObject({
  /** What the retrospective looked back on, e.g. "Checkout v2 launch". */
  title,
  /** The day it was held. */
  date: isoDate,
  /** The teams that took part (team ids): at least two, at most 20. */
  teams: nonEmptyList(entryId, 'lists no team', 'list the teams that took part, as team ids: a cross-team retrospective has at least two', 20),
  /** Who ran it (a person id). */
  facilitator: entryId,
  /** What went well, one line each (each team's view, then across teams); at most 30. */
  wentWell: list(text, 30).default([]),
  /** What could improve (handoffs, communication, dependencies), one line each; at most 30. */
  improve: list(text, 30).default([]),
  /** Action items, each with an owner, a due date and whether it is done; at most 30. */
  actions: list(retroActionSchema, 30).default([]),
  /** A recording of the session, if there is one. */
  recording: httpUrl.optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type RetroInput = z.input<typeof retroSchema>;
export type Retro = z.output<typeof retroSchema>;
export type RetroAction = z.output<typeof retroActionSchema>;
