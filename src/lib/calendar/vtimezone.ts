/**
 * VTIMEZONE components from the runtime's own time-zone database (Intl), for
 * ical-generator's `timezone.generator` hook. An event written as "14:00 in
 * America/Los_Angeles, every other Tuesday" stays at 14:00 local time across
 * daylight-saving changes only if the calendar also says when those changes happen.
 *
 * Libraries that ship VTIMEZONE blocks carry a snapshot of the tz database that goes
 * stale; Node's ICU data is updated with Node. The transitions are found by probing
 * offsets, then written as a yearly rule (RRULE) when every year in the range follows
 * the same one, as calendar programs expect, or else one by one.
 */
import { zoneAbbreviation } from '../time/format.ts';
import { offsetAt } from '../time/zones.ts';

const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export interface Transition {
  /** The first instant (ms) of the new offset. */
  at: number;
  /** Offsets from UTC in ms, before and after. */
  from: number;
  to: number;
}

/** Every change of the zone's UTC offset from 1 January `fromYear` to 31 December `toYear`. */
export function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let time = Date.UTC(fromYear, 0, 1);
  let offset = offsetAt(time, timeZone);
  while (time < end) {
    const next = time + DAY;
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      // Bisect to the second: offsets change on whole minutes, often at 01:00 or 02:00.
      let [low, high] = [time, next];
      while (high - low > 1000) {
        const middle = Math.floor((low + high) / 2000) * 1000;
        if (offsetAt(middle, timeZone) === offset) low = middle;
        else high = middle;
      }
      found.push({ at: high, from: offset, to: nextOffset });
    }
    time = next;
    offset = nextOffset;
  }
  return found;
}

/** `+0530`, `-0800`. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const seconds = Math.abs(Math.round(ms / 1000));
  const [hours, minutes, rest] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(hours)}${pad(minutes)}${rest ? pad(rest) : ''}`;
}

/** The wall-clock time, `YYYYMMDDTHHMMSS`, of an instant seen with an offset. */
function localStamp(instant: number, offset: number): string {
  return new Date(instant + offset).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

interface Shape {
  month: number;
  /** `2SU`, or `-1SU` for the last Sunday. */
  byDay: string[];
  time: string;
  from: number;
  to: number;
}

/** The yearly rules a transition can be described by: the n-th weekday of its month, and maybe the last. */
function shapes(t: Transition): Shape {
  const local = new Date(t.at + t.from);
  const day = local.getUTCDate();
  const weekday = WEEKDAYS[local.getUTCDay()]!;
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const byDay = [`${Math.ceil(day / 7)}${weekday}`];
  if (day + 7 > daysInMonth) byDay.push(`-1${weekday}`);
  return { month: local.getUTCMonth() + 1, byDay, time: local.toISOString().slice(11, 19), from: t.from, to: t.to };
}

/** One rule for all of `list`, if they share one (same month, time, offsets and weekday rule). */
function commonRule(list: readonly Transition[]): string | undefined {
  const all = list.map(shapes);
  const first = all[0];
  if (!first) return undefined;
  if (!all.every((s) => s.month === first.month && s.time === first.time && s.from === first.from && s.to === first.to)) return undefined;
  // Prefer "last Sunday" where it fits every year: it is how such rules are usually written.
  const byDay = [...first.byDay].reverse().find((rule) => all.every((s) => s.byDay.includes(rule)));
  return byDay ? `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${byDay}` : undefined;
}

function component(kind: 'STANDARD' | 'DAYLIGHT', timeZone: string, t: Transition, rule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(t.at, t.from)}`,
    ...(rule ? [`RRULE:${rule}`] : []),
    `TZOFFSETFROM:${formatOffset(t.from)}`,
    `TZOFFSETTO:${formatOffset(t.to)}`,
    `TZNAME:${zoneAbbreviation(new Date(t.at), timeZone)}`,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE of an IANA zone, covering `fromYear` to `toYear` exactly (and later
 * years by the same rule, where there is one). `UTC` needs none: undefined.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string | undefined {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return undefined;
  // Every team calendar of a build asks for the same few zones: probe each once.
  const key = `${timeZone} ${fromYear} ${toYear}`;
  if (!blocks.has(key)) blocks.set(key, build(timeZone, fromYear, toYear));
  return blocks.get(key);
}

const blocks = new Map<string, string>();

function build(timeZone: string, fromYear: number, toYear: number): string {
  const found = transitions(timeZone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  if (found.length === 0) {
    // One observance from local midnight of 1 January onwards.
    const offset = offsetAt(Date.UTC(fromYear, 0, 1), timeZone);
    const start = Date.UTC(fromYear, 0, 1) - offset;
    lines.push(...component('STANDARD', timeZone, { at: start, from: offset, to: offset }));
  } else {
    // What holds from 1 January until the first change, or clients (ical.js among them) fall back to UTC there.
    const first = found[0]!;
    const start = Date.UTC(fromYear, 0, 1) - first.from;
    if (first.at > start) lines.push(...component(first.from > first.to ? 'DAYLIGHT' : 'STANDARD', timeZone, { at: start, from: first.from, to: first.from }));
    // Clocks going forward start daylight time; going back, standard time.
    for (const kind of ['DAYLIGHT', 'STANDARD'] as const) {
      const ofKind = found.filter((t) => t.to > t.from === (kind === 'DAYLIGHT'));
      const years = new Set(ofKind.map((t) => new Date(t.at).getUTCFullYear()));
      const rule = years.size === ofKind.length && years.size === toYear - fromYear + 1 ? commonRule(ofKind) : undefined;
      if (rule) lines.push(...component(kind, timeZone, ofKind[0]!, rule));
      else for (const t of ofKind) lines.push(...component(kind, timeZone, t));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
