/** A team page: `content/teams/<id>.md`; the body says how to work with the team. */
import { z } from 'zod';
import { channelName, CLOCK_TIME, draft, entryId, GITHUB_TEAM, httpUrl, isoDate, list, paragraph, pattern, text, timeZone, title } from './fields.ts';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Recurring office hours, held in the team's own time zone. */
export const officeHoursSchema = z
  .strictObject({
    /** Day of the week, lower-case English (`tuesday`). */
    weekday: z.enum(WEEKDAYS),
    /** Local start time in `timezone`, 24-hour `HH:MM`. */
    time: pattern(CLOCK_TIME, 'is not a time', 'write a 24-hour time as HH:MM, e.g. 14:00'),
    /** The time zone the time is given in. */
    timezone: timeZone,
    /** Held every N weeks: 1 weekly, 2 every other week. */
    everyWeeks: z.number().int().min(1).max(8).default(1),
    /** Date of the first session; it must fall on `weekday`. */
    startsOn: isoDate,
    /** Length of a session in minutes. */
    durationMinutes: z.number().int().min(5).max(480),
    /** What the sessions are for. */
    topic: text.optional(),
    /** Where to join (video call link). */
    link: httpUrl.optional(),
  })
  .superRefine((hours, ctx) => {
    const day = new Date(`${hours.startsOn}T00:00:00Z`).getUTCDay();
    const expected = WEEKDAYS[(day + 6) % 7];
    if (!Number.isNaN(day) && expected !== hours.weekday) {
      ctx.addIssue({
        code: 'custom',
        path: ['startsOn'],
        message: `falls on a ${expected}, not on a ${hours.weekday}`,
        params: { fix: `move startsOn to a ${hours.weekday}, or change weekday to ${expected}` },
      });
    }
  });

export const teamSchema = z.strictObject({
  /** Display name of the team. */
  name: title,
  /** One sentence: what the team owns (at most 1,000 characters). */
  summary: paragraph,
  /** The person who leads the team (a person id); they must be on the team. */
  lead: entryId,
  /** GitHub team handle used in CODEOWNERS, `@org/team`. */
  githubTeam: pattern(GITHUB_TEAM, 'is not a GitHub team handle', 'write it as @organization/team-slug').optional(),
  /** Chat channels and what each is for, at most 20. */
  channels: list(z.strictObject({ /** `#channel-name`. */ name: channelName, /** What to post there. */ purpose: text }), 20).default([]),
  /** What the team is working on now, most important first; at most 100. */
  priorities: list(z.strictObject({ /** The priority. */ title, /** Where to read more. */ link: httpUrl.optional() })).default([]),
  /** Topics on which the team wants input from other teams, at most 100. */
  lookingForInput: list(z.strictObject({ /** What input is wanted. */ topic: text, /** Until when input helps. */ until: isoDate.optional() })).default([]),
  /** Recent achievements, dated; at most 500. A win another team made possible names it in `enabledBy`, which counts as thanks to that team. */
  wins: list(
    z.strictObject({
      /** What was achieved. */
      title,
      /** When. */
      date: isoDate,
      /** Other teams whose work made it possible (team ids, never this team), at most 10. */
      enabledBy: list(entryId, 10).default([]),
    }),
    500,
  ).default([]),
  /** Recurring office hours, if the team holds them. */
  officeHours: officeHoursSchema.optional(),
  /** The date the page was last confirmed to be current. */
  reviewed: isoDate,
  /** Hidden from production builds while true. */
  draft,
});

export type TeamInput = z.input<typeof teamSchema>;
export type Team = z.output<typeof teamSchema>;
export type OfficeHours = z.output<typeof officeHoursSchema>;
