/**
 * Dates and times are written one way per locale, by the build and by the reader's
 * browser alike (both call lib/time/format.ts): only the zone, and so the numbers and
 * the zone's name, change from one reader to the next.
 */
import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatOrganizerTime,
  HANDBOOK_LOCALE,
  sameClock,
  zoneAbbreviation,
  zoneCity,
} from '../../src/lib/time/format.ts';
import { upcomingSessions } from '../../src/lib/time/office-hours.ts';

const LOCALES = ['en-GB', 'en-US', 'de-DE', 'ja-JP'] as const;
// American times put a narrow no-break space (U+202F) before AM and PM.
const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'] as const;
/** Midnight UTC on Thursday 26 November 2026. */
const MOMENT = '2026-11-26T00:00:00Z';

describe('calendar dates', () => {
  test('each locale writes a date its own way, never shifted by a zone', () => {
    expect(LOCALES.map((locale) => formatDate('2026-11-20', locale))).toEqual(['20 Nov 2026', 'Nov 20, 2026', '20. Nov. 2026', '2026年11月20日']);
    expect(formatDate('2026-09-12')).toBe('12 Sept 2026');
    // A date-time passed by mistake is read as its calendar date.
    expect(formatDate('2026-12-31T23:30:00-08:00')).toBe('31 Dec 2026');
  });

  test('the handbook writes British English', () => {
    expect(HANDBOOK_LOCALE).toBe('en-GB');
    expect(formatDate('2026-01-02')).toBe(formatDate('2026-01-02', 'en-GB'));
  });
});

describe('moments in a zone', () => {
  test.each(LOCALES)('%s: one moment in UTC, Los Angeles and Tokyo', (locale) => {
    const expected: Record<(typeof LOCALES)[number], string[]> = {
      'en-GB': ['Thu, 26 Nov 2026, 00:00 UTC', 'Wed, 25 Nov 2026, 16:00 PST', 'Thu, 26 Nov 2026, 09:00 GMT+9'],
      'en-US': ['Thu, Nov 26, 2026, 12:00\u202fAM UTC', 'Wed, Nov 25, 2026, 4:00\u202fPM PST', 'Thu, Nov 26, 2026, 9:00\u202fAM GMT+9'],
      'de-DE': ['Do., 26. Nov. 2026, 00:00 UTC', 'Mi., 25. Nov. 2026, 16:00 PST', 'Do., 26. Nov. 2026, 09:00 GMT+9'],
      'ja-JP': ['2026年11月26日(木) 0:00 UTC', '2026年11月25日(水) 16:00 PST', '2026年11月26日(木) 9:00 JST'],
    };
    expect(ZONES.map((zone) => formatDateTime(MOMENT, zone, locale))).toEqual(expected[locale]);
  });

  test('a zone is named the way its locale knows it, else by its English abbreviation, else by its offset', () => {
    const instant = new Date(MOMENT);
    expect(zoneAbbreviation(instant, 'Europe/Berlin', 'de-DE')).toBe('MEZ');
    expect(zoneAbbreviation(instant, 'Europe/Berlin', 'en-GB')).toBe('CET');
    expect(zoneAbbreviation(instant, 'Asia/Kolkata')).toBe('IST');
    expect(zoneAbbreviation(instant, 'Asia/Tokyo', 'ja-JP')).toBe('JST');
    expect(zoneAbbreviation(instant, 'Asia/Tokyo', 'en-GB')).toBe('GMT+9');
  });

  test('across the start of daylight saving time in Los Angeles (8 March 2026, 02:00 → 03:00)', () => {
    const before = '2026-03-08T09:30:00Z';
    const after = '2026-03-08T10:30:00Z';
    expect(LOCALES.map((locale) => [formatDateTime(before, 'America/Los_Angeles', locale), formatDateTime(after, 'America/Los_Angeles', locale)])).toEqual([
      ['Sun, 8 Mar 2026, 01:30 PST', 'Sun, 8 Mar 2026, 03:30 PDT'],
      ['Sun, Mar 8, 2026, 1:30\u202fAM PST', 'Sun, Mar 8, 2026, 3:30\u202fAM PDT'],
      ['So., 8. März 2026, 01:30 PST', 'So., 8. März 2026, 03:30 PDT'],
      ['2026年3月8日(日) 1:30 PST', '2026年3月8日(日) 3:30 PDT'],
    ]);
  });

  test('the hour that repeats when Berlin falls back (25 October 2026) is told apart by its zone name', () => {
    expect(formatDateTime('2026-10-25T00:30:00Z', 'Europe/Berlin')).toBe('Sun, 25 Oct 2026, 02:30 CEST');
    expect(formatDateTime('2026-10-25T01:30:00Z', 'Europe/Berlin')).toBe('Sun, 25 Oct 2026, 02:30 CET');
    expect(formatDateTime('2026-10-25T01:30:00Z', 'Europe/Berlin', 'de-DE')).toBe('So., 25. Okt. 2026, 02:30 MEZ');
  });

  test('office hours held at 14:00 in Los Angeles read 14:00 there on both sides of the change, and move for a reader in Tokyo', () => {
    const hours = { weekday: 'tuesday', time: '14:00', timezone: 'America/Los_Angeles', everyWeeks: 2, startsOn: '2026-09-01', durationMinutes: 60 } as const;
    const [summer, winter] = upcomingSessions(hours, new Date('2026-10-21T00:00:00Z'), 2).map((s) => s.start.toISOString());
    expect([formatDateTime(summer!, 'America/Los_Angeles'), formatDateTime(winter!, 'America/Los_Angeles')]).toEqual([
      'Tue, 27 Oct 2026, 14:00 PDT',
      'Tue, 10 Nov 2026, 14:00 PST',
    ]);
    expect([formatDateTime(summer!, 'Asia/Tokyo'), formatDateTime(winter!, 'Asia/Tokyo')]).toEqual([
      'Wed, 28 Oct 2026, 06:00 GMT+9',
      'Wed, 11 Nov 2026, 07:00 GMT+9',
    ]);
  });
});

describe("the organizer's time beside the reader's", () => {
  test('shown only when the clocks differ', () => {
    const iso = '2026-12-01T22:00:00Z';
    expect(formatOrganizerTime(iso, 'America/Los_Angeles', 'America/Los_Angeles')).toBeUndefined();
    // Paris and Berlin are different zones with the same clock.
    expect(formatOrganizerTime(iso, 'Europe/Paris', 'Europe/Berlin')).toBeUndefined();
    // London keeps UTC's clock in winter, not in summer.
    expect(formatOrganizerTime('2026-12-02T15:00:00Z', 'UTC', 'Europe/London')).toBeUndefined();
    expect(formatOrganizerTime('2026-07-01T15:00:00Z', 'UTC', 'Europe/London')).toBe('15:00 UTC');
  });

  test('the time alone on the same day, the date too when it is another day there, and the city', () => {
    const iso = '2026-12-01T22:00:00Z';
    expect(formatOrganizerTime(iso, 'America/Los_Angeles', 'America/New_York')).toBe('14:00 PST in Los Angeles');
    expect(formatOrganizerTime(iso, 'America/Los_Angeles', 'Asia/Tokyo')).toBe('Tue, 1 Dec 2026, 14:00 PST in Los Angeles');
    expect(formatOrganizerTime(iso, 'America/Los_Angeles', 'Asia/Tokyo', 'en-US')).toBe('Tue, Dec 1, 2026, 2:00\u202fPM PST in Los Angeles');
    expect(formatOrganizerTime('2026-12-02T15:00:00Z', 'UTC', 'Europe/Berlin')).toBe('15:00 UTC');
  });

  test('cities and clocks', () => {
    expect([zoneCity('America/Los_Angeles'), zoneCity('America/Argentina/Buenos_Aires'), zoneCity('UTC'), zoneCity('Etc/GMT+5')]).toEqual([
      'Los Angeles',
      'Buenos Aires',
      undefined,
      undefined,
    ]);
    expect(sameClock(new Date('2026-07-01T00:00:00Z'), 'Europe/Lisbon', 'Europe/London')).toBe(true);
    expect(sameClock(new Date('2026-07-01T00:00:00Z'), 'Europe/Lisbon', 'UTC')).toBe(false);
  });
});

describe('spans of days', () => {
  // Ranges put thin spaces (U+2009) around the dash.
  test('one span, without repeating the month or year the two dates share', () => {
    expect(formatDateRange('2026-11-25', '2026-12-01')).toBe('25 Nov\u2009–\u20091 Dec 2026');
    expect(formatDateRange('2026-11-02', '2026-11-08')).toBe('2\u2009–\u20098 Nov 2026');
    expect(formatDateRange('2026-12-28', '2027-01-03')).toBe('28 Dec 2026\u2009–\u20093 Jan 2027');
    expect(formatDateRange('2026-11-25', '2026-12-01', 'en-US')).toBe('Nov 25\u2009–\u2009Dec 1, 2026');
    expect(formatDateRange('2026-11-25', '2026-12-01', 'de-DE')).toBe('25. Nov.\u2009–\u20091. Dez. 2026');
    expect(formatDateRange('2026-11-25', '2026-12-01', 'ja-JP')).toBe('2026/11/25～2026/12/01');
  });
});
