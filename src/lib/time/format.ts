/** Human-readable dates. Calendar dates are shown as written, never shifted by a time zone. */
import { dateTimeFormat } from './intl.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2026-11-24` → `24 Nov 2026`. */
export function formatDate(isoDate: string): string {
  return DATE.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/**
 * The zone's usual abbreviation (PST, CET, IST), where one is in common use;
 * otherwise the offset (GMT+9). English locales differ in which they know.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const names = ['en-US', 'en-GB', 'en-IN', 'en-AU'].map(
    (locale) =>
      dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(instant).find((part) => part.type === 'timeZoneName')
        ?.value ?? '',
  );
  return names.find((name) => /^[A-Z]{2,5}$/.test(name)) ?? names[0]!;
}

/** A moment in a given time zone: `Tue 24 Nov 2026, 14:00 PST`. */
export function formatDateTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const date = dateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(instant);
  const time = dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(instant);
  return `${date}, ${time} ${zoneAbbreviation(instant, timeZone)}`;
}
