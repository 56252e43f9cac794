import { describe, expect, test } from 'vitest';
import { describeCadence, upcomingSessions } from '../../src/lib/time/office-hours.ts';
import { offsetAt, zonedTimeToInstant } from '../../src/lib/time/zones.ts';
import { addDays, daysBetween } from '../../src/lib/time/dates.ts';
import { todayIn } from '../../src/lib/time/today.ts';
import type { OfficeHours } from '../../src/schemas/teams.ts';

const backendPlatform: OfficeHours = {
  weekday: 'tuesday',
  time: '14:00',
  timezone: 'America/Los_Angeles',
  everyWeeks: 2,
  startsOn: '2026-09-01',
  durationMinutes: 60,
};

describe('zoned time', () => {
  test('14:00 in Los Angeles is 21:00 UTC in summer and 22:00 UTC in winter', () => {
    expect(zonedTimeToInstant('2026-09-01', '14:00', 'America/Los_Angeles').toISOString()).toBe('2026-09-01T21:00:00.000Z');
    expect(zonedTimeToInstant('2026-11-10', '14:00', 'America/Los_Angeles').toISOString()).toBe('2026-11-10T22:00:00.000Z');
  });

  test('a time skipped by spring-forward resolves to the hour after', () => {
    // Clocks in Berlin jump from 02:00 to 03:00 on 2026-03-29.
    expect(zonedTimeToInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  test('offsets east and west of Greenwich, and half-hour zones', () => {
    expect(offsetAt(Date.parse('2026-07-01T00:00:00Z'), 'Asia/Kolkata') / 60_000).toBe(330);
    expect(offsetAt(Date.parse('2026-01-01T00:00:00Z'), 'America/New_York') / 60_000).toBe(-300);
  });

  test('today depends on the time zone', () => {
    const lateEvening = new Date('2026-11-24T23:30:00Z');
    expect(todayIn('UTC', lateEvening)).toBe('2026-11-24');
    expect(todayIn('Asia/Tokyo', lateEvening)).toBe('2026-11-25');
  });

  test('calendar arithmetic crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-10-20', '2026-11-24')).toBe(35);
  });
});

describe('office hours', () => {
  test('every other Tuesday, across the end of daylight saving time', () => {
    const sessions = upcomingSessions(backendPlatform, new Date('2026-10-21T00:00:00Z'), 3);
    expect(sessions.map((s) => [s.localDate, s.start.toISOString()])).toEqual([
      ['2026-10-27', '2026-10-27T21:00:00.000Z'],
      ['2026-11-10', '2026-11-10T22:00:00.000Z'],
      ['2026-11-24', '2026-11-24T22:00:00.000Z'],
    ]);
  });

  test('a session in progress is still the next one until it ends', () => {
    const during = new Date('2026-11-24T22:30:00Z');
    expect(upcomingSessions(backendPlatform, during)[0]!.localDate).toBe('2026-11-24');
    const after = new Date('2026-11-24T23:00:00Z');
    expect(upcomingSessions(backendPlatform, after)[0]!.localDate).toBe('2026-12-08');
  });

  test('before the first session, the first session is next', () => {
    expect(upcomingSessions(backendPlatform, new Date('2026-01-01T00:00:00Z'))[0]!.localDate).toBe('2026-09-01');
  });

  test('cadence in words', () => {
    expect(describeCadence(backendPlatform)).toBe('Every other Tuesday');
    expect(describeCadence({ ...backendPlatform, everyWeeks: 1 })).toBe('Every Tuesday');
    expect(describeCadence({ ...backendPlatform, everyWeeks: 3 })).toBe('Every 3 weeks on Tuesday');
  });
});
