/**
 * npm run import:adrs -- <folder> --team <team-id> [--status "<as written>=<status>"] [--status <file>=<status>] [--date <file>=YYYY-MM-DD] [--dry-run]
 * Brings an existing ADR log (MADR 2–4, adr-tools, log4brains) into the handbook:
 * numbered after the handbook's own ADRs, statuses and the supersedes chain mapped,
 * bodies kept, and a report of everything that could not be mapped. What cannot be
 * decided from the files is asked in a terminal, or named as a flag to pass.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../src/config.ts';
import { problemsInWritten, readHandbookFolder, refreshCodeownersAfterWrite } from './lib/cli/handbook.ts';
import { parseArgsOrExit } from './lib/cli/args.ts';
import { isCancel, terminalPrompter } from './lib/cli/prompt.ts';
import { answersFromFlags, askQuestions, askTeams } from './lib/import-adrs/answers.ts';
import { formatImportReport, formatQuestions, ImportError, planImport, readAdrFolder } from './lib/import-adrs/index.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { todayIn } from '../src/lib/time/today.ts';

const USAGE = [
  'Usage: npm run import:adrs -- <folder> --team <team-id> [options]',
  '',
  '  <folder>                        the folder of the existing log, e.g. ../orders/docs/decisions',
  '  --team <team-id>                the team (or teams, comma-separated) owning the imported decisions',
  '  --status "<as written>=<status>"  a handbook status for a status the handbook does not know, e.g. --status "approved=accepted"',
  '  --status <file>=<status>        a status for one file, e.g. --status 0007-use-kafka.md=deprecated',
  '  --date <file>=YYYY-MM-DD        a date for a file without a readable one',
  '  --dry-run                       print the report without writing anything',
].join('\n');

const { values: flags, positionals } = parseArgsOrExit(
  {
    allowPositionals: true,
    options: {
      team: { type: 'string', multiple: true },
      status: { type: 'string', multiple: true },
      date: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      content: { type: 'string' },
      today: { type: 'string' },
    },
  },
  USAGE,
);
if (flags.help || positionals.length !== 1) {
  console[flags.help ? 'log' : 'error'](USAGE);
  process.exit(flags.help ? 0 : 1);
}

const root = process.cwd();
const folder = path.resolve(positionals[0]!);
const shownFolder = path.relative(root, folder) || '.';
const contentDir = path.resolve(flags.content ?? config.contentDir);
const today = flags.today ?? todayIn(config.defaultTimezone);
const prompter = terminalPrompter();

function fail(lines: readonly string[]): never {
  prompter?.close();
  console.error(lines.join('\n'));
  process.exit(1);
}

async function main(): Promise<void> {
  const isFolder = await stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) fail([`Nothing was imported: ${shownFolder} is not a folder — pass the folder that holds the ADR files, e.g. docs/adr`]);

  const context = { today, ...(await readHandbookFolder(root, contentDir)) };
  const files = await readAdrFolder(folder);
  const { answers, problems: flagProblems } = answersFromFlags(flags);
  if (flagProblems.length > 0) fail(['Nothing was imported:', ...flagProblems.map((problem) => `  ${problem}`)]);
  if (answers.teams.length === 0 && prompter) answers.teams = await askTeams(prompter, context.existingIds.teams);

  let plan = planImport(files, context, answers);
  // Each answer can raise another question (a status chosen as superseded needs a successor), so plan again until none is left.
  while (plan.questions.length > 0) {
    if (!prompter) fail([formatQuestions(plan.questions)]);
    await askQuestions(prompter, plan.questions, answers);
    plan = planImport(files, context, answers);
  }
  prompter?.close();

  if (flags['dry-run']) {
    console.log(formatImportReport(plan, { folder: shownFolder, written: false }));
    return;
  }
  await mkdir(path.join(contentDir, 'adrs'), { recursive: true });
  for (const adr of plan.adrs) await writeFile(path.join(root, adr.path), adr.text, { flag: 'wx' });
  console.log(formatImportReport(plan, { folder: shownFolder, written: true }));

  if (contentDir === path.resolve(config.contentDir)) {
    const codeowners = await refreshCodeownersAfterWrite(root, contentDir, config.fallbackOwner);
    if (codeowners) console.log(`\n${codeowners}`);
  }
  const written = new Set(plan.adrs.map((adr) => adr.path));
  const problems = await problemsInWritten(root, written, { contentDir, today, staleAfterDays: config.staleAfterDays });
  if (problems.length > 0) {
    console.log(
      [
        '',
        '`npm run check` reports problems in the imported files; fix them before opening a pull request:',
        ...problems.map((problem) => `  ${formatProblem(problem)}`),
      ].join('\n'),
    );
    process.exitCode = 1;
  }
  console.log('\nNext: read the imported records (git diff), fill in what the report lists, run `npm run check`, and open a pull request.');
}

try {
  await main();
} catch (error) {
  if (error instanceof ImportError) fail(['Nothing was imported:', ...error.problems.map((problem) => `  ${problem}`)]);
  if (isCancel(error)) fail(['Cancelled: nothing was imported.']);
  throw error;
}
