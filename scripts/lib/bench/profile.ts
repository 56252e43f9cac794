/**
 * The build profile each Atrium build writes (src/lib/build-profile.ts), read back by
 * the bench and laid out as a table: where the time of each build went.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildProfile } from '../../../src/lib/build-profile.ts';
import { PROFILE_FILE } from '../../../src/integrations/atrium.ts';

export type { BuildProfile } from '../../../src/lib/build-profile.ts';

/** The profile of the last build that used this Astro cache folder; empty if it wrote none. */
export async function readProfile(astroCacheDir: string): Promise<BuildProfile> {
  const text = await readFile(path.join(astroCacheDir, PROFILE_FILE), 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as BuildProfile) : { steps: {}, counts: {} };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * One row per step (phases first, as a build runs them, then the steps inside them),
 * one column per build; a step a build did not run shows "–".
 */
export function profileTable(columns: { name: string; profile: BuildProfile }[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const steps: string[] = [];
  for (const { profile } of columns) for (const step of Object.keys(profile.steps)) if (!steps.includes(step)) steps.push(step);
  // Phases ("1 Atrium setup…", numbered in build order) first, then the steps inside them.
  const phase = (step: string) => /^\d /.test(step);
  steps.sort((a, b) => Number(phase(b)) - Number(phase(a)) || (phase(a) ? a.localeCompare(b) : 0));
  const counts: string[] = [];
  for (const { profile } of columns) for (const name of Object.keys(profile.counts)) if (!counts.includes(name)) counts.push(name);
  const cell = (profile: BuildProfile, step: string) => {
    const timing = profile.steps[step];
    if (!timing) return '–';
    return timing.runs > 1 ? `${seconds(timing.ms)} (${timing.runs}×)` : seconds(timing.ms);
  };
  return [
    line(['step', ...columns.map((c) => c.name)]),
    line(['---', ...columns.map(() => '---')]),
    ...steps.map((step) => line([step, ...columns.map((c) => cell(c.profile, step))])),
    ...counts.map((name) => line([name, ...columns.map((c) => String(c.profile.counts[name] ?? '–'))])),
  ].join('\n');
}
