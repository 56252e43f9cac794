/**
 * npm run decisions:due [-- --output issue.md] [--today YYYY-MM-DD]
 * Prints, as Markdown, the proposed decisions whose feedback deadline is within 48 hours
 * or past, mentioning their owning and consulted teams. The daily workflow turns it into
 * one GitHub issue; on GitHub Actions the count is also written to the step's outputs.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { checkHandbook } from '../src/lib/check.ts';
import { todayIn } from '../src/lib/time/today.ts';
import { decisionsDue } from './lib/decisions-due.ts';

const { values } = parseArgs({ options: { output: { type: 'string' }, today: { type: 'string' } } });

const today = values.today ?? todayIn(config.defaultTimezone);
const result = await checkHandbook(process.cwd(), { today, staleAfterDays: config.staleAfterDays });
const report = decisionsDue(result.handbook, { ...config, today });

if (values.output) {
  await writeFile(values.output, report.markdown);
  console.log(`${report.count} proposed decision${report.count === 1 ? ' is' : 's are'} due; issue body written to ${values.output}`);
} else {
  process.stdout.write(report.markdown);
}
if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, `count=${report.count}\n`);
if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, report.markdown);
