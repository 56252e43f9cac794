/**
 * Field types shared by every collection schema. Plain Zod, no Astro, so the
 * content check, the scripts and the unit tests use exactly what the site uses.
 *
 * Refinements carry a `fix` param: the error formatter prints it after the
 * message, so every problem says what to do, not only what is wrong.
 */
import { z } from 'zod';

/**
 * Text matching a pattern. A refinement rather than `.regex()`, because only
 * refinements carry the `fix` param through to the problem report.
 */
export function pattern(regex: RegExp, message: string, fix: string) {
  return z.string().refine((value) => regex.test(value), { message, params: { fix } });
}

/** A list that must have at least one item. */
export function nonEmptyList<T extends z.ZodType>(item: T, message: string, fix: string) {
  return z.array(item).refine((list) => list.length > 0, { message, params: { fix } });
}

/** Lower-case words joined by hyphens: the shape of every entry id (the file name). */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry, by its id (file name without extension). */
export const entryId = pattern(
  KEBAB_CASE,
  'is not an entry id',
  'write the file name of the entry without its extension, in kebab-case (e.g. backend-platform)',
);

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** The shape of a calendar date, `YYYY-MM-DD` (whether the day exists is checked apart). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date, `YYYY-MM-DD`, normalized to that string. YAML parsers differ on
 * unquoted dates (Astro's turns them into `Date`s, the check's keeps strings), so
 * both are accepted and both come out the same.
 */
export const isoDate = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((value) => ISO_DATE.test(value) && isRealDate(value), {
    message: 'is not a valid date',
    params: { fix: 'write a calendar date as YYYY-MM-DD, e.g. 2026-11-24' },
  });

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A moment in time, ISO 8601 with an offset (`2026-11-18T17:00:00Z`), normalized to UTC ISO. */
export const isoDateTime = z
  .union([z.date(), z.string()])
  .refine((value) => value instanceof Date || (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))), {
    message: 'is not a valid date-time with a time zone offset',
    params: { fix: 'write it as YYYY-MM-DDTHH:MM with Z or an offset, e.g. 2026-11-18T17:00:00Z or 2026-11-18T09:00:00-08:00' },
  })
  .transform((value) => new Date(value).toISOString());

const knownZones = new Map<string, boolean>();

/** True when `zone` is an IANA time zone name this runtime knows (remembered: thousands of people share a few zones). */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.includes('/') || zone === 'UTC';
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/** An IANA time zone name such as `America/Los_Angeles`. */
export const timeZone = z.string().refine(isTimeZone, {
  message: 'is not an IANA time zone',
  params: { fix: 'use a name from the IANA time zone database, e.g. America/Los_Angeles, Europe/Berlin or UTC' },
});

/** An absolute http(s) URL. */
export const httpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  },
  { message: 'is not a valid URL', params: { fix: 'write a full address starting with https://' } },
);

/** A chat channel name, `#` and lower-case words. */
export const channelName = pattern(
  /^#[a-z0-9][a-z0-9._-]*$/,
  'is not a channel name',
  'start with # and use lower-case letters, digits and hyphens, e.g. #team-backend',
);

/** A 24-hour local time, `HH:MM`. */
export const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** A GitHub team handle, `@organization/team-slug`. */
export const GITHUB_TEAM = /^@[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/;

/** A GitHub user name, without `@`. */
export const GITHUB_USER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;

/** A Slack handle, with `@`. */
export const SLACK_HANDLE = /^@[\w.-]+$/;

/** Short free text that must not be empty. */
export const text = z
  .string()
  .trim()
  .refine((value) => value.length > 0, { message: 'is empty', params: { fix: 'write some text, or remove the field' } });

/** Free-form labels: lower-case kebab-case words. */
export const tags = z
  .array(pattern(KEBAB_CASE, 'is not a tag', 'write tags in lower-case kebab-case, e.g. databases or developer-experience'))
  .default([]);

/** Drafts show in `astro dev` and are left out of production builds. */
export const draft = z.boolean().default(false);
