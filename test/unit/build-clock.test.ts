/** ATRIUM_NOW: a build as of another moment, or a clear error for a value that is not one. */
import { expect, test } from 'vitest';
import { buildNow } from '../../src/lib/time/build-clock.ts';

test('without ATRIUM_NOW a build measures from now', () => {
  const before = Date.now();
  const now = buildNow({}).getTime();
  expect(now).toBeGreaterThanOrEqual(before);
  expect(now).toBeLessThanOrEqual(Date.now());
  expect(buildNow({ ATRIUM_NOW: '  ' }).getTime()).toBeGreaterThanOrEqual(before);
});

test('ATRIUM_NOW takes a date, a UTC moment or one with an offset', () => {
  expect(buildNow({ ATRIUM_NOW: '2026-11-25' }).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  expect(buildNow({ ATRIUM_NOW: '2026-11-25T12:00:00Z' }).toISOString()).toBe('2026-11-25T12:00:00.000Z');
  expect(buildNow({ ATRIUM_NOW: '2026-11-25T09:30+05:30' }).toISOString()).toBe('2026-11-25T04:00:00.000Z');
});

test.each(['next monday', '2026-13-45', '1732536000', '2026-11-25T12:00:00', '<script>alert(1)</script>'])(
  'ATRIUM_NOW=%s is refused with how to write it',
  (value) => {
    expect(() => buildNow({ ATRIUM_NOW: value })).toThrow(/ATRIUM_NOW is ".*", which is not a date and time: write it as 2026-11-25T12:00:00Z/);
  },
);
