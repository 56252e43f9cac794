/**
 * npm run new -- <adr|team|person|talk|guild|dependency|update> "Title" [--flag value …] [--dry-run]
 * Writes a new entry from a template that passes `npm run check` as written: the next
 * free ADR number, today's date, references checked. In a terminal it asks for what
 * is missing; elsewhere it names the flags to pass. It never overwrites a file.
 */
import path from 'node:path';
import { config } from '../src/config.ts';
import { parseArgsOrExit } from './lib/cli/args.ts';
import { isCancel, terminalPrompter } from './lib/cli/prompt.ts';
import { problemsInWritten, refreshCodeownersAfterWrite } from './lib/cli/handbook.ts';
import { closest } from '../src/lib/content/suggest.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { KIND_NAMES, KINDS, planEntry, ScaffoldError, scaffoldContext, writePlan, type KindName, type Values } from './lib/scaffold/index.ts';
import { todayIn } from '../src/lib/time/today.ts';

// Every kind's flags in one parser; each kind then accepts only its own.
const flagOptions: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
for (const kind of Object.values(KINDS)) {
  for (const field of kind.fields) {
    if (field.name !== 'title') flagOptions[field.name] = field.type === 'flag' ? { type: 'boolean' } : { type: 'string', multiple: true };
  }
}

function usage(): string {
  return [
    'Usage: npm run new -- <kind> "Title" [options]',
    '',
    ...KIND_NAMES.map((name) => `  npm run new -- ${KINDS[name].usage}`),
    '',
    'In a terminal, anything missing is asked for. --dry-run prints the files instead of writing them.',
    'See CONTRIBUTING.md for a walk-through.',
  ].join('\n');
}

const { values: flags, positionals } = parseArgsOrExit(
  {
    allowPositionals: true,
    options: { ...flagOptions, help: { type: 'boolean', short: 'h' }, 'dry-run': { type: 'boolean' }, content: { type: 'string' }, today: { type: 'string' } },
  },
  usage(),
);
if (flags.help) {
  console.log(usage());
  process.exit(0);
}

const root = process.cwd();
const contentDir = path.resolve(flags.content ?? config.contentDir);
const today = flags.today ?? todayIn(config.defaultTimezone);
const prompter = terminalPrompter();

/** Options npm kept for itself because they came before `--`: npm hands them over as npm_config_* variables. */
const eatenByNpm = Object.keys(flagOptions).filter((name) => process.env[`npm_config_${name.replace(/-/g, '_')}`] !== undefined);

function fail(lines: readonly string[]): never {
  prompter?.close();
  const hint =
    eatenByNpm.length > 0
      ? [
          `npm kept ${eatenByNpm.map((name) => `--${name}`).join(', ')} for itself: put two dashes before the options, as in npm run new -- team "Payments" --lead …`,
        ]
      : [];
  console.error(['Nothing was written:', ...[...lines, ...hint].map((line) => `  ${line}`)].join('\n'));
  process.exit(1);
}

async function main(): Promise<void> {
  let kindName = positionals[0];
  if (kindName === undefined && prompter) kindName = (await prompter.ask(`What do you want to add? (${KIND_NAMES.join(', ')}): `)).trim();
  if (kindName === undefined) {
    console.error(usage());
    process.exit(1);
  }
  if (!(KIND_NAMES as readonly string[]).includes(kindName)) {
    const guess = closest(kindName, KIND_NAMES);
    fail([`"${kindName}" is not something \`npm run new\` creates — ${guess ? `did you mean ${guess}? ` : ''}use one of: ${KIND_NAMES.join(', ')}`]);
  }
  const kind = KINDS[kindName as KindName];

  const own = new Map(kind.fields.map((field) => [field.name, field]));
  const given: Values = {};
  const problems: string[] = [];
  const title = positionals.slice(1).join(' ').trim();
  if (title) given.title = title;
  for (const [name, value] of Object.entries(flags)) {
    if (!(name in flagOptions) || value === undefined) continue;
    const field = own.get(name);
    if (!field) {
      problems.push(
        `--${name} is not an option of \`new ${kind.name}\` — its options are: ${kind.fields
          .filter((f) => f.name !== 'title')
          .map((f) => `--${f.name}`)
          .join(', ')}`,
      );
    } else if (field.type === 'text' && Array.isArray(value) && value.length > 1) {
      problems.push(`--${name} was given ${value.length} times — give it once`);
    } else {
      given[name] = field.type === 'text' && Array.isArray(value) ? value[0]! : (value as string[] | boolean);
    }
  }
  if (problems.length > 0) fail(problems);

  const context = await scaffoldContext(root, contentDir, {
    today,
    defaultTimezone: config.defaultTimezone,
    localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const plan = await planEntry(kind.name, given, context, prompter);
  prompter?.close();

  if (flags['dry-run']) {
    for (const file of plan.create) console.log(`Would create ${file.path}:\n${file.text}`);
    for (const change of plan.change) console.log(`Would change ${change.path}: ${change.why}`);
    return;
  }
  await writePlan(root, plan);
  for (const file of plan.create) console.log(`Created ${file.path}`);
  for (const change of plan.change) console.log(`Changed ${change.path}: ${change.why}`);
  for (const note of plan.notes) console.log(note);

  // CODEOWNERS is generated from the content, so a new team page, ADR or talk updates it too.
  if (contentDir === path.resolve(config.contentDir)) {
    const codeowners = await refreshCodeownersAfterWrite(root, contentDir, config.fallbackOwner);
    if (codeowners) console.log(codeowners);
  }

  // The promise is that the new entry passes the check: verify it, and say so if not.
  const touched = new Set([...plan.create.map((file) => file.path), ...plan.change.map((change) => change.path)]);
  const ownProblems = await problemsInWritten(root, touched, { contentDir, today, staleAfterDays: config.staleAfterDays });
  if (ownProblems.length > 0) {
    console.log(
      [
        '`npm run check` reports problems in these files; please fix them before opening a pull request:',
        ...ownProblems.map((problem) => `  ${formatProblem(problem)}`),
      ].join('\n'),
    );
    process.exitCode = 1;
  }
  console.log(['', 'Next:', ...plan.next.map((step) => `  - ${step}`)].join('\n'));
}

try {
  await main();
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.problems);
  if (isCancel(error)) fail(['cancelled']);
  throw error;
}
