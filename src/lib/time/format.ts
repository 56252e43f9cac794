/**
 * Human-readable dates and times, written one way in one locale wherever they appear:
 * in the built page, in feeds and emails, and in the reader's browser, which moves a
 * time into the reader's own zone but keeps its shape. The handbook writes British
 * English ("Thu, 26 Nov 2026, 01:00 CET"), the language of its text; the functions take
 * another locale for tests and for handbooks written in another language.
 *
 * Pure (Intl only), so the build and the browser script (client/local-time.ts) share it.
 * Calendar dates are shown as written, never shifted by a time zone.
 */
import { dateTimeFormat } from './intl.ts';
import { offsetAt } from './zones.ts';

/** The locale every date of the handbook is written in. */
export const HANDBOOK_LOCALE = 'en-GB';

/** English locales, each of which knows a different set of zone abbreviations (PST, CET, IST, AEST). */
const ABBREVIATING_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

/** `2026-11-24` → `24 Nov 2026` (en-GB), `Nov 24, 2026` (en-US), `24. Nov. 2026` (de-DE). */
export function formatDate(isoDate: string, locale: string = HANDBOOK_LOCALE): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** Two calendar dates as one span, without repeating what they share: `25 Nov – 1 Dec 2026`. */
export function formatDateRange(from: string, to: string, locale: string = HANDBOOK_LOCALE): string {
  const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(day(from), day(to));
}

/**
 * The zone's usual abbreviation (PST, CET, IST) where one is in common use — the
 * locale's own first (MEZ in German), then English ones — otherwise the locale's
 * offset (GMT+9).
 */
export function zoneAbbreviation(instant: Date, timeZone: string, locale: string = HANDBOOK_LOCALE): string {
  const names = [locale, ...ABBREVIATING_LOCALES].map(
    (each) =>
      dateTimeFormat(each, { timeZone, timeZoneName: 'short' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')?.value ?? '',
  );
  return names.find((name) => /^[A-Z]{2,5}$/.test(name)) ?? names[0]!;
}

/** The parts of a moment in the locale's own order, with the zone's name as `zoneAbbreviation` gives it. */
function formatParts(instant: Date, timeZone: string, locale: string, withDate: boolean): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone };
  const parts = dateTimeFormat(locale, withDate ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...options } : options).formatToParts(
    instant,
  );
  const zone = zoneAbbreviation(instant, timeZone, locale);
  return parts.map((part) => (part.type === 'timeZoneName' ? zone : part.value)).join('');
}

/** A moment in a time zone: `Tue, 24 Nov 2026, 14:00 PST` (en-GB), `Tue, Nov 24, 2026, 2:00 PM PST` (en-US). */
export function formatDateTime(iso: string, timeZone: string, locale: string = HANDBOOK_LOCALE): string {
  return formatParts(new Date(iso), timeZone, locale, true);
}

/** The city of an IANA zone, as people say it: `America/Los_Angeles` → `Los Angeles`; none for `UTC`. */
export function zoneCity(timeZone: string): string | undefined {
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return undefined;
  return timeZone.split('/').pop()!.replace(/_/g, ' ');
}

/** True when clocks in both zones show the same time at this instant (Paris and Berlin, or one zone twice). */
export function sameClock(instant: Date, zone: string, otherZone: string): boolean {
  return zone === otherZone || offsetAt(instant.getTime(), zone) === offsetAt(instant.getTime(), otherZone);
}

/**
 * A moment as the organizer's clock shows it, for beside the reader's own time:
 * `14:00 PST in Los Angeles`, with the date when it is another day there
 * (`Wed, 2 Dec 2026, 07:00 JST in Tokyo`). Undefined when the reader's clock shows the
 * same time, so it is shown only where it adds something.
 */
export function formatOrganizerTime(iso: string, zone: string, readerZone: string, locale: string = HANDBOOK_LOCALE): string | undefined {
  const instant = new Date(iso);
  if (sameClock(instant, zone, readerZone)) return undefined;
  const day = (timeZone: string) => dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  const time = formatParts(instant, zone, locale, day(zone) !== day(readerZone));
  const city = zoneCity(zone);
  return city ? `${time} in ${city}` : time;
}
