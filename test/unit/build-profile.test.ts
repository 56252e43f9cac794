/** The build profile adds up steps and counters across calls, sync and async, and starts empty after a reset. */
import { beforeEach, expect, test } from 'vitest';
import { addCount, profileSnapshot, resetProfile, startSpan, timed } from '../../src/lib/build-profile.ts';

beforeEach(() => resetProfile());

test('counts every run of a step, sync or async, and returns what the work returned', async () => {
  expect(timed('check', () => 41 + 1)).toBe(42);
  expect(await timed('check', async () => 'read')).toBe('read');
  startSpan('pages')();
  addCount('diagrams from the cache', 3);
  addCount('diagrams from the cache');
  const { steps, counts } = profileSnapshot();
  expect(Object.keys(steps)).toEqual(['check', 'pages']);
  expect(steps.check!.runs).toBe(2);
  expect(steps.pages!.runs).toBe(1);
  expect(Number.isInteger(steps.check!.ms)).toBe(true);
  expect(counts).toEqual({ 'diagrams from the cache': 4 });
});

test('a step that throws is still counted, and the error reaches the caller', async () => {
  await expect(timed('search', async () => Promise.reject(new Error('Pagefind could not start')))).rejects.toThrow('Pagefind could not start');
  expect(profileSnapshot().steps.search!.runs).toBe(1);
  resetProfile();
  expect(profileSnapshot()).toEqual({ steps: {}, counts: {} });
});
