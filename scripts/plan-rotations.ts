/**
 * npm run plan:rotations -- [--quarter 2027-Q1] [--format markdown|json] [--write] [--content <dir>] [--today YYYY-MM-DD]
 * Proposes a quarter's team rotations (see scripts/lib/plan-rotations/plan.ts): prints the
 * plan, and with --write creates each proposal as a draft in content/rotations/, never
 * over an existing file. The handbook must pass the check first: a plan of broken
 * content would be wrong.
 */
import path from 'node:path';
import { config } from '../src/config.ts';
import { checkHandbook } from '../src/lib/check.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { todayIn } from '../src/lib/time/today.ts';
import { parseArgsOrExit } from './lib/cli/args.ts';
import { planRotations } from './lib/plan-rotations/plan.ts';
import { nextQuarter, parseQuarter } from './lib/plan-rotations/quarter.ts';
import { planJson, planMarkdown, type Names } from './lib/plan-rotations/render.ts';
import { writeDrafts } from './lib/plan-rotations/write.ts';

const USAGE = 'Usage: npm run plan:rotations -- [--quarter 2027-Q1] [--format markdown|json] [--write]';
const { values } = parseArgsOrExit(
  {
    options: {
      quarter: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      write: { type: 'boolean', default: false },
      content: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  },
  USAGE,
);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const fail = (message: string): never => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
};

const today = values.today ?? todayIn(config.defaultTimezone);
const quarter =
  values.quarter === undefined
    ? nextQuarter(today)
    : (parseQuarter(values.quarter) ?? fail(`--quarter ${values.quarter}: is not a quarter — write it as YYYY-QN, e.g. 2027-Q1`));
if (values.format !== 'markdown' && values.format !== 'json') fail(`--format ${values.format}: is not a format — use markdown or json`);

const root = process.cwd();
const contentDir = path.resolve(values.content ?? config.contentDir);
const result = await checkHandbook(root, { contentDir, today, staleAfterDays: config.staleAfterDays });
if (result.errors.length > 0) {
  fail(
    ['The handbook has errors, so no plan was made; fix them first (npm run check):', ...result.errors.map((problem) => `  ${formatProblem(problem)}`)].join(
      '\n',
    ),
  );
}

const plan = planRotations(result.handbook, quarter);
const names: Names = {
  team: (id) => result.handbook.teams.find((team) => team.id === id)?.data.name ?? id,
  person: (id) => result.handbook.people.find((person) => person.id === id)?.data.name ?? id,
};
process.stdout.write(values.format === 'json' ? planJson(plan, names) : planMarkdown(plan, names));

if (values.write) {
  const written = await writeDrafts(root, contentDir, plan, names);
  // Messages go to stderr, so the plan on stdout stays clean for tools.
  for (const file of written.created) console.error(`Created ${file} (a draft)`);
  for (const file of written.kept) console.error(`Kept ${file}: it exists already, and nothing is ever overwritten`);
  if (written.created.length) console.error('Next: agree the goals with each buddy, then remove `draft: true` and open a pull request.');
}
