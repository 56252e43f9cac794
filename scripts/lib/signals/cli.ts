/** What both signals commands share: the quarter asked for, the handbook, and writing the quarter's file. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../../../src/config.ts';
import { loadHandbook } from '../../../src/lib/content/load.ts';
import { addDays } from '../../../src/lib/time/dates.ts';
import { quarterStart, shiftQuarter } from '../../../src/lib/time/quarters.ts';
import { QUARTER_ID } from '../../../src/schemas/quarter.ts';
import type { SignalPair } from '../../../src/schemas/signals.ts';
import { parseArgsOrExit } from '../cli/args.ts';
import { mergeSignals } from './write.ts';

export interface SignalsRun {
  quarter: string;
  /** First and last day of the quarter. */
  first: string;
  last: string;
  inputs: string[];
  contentDir: string;
}

/** Parses `<inputs>... --quarter 2026-Q4 [--content <folder>]`, or prints what is wrong and exits. */
export function signalsArgs(usage: string, inputName: string): SignalsRun {
  const { values, positionals } = parseArgsOrExit({ options: { quarter: { type: 'string' }, content: { type: 'string' } }, allowPositionals: true }, usage);
  const quarter = values.quarter?.toUpperCase();
  const wrong =
    !quarter || !QUARTER_ID.test(quarter)
      ? '--quarter: write the quarter to count, e.g. 2026-Q4'
      : positionals.length === 0
        ? `name at least one ${inputName}`
        : undefined;
  if (wrong || !quarter) {
    console.error(`${wrong}\n\n${usage}`);
    process.exit(1);
  }
  const first = quarterStart(quarter);
  return {
    quarter,
    first,
    last: addDays(quarterStart(shiftQuarter(quarter, 1)), -1),
    inputs: positionals,
    contentDir: path.resolve(values.content ?? config.contentDir),
  };
}

export async function handbookOf(run: SignalsRun) {
  return (await loadHandbook(path.dirname(run.contentDir), run.contentDir)).handbook;
}

/** Writes `content/signals/<quarter>.yaml`, replacing only `fields` and keeping the other command's counts. */
export async function writeSignals(run: SignalsRun, source: string, pairs: readonly SignalPair[], fields: Parameters<typeof mergeSignals>[4]): Promise<string> {
  const file = path.join(run.contentDir, 'signals', `${run.quarter.toLowerCase()}.yaml`);
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, mergeSignals(existing, run.quarter, source, pairs, fields));
  return path.relative(process.cwd(), file);
}
