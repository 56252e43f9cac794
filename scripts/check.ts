/**
 * npm run check [-- --format github] [--content <folder>]
 * Validates every content file and every cross-reference without building the site.
 * Exits 1 when there is any error; warnings print but do not fail.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { checkHandbook, formatReport } from '../src/lib/check.ts';
import { formatGithubAnnotation } from '../src/lib/problems.ts';
import { buildNow } from '../src/lib/time/build-clock.ts';
import { todayIn } from '../src/lib/time/today.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    content: { type: 'string' },
    today: { type: 'string' },
  },
});

const root = process.cwd();
const result = await checkHandbook(root, {
  contentDir: values.content ? path.resolve(values.content) : undefined,
  today: values.today ?? todayIn(config.defaultTimezone, buildNow()),
  staleAfterDays: config.staleAfterDays,
} as Parameters<typeof checkHandbook>[1]);

if (values.format === 'github') {
  for (const problem of result.problems) console.log(formatGithubAnnotation(problem));
}
console.log(formatReport(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
