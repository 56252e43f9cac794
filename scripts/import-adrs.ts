/**
 * npm run import:adrs -- <folder> --team <team-id> [--status "<as written>=<status>"] [--status <file>=<status>] [--date <file>=YYYY-MM-DD] [--dry-run]
 * Brings an existing ADR log (MADR 2–4, adr-tools, log4brains) into the handbook:
 * numbered after the handbook's own ADRs, statuses and the supersedes chain mapped,
 * bodies kept, and a report of everything that could not be mapped. What cannot be
 * decided from the files is asked in a terminal, or named as a flag to pass.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { ADR_STATUSES, type AdrStatus } from '../src/schemas/adrs.ts';
import { checkHandbook } from '../src/lib/check.ts';
import { isCancel, terminalPrompter } from './lib/cli/prompt.ts';
import { CODEOWNERS_PATH, refreshCodeowners } from './lib/codeowners.ts';
import { loadHandbook } from '../src/lib/content/load.ts';
import { closest } from '../src/lib/content/suggest.ts';
import { formatImportReport, formatQuestions, ImportError, planImport, readAdrFolder, type ImportAnswers } from './lib/import-adrs/index.ts';
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

function parse() {
  try {
    return parseArgs({
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
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(1);
  }
}
const { values: flags, positionals } = parse();
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

const isStatus = (value: string): value is AdrStatus => (ADR_STATUSES as readonly string[]).includes(value);

/** `key=value` answers from the command line, each checked, so a typo is not taken as an answer. */
function answersFromFlags(): ImportAnswers {
  const answers: Required<ImportAnswers> = { teams: (flags.team ?? []).flatMap((team) => team.split(',')).map((team) => team.trim()).filter(Boolean), statuses: {}, fileStatuses: {}, dates: {} };
  const problems: string[] = [];
  for (const pair of flags.status ?? []) {
    const at = pair.lastIndexOf('=');
    const key = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim().toLowerCase();
    if (at < 0 || !key) problems.push(`--status "${pair}": write it as "<status as written>=<status>" or "<file>=<status>"`);
    else if (!isStatus(value)) problems.push(`--status "${pair}": "${value}" is not a handbook status — ${closest(value, ADR_STATUSES) ? `did you mean ${closest(value, ADR_STATUSES)}? ` : ''}use one of: ${ADR_STATUSES.join(', ')}`);
    else if (/\.mdx?$/i.test(key)) answers.fileStatuses[key] = value;
    else answers.statuses[key.replace(/\s+/g, ' ').toLowerCase()] = value;
  }
  for (const pair of flags.date ?? []) {
    const [file, date] = pair.split('=').map((part) => part.trim());
    if (!file || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`--date "${pair}": write it as <file>=YYYY-MM-DD, e.g. --date 0003-use-kafka.md=2024-05-01`);
    else answers.dates[file] = date;
  }
  if (problems.length > 0) fail(['Nothing was imported:', ...problems.map((problem) => `  ${problem}`)]);
  return answers;
}

async function main(): Promise<void> {
  const isFolder = await stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) fail([`Nothing was imported: ${shownFolder} is not a folder — pass the folder that holds the ADR files, e.g. docs/adr`]);

  const loaded = await loadHandbook(root, contentDir);
  const context = {
    today,
    contentDir: path.relative(root, contentDir).split(path.sep).join('/') || '.',
    handbook: loaded.handbook,
    existingIds: loaded.existingIds,
  };
  const files = await readAdrFolder(folder);
  const answers = answersFromFlags();
  const statuses = answers.statuses!;
  const fileStatuses = answers.fileStatuses!;
  const dates = answers.dates!;

  if (answers.teams.length === 0 && prompter) {
    prompter.say(`  teams: ${[...context.existingIds.teams].sort().join(', ')}`);
    for (;;) {
      answers.teams = (await prompter.ask('Which team owns the imported decisions (team ids, comma-separated): ')).split(',').map((team) => team.trim()).filter(Boolean);
      const unknown = answers.teams.filter((team) => !context.existingIds.teams.has(team));
      if (answers.teams.length > 0 && unknown.length === 0) break;
      for (const team of unknown) {
        const guess = closest(team, context.existingIds.teams);
        prompter.say(`  there is no team "${team}"${guess ? ` — did you mean "${guess}"?` : ''}`);
      }
    }
  }

  let plan = planImport(files, context, answers);
  // Each answer can raise another question (a status chosen as superseded needs a successor), so plan again until none is left.
  while (plan.questions.length > 0) {
    if (!prompter) fail([formatQuestions(plan.questions)]);
    for (const question of plan.questions) {
      for (;;) {
        if (question.kind === 'date') {
          const answer = (await prompter.ask(`${question.message}. Its date (YYYY-MM-DD): `)).trim();
          if (/^\d{4}-\d{2}-\d{2}$/.test(answer)) {
            dates[question.key] = answer;
            break;
          }
          prompter.say('  Write the date as YYYY-MM-DD.');
        } else {
          const files = question.files.length > 1 ? ` (${question.files.join(', ')})` : '';
          prompter.say(`${question.message[0]!.toUpperCase()}${question.message.slice(1)}${files}.`);
          const answer = (await prompter.ask(`Which status should it have (${question.choices!.join(', ')}): `)).trim().toLowerCase();
          if (isStatus(answer) && question.choices!.includes(answer)) {
            if (question.key.endsWith('.md') || question.key.endsWith('.mdx')) fileStatuses[question.key] = answer;
            else statuses[question.key] = answer;
            break;
          }
          prompter.say(`  Choose one of: ${question.choices!.join(', ')}.`);
        }
      }
    }
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
    const codeowners = await refreshCodeowners(root, contentDir, { fallbackOwner: config.fallbackOwner });
    if (codeowners === 'updated') console.log(`\nUpdated ${CODEOWNERS_PATH} (it is generated from the content)`);
    if (codeowners === 'content-errors') console.log(`\n${CODEOWNERS_PATH} was not updated because some content has errors: fix them (npm run check), then run npm run codeowners`);
  }
  const written = new Set(plan.adrs.map((adr) => adr.path));
  const result = await checkHandbook(root, { contentDir, today, staleAfterDays: config.staleAfterDays });
  const problems = result.problems.filter((problem) => written.has(problem.file));
  if (problems.length > 0) {
    console.log(['', '`npm run check` reports problems in the imported files; fix them before opening a pull request:', ...problems.map((problem) => `  ${formatProblem(problem)}`)].join('\n'));
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
