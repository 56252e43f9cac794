/**
 * Runs the content check before Astro loads any content, so a broken handbook
 * never deploys and its author sees every problem at once, with file and line.
 * In `astro dev` problems are printed and the server keeps running.
 */
import type { AstroIntegrationLogger } from 'astro';
import { config } from '../config.ts';
import { checkHandbook, formatReport, type CheckResult } from '../lib/check.ts';
import { todayIn } from '../lib/time/today.ts';

export async function checkContent(root: string, contentDir: string, command: string, logger: AstroIntegrationLogger): Promise<CheckResult> {
  const result = await checkHandbook(root, {
    contentDir,
    today: todayIn(config.defaultTimezone),
    staleAfterDays: config.staleAfterDays,
  });
  const report = formatReport(result).split('\n');
  if (result.errors.length === 0) {
    logger.info(report.at(-1)!);
    for (const line of report.slice(0, -1)) logger.warn(line);
  } else if (command === 'dev') {
    logger.error(report.join('\n'));
  } else {
    throw new Error(`The handbook's content has errors; nothing was built.\n${report.join('\n')}`);
  }
  return result;
}
