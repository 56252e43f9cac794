/**
 * Runs the content check before Astro loads any content, so a broken handbook
 * never deploys and its author sees every problem at once, with file and line.
 * In `astro dev` the problems are printed and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { checkHandbook, formatReport } from '../lib/check.ts';
import { todayIn } from '../lib/time/today.ts';

export function integrity(): AstroIntegration {
  return {
    name: 'atrium:integrity',
    hooks: {
      'astro:config:setup': async ({ command, config: astroConfig, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(astroConfig.root);
        const result = await checkHandbook(root, {
          contentDir: path.resolve(root, config.contentDir),
          today: todayIn(config.defaultTimezone),
          staleAfterDays: config.staleAfterDays,
        });
        const report = formatReport(result);
        if (result.errors.length === 0) {
          logger.info(report.split('\n').at(-1)!);
          for (const line of report.split('\n').slice(0, -1)) logger.warn(line);
          return;
        }
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new Error(`The handbook's content has errors; nothing was built.\n${report}`);
      },
    },
  };
}
