/**
 * Where a build's time goes: named steps with their wall time and how often they ran,
 * plus counters (diagrams rendered or cached, checks reused). The integration, the
 * content loader and the query layer all add to one profile, which the build writes
 * as JSON at its end for `npm run bench` to print. Measures only; nothing reads it to
 * decide anything.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface StepTiming {
  /** Wall time in milliseconds, summed over every run of the step. */
  ms: number;
  runs: number;
}

export interface BuildProfile {
  steps: Record<string, StepTiming>;
  counts: Record<string, number>;
}

// Astro loads the integration through Node and the content config and pages through Vite,
// so one process may hold several instances of this module: the profile is global.
const PROFILE = Symbol.for('atrium.buildProfile');
const holder = globalThis as typeof globalThis & { [PROFILE]?: BuildProfile };

function profile(): BuildProfile {
  holder[PROFILE] ??= { steps: {}, counts: {} };
  return holder[PROFILE];
}

/** Adds a measured span to a step. */
export function addTiming(step: string, ms: number): void {
  const timing = (profile().steps[step] ??= { ms: 0, runs: 0 });
  timing.ms += ms;
  timing.runs += 1;
}

/** Adds to a counter (diagrams from the cache, pages indexed…). */
export function addCount(name: string, amount = 1): void {
  profile().counts[name] = (profile().counts[name] ?? 0) + amount;
}

/** Runs `work` and adds its wall time (until its promise settles, if it returns one) to `step`. */
export function timed<T>(step: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  if (result instanceof Promise) {
    return result.finally(() => addTiming(step, performance.now() - started)) as T;
  }
  addTiming(step, performance.now() - started);
  return result;
}

/** Marks the start of a span that ends elsewhere (a hook that starts a phase, another that ends it). */
export function startSpan(step: string): () => void {
  const started = performance.now();
  return () => addTiming(step, performance.now() - started);
}

/** A copy of the profile so far, steps rounded to whole milliseconds. */
export function profileSnapshot(): BuildProfile {
  const { steps, counts } = profile();
  return {
    steps: Object.fromEntries(Object.entries(steps).map(([step, { ms, runs }]) => [step, { ms: Math.round(ms), runs }])),
    counts: { ...counts },
  };
}

/** Forgets everything measured (a second build in the same process, or a test). */
export function resetProfile(): void {
  holder[PROFILE] = { steps: {}, counts: {} };
}

export function writeProfile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(profileSnapshot(), null, 2)}\n`);
}
