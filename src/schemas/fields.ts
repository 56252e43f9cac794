/**
 * Field types shared by every collection schema. Plain Zod, no Astro, so the
 * content check, the scripts and the unit tests use exactly what the site uses.
 *
 * Refinements carry a `fix` param: the error formatter prints it after the
 * message, so every problem says what to do, not only what is wrong.
 *
 * Every text and list has a length limit far above anything a real handbook
 * writes (the demo's longest title is under 80 characters), so that a pasted
 * document or a hostile pull request cannot make a page thousands of pixels wide
 * or a feed megabytes long. The check reports the length and the limit.
 */
import { z } from 'zod';
import { closest } from '../lib/content/suggest.ts';

/** Longest title or name, in characters. */
export const TITLE_LIMIT = 200;
/** Longest one-line text (a role, a list item, a deliverable, a cadence), in characters. */
export const LINE_LIMIT = 300;
/** Longest text of a few sentences (a summary, a purpose, notes), in characters. */
export const PARAGRAPH_LIMIT = 1_000;
/** Longest id, tag, handle or channel name, in characters. */
export const NAME_LIMIT = 100;
/** Longest web address, in characters. */
export const URL_LIMIT = 2_000;
/** Most items in a list, unless the field says otherwise. */
export const LIST_LIMIT = 100;
/** Largest Markdown body of a page (team, ADR, talk, guild), in UTF-8 bytes; a long ADR is about 30 KB. */
export const PAGE_BODY_LIMIT = 500_000;

/**
 * Text matching a pattern. A refinement rather than `.regex()`, because only
 * refinements carry the `fix` param through to the problem report.
 */
export function pattern(regex: RegExp, message: string, fix: string) {
  return z
    .string()
    .max(NAME_LIMIT)
    .refine((value) => value.length > NAME_LIMIT || regex.test(value), { message, params: { fix } });
}

/** A list of at most `max` items. */
export function list<T extends z.ZodType>(item: T, max = LIST_LIMIT) {
  return z.array(item).max(max);
}

/** A list that must have at least one item, and at most `max`. */
export function nonEmptyList<T extends z.ZodType>(item: T, message: string, fix: string, max = LIST_LIMIT) {
  return list(item, max).refine((items) => items.length > 0, { message, params: { fix } });
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

/** The zone meant by a misspelled name: `America/Sao_Paolo` → `America/Sao_Paulo`, `berlin` → `Europe/Berlin`. */
export function nearestTimeZone(zone: string): string | undefined {
  const zones = Intl.supportedValuesOf('timeZone');
  const city = zone.trim().replace(/ /g, '_').toLowerCase();
  // Zone names are long and alike (America/Nome, America/Noronha): allow only a typo or two.
  return (
    zones.find((name) => name.split('/').pop()!.toLowerCase() === city) ?? closest(zone.replace(/ /g, '_'), zones, Math.max(2, Math.floor(zone.length / 8)))
  );
}

/** An IANA time zone name such as `America/Los_Angeles`. */
export const timeZone = z.string().superRefine((zone, context) => {
  if (isTimeZone(zone)) return;
  const guess = nearestTimeZone(zone);
  context.addIssue({
    code: 'custom',
    message: 'is not an IANA time zone',
    params: {
      fix: `${guess ? `did you mean ${guess}? Otherwise use` : 'use'} a name from the IANA time zone database, e.g. America/Los_Angeles, Europe/Berlin or UTC`,
    },
  });
});

/** An absolute http(s) URL. */
export const httpUrl = z
  .string()
  .max(URL_LIMIT)
  .refine(
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

/** Free text that must not be empty, of at most `max` characters (after trimming). */
export function boundedText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((value) => value.length > 0, { message: 'is empty', params: { fix: 'write some text, or remove the field' } });
}

/** A title or a name. */
export const title = boundedText(TITLE_LIMIT);

/** Short free text: one line. */
export const text = boundedText(LINE_LIMIT);

/** A few sentences. */
export const paragraph = boundedText(PARAGRAPH_LIMIT);

/** Free-form labels: lower-case kebab-case words, at most 20. */
export const tags = list(pattern(KEBAB_CASE, 'is not a tag', 'write tags in lower-case kebab-case, e.g. databases or developer-experience'), 20).default([]);

/** Drafts show in `astro dev` and are left out of production builds. */
export const draft = z.boolean().default(false);
