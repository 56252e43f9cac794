/**
 * Runs the content check before Astro loads any content, so a broken handbook
 * never deploys and its author sees every problem at once, with file and line.
 * In `astro dev` problems are printed and the server keeps running. A build whose
 * content, options and checking code are unchanged reuses the last result
 * (lib/check-cache.ts), warnings included.
 */
import type { AstroIntegrationLogger } from 'astro';
import { config } from '../config.ts';
import { addCount, timed } from '../lib/build-profile.ts';
import { checkKey, readCachedCheck, writeCachedCheck } from '../lib/check-cache.ts';
import { checkHandbook, formatReport, type CheckResult } from '../lib/check.ts';
import { buildNow } from '../lib/time/build-clock.ts';
import { todayIn } from '../lib/time/today.ts';

async function checkOrReuse(root: string, contentDir: string, cacheDir: string | undefined): Promise<CheckResult> {
  const options = { contentDir, today: todayIn(config.defaultTimezone, buildNow()), staleAfterDays: config.staleAfterDays };
  if (!cacheDir) return timed('content check', () => checkHandbook(root, options));
  const key = await timed('content check: key (hash of content and code)', () => checkKey(root, contentDir, options));
  const cached = await timed('content check: cached result read', () => readCachedCheck(cacheDir, key));
  if (cached) {
    addCount('content check reused');
    return cached;
  }
  const result = await timed('content check', () => checkHandbook(root, options));
  await timed('content check: result cached', () => writeCachedCheck(cacheDir, key, result));
  return result;
}

/** @param cacheDir where results are kept between builds; without it the check always runs in full */
export async function checkContent(root: string, contentDir: string, command: string, logger: AstroIntegrationLogger, cacheDir?: string): Promise<CheckResult> {
  const result = await checkOrReuse(root, contentDir, cacheDir);
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
