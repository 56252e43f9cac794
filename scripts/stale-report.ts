/**
 * npm run stale-report [-- --output report.md] [--today YYYY-MM-DD]
 * Prints, as Markdown, the team pages not reviewed within `staleAfterDays` and the
 * proposed ADRs past their feedback deadline. The weekly workflow turns it into one
 * GitHub issue; on GitHub Actions the item count is also written to the step's
 * outputs (`count`) and the report to the job summary.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { checkHandbook } from '../src/lib/check.ts';
import { staleReport } from './lib/stale-report.ts';
import { todayIn } from '../src/lib/time/today.ts';

const { values } = parseArgs({
  options: {
    output: { type: 'string' },
    today: { type: 'string' },
  },
});

const today = values.today ?? todayIn(config.defaultTimezone);
const result = await checkHandbook(process.cwd(), { today, staleAfterDays: config.staleAfterDays });
const report = staleReport(result, { ...config, today });

if (values.output) {
  await writeFile(values.output, report.markdown);
  console.log(`${report.count} item${report.count === 1 ? '' : 's'} need${report.count === 1 ? 's' : ''} attention; report written to ${values.output}`);
} else {
  process.stdout.write(report.markdown);
}
if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, `count=${report.count}\n`);
if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, report.markdown);
