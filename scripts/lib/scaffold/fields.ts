/**
 * The values a new entry needs, and how they are gathered: from command-line flags,
 * from defaults, or — in a terminal — by asking. Outside a terminal nothing is
 * guessed: a missing value is an error that names the flag to pass.
 */
import type { HandbookFolder } from '../cli/handbook.ts';
import type { Prompter } from '../cli/prompt.ts';

export type { Prompter };

/** The handbook folder (its valid entries are what references can point at), and the day and time zones. */
export interface ScaffoldContext extends HandbookFolder {
  /** Today, `YYYY-MM-DD`, in the handbook's default time zone. */
  today: string;
  /** The handbook's default time zone (site configuration). */
  defaultTimezone: string;
  /** The time zone of the machine running the command, offered (never silently used) for new people. */
  localTimezone?: string | undefined;
}

export type Value = string | string[] | boolean;
export type Values = Partial<Record<string, Value>>;

type Dynamic<T> = T | ((values: Values, context: ScaffoldContext) => T);

export interface Field {
  /** The flag without `--`, and the key in `Values`. `title` is the positional argument. */
  name: string;
  /** What a terminal prompt asks. */
  question: Dynamic<string>;
  /** `text`: one line. `ids`: entry ids, comma-separated or a repeated flag. `texts`: lines of text, a repeated flag. `flag`: yes or no. */
  type: 'text' | 'ids' | 'texts' | 'flag';
  /** Must end up with a value. */
  required?: boolean;
  /** Asked in a terminal even though it is optional. */
  ask?: boolean;
  /** Only relevant when this holds, given the values gathered so far. */
  when?: (values: Values, context: ScaffoldContext) => boolean;
  /** Used when no value is given, in a terminal and outside one. */
  default?: (values: Values, context: ScaffoldContext) => string | undefined;
  /** Offered as the answer in a terminal only; outside one the value must be passed. */
  suggest?: (values: Values, context: ScaffoldContext) => string | undefined;
  /** Shown with the question: the valid choices or an example. */
  hint?: (values: Values, context: ScaffoldContext) => string | undefined;
  /** What is wrong with one item and how to fix it, or undefined when it is fine. */
  check?: (item: string, values: Values, context: ScaffoldContext) => string | undefined;
}

/** A refusal: every problem found, each saying what is wrong and what to do. Nothing has been written. */
export class ScaffoldError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ScaffoldError';
    this.problems = problems;
  }
}

const resolve = <T>(value: Dynamic<T>, values: Values, context: ScaffoldContext): T =>
  typeof value === 'function' ? (value as (values: Values, context: ScaffoldContext) => T)(values, context) : value;

const flag = (field: Field) => (field.name === 'title' ? 'the title' : `--${field.name}`);

/** Flags and answers in one shape: ids split on commas, text trimmed, empty means absent. */
function normalize(field: Field, raw: Value | undefined): Value | undefined {
  if (raw === undefined) return undefined;
  if (field.type === 'flag') return typeof raw === 'boolean' ? raw : /^(y|yes|true)$/i.test(String(raw).trim());
  const items = (Array.isArray(raw) ? raw : [String(raw)])
    .flatMap((item) => (field.type === 'ids' ? item.split(',') : [item]))
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) return undefined;
  return field.type === 'text' ? items.join(' ') : items;
}

/** What is wrong with each item of a value; each says what to do. */
function problemsOf(field: Field, value: Value, values: Values, context: ScaffoldContext): { item: string; problem: string }[] {
  if (!field.check || typeof value === 'boolean') return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const problem = field.check!(item, values, context);
    return problem ? [{ item, problem }] : [];
  });
}

/** A problem as reported for a flag: `--team "platfrom": there is no team …`. */
const forFlag = (field: Field, found: { item: string; problem: string }) => `${flag(field)} ${JSON.stringify(found.item)}: ${found.problem}`;

async function prompt(field: Field, values: Values, context: ScaffoldContext, prompter: Prompter, offered: string | undefined): Promise<Value | undefined> {
  const question = resolve(field.question, values, context);
  const hint = field.hint?.(values, context);
  // The hint (valid ids, an example) goes on its own line: it can be long, and the answer is typed after the question.
  if (hint && field.type !== 'flag') prompter.say(`  ${hint}`);
  if (field.type === 'flag') {
    const answer = await prompter.ask(`${question} [y/N] `);
    return /^(y|yes)$/i.test(answer.trim());
  }
  if (field.type === 'texts') {
    prompter.say(`${question}: one per line, an empty line to finish.`);
    const items: string[] = [];
    for (;;) {
      const answer = (await prompter.ask('  - ')).trim();
      if (!answer) {
        if (items.length > 0 || !field.required) return items.length > 0 ? items : undefined;
        prompter.say('  At least one is needed.');
        continue;
      }
      items.push(answer);
    }
  }
  for (;;) {
    // "(person ids)" + "(optional)" reads as "(person ids; optional)".
    const shown = field.required ? question : question.endsWith(')') ? `${question.slice(0, -1)}; optional)` : `${question} (optional)`;
    const answer = (await prompter.ask(`${shown}${offered ? ` [${offered}]` : ''}: `)).trim();
    const value = normalize(field, answer || offered);
    if (value === undefined) {
      if (!field.required) return undefined;
      prompter.say('  This one is needed.');
      continue;
    }
    const problems = problemsOf(field, value, values, context);
    if (problems.length === 0) return value;
    for (const { problem } of problems) prompter.say(`  ${problem}`);
  }
}

/**
 * Gathers every field's value: the given flags first, then defaults, then — when a
 * prompter is given (a terminal) — answers. Every problem is reported at once.
 * @throws ScaffoldError listing invalid values and the flags still missing
 */
export async function collectValues(fields: readonly Field[], given: Values, context: ScaffoldContext, prompter?: Prompter): Promise<Values> {
  const values: Values = {};
  const problems: string[] = [];
  const missing: string[] = [];
  for (const field of fields) {
    if (field.when && !field.when(values, context)) continue;
    let value = normalize(field, given[field.name]);
    if (value !== undefined) {
      const found = problemsOf(field, value, values, context);
      if (found.length > 0 && prompter) {
        // In a terminal a mistyped flag is a question asked again, not a dead end.
        for (const problem of found) prompter.say(forFlag(field, problem));
        value = await prompt(field, values, context, prompter, undefined);
      } else if (found.length > 0) {
        problems.push(...found.map((problem) => forFlag(field, problem)));
        continue;
      }
    } else {
      const fallback = field.default?.(values, context);
      // A list cannot be offered as an editable answer, so a list with a default takes it.
      if (prompter && (field.required || field.ask) && !(field.type === 'texts' && fallback !== undefined)) {
        value = await prompt(field, values, context, prompter, fallback ?? field.suggest?.(values, context));
      } else if (fallback !== undefined) {
        value = normalize(field, fallback);
      }
    }
    if (value === undefined) {
      if (field.required) {
        const hint = field.hint?.(values, context);
        missing.push(`${flag(field)} is needed: ${resolve(field.question, values, context)}${hint ? ` — ${hint}` : ''}`);
      }
      continue;
    }
    values[field.name] = value;
  }
  if (missing.length > 0) {
    missing.push('Pass the missing values as flags, or run the command in a terminal to be asked for them.');
  }
  if (problems.length > 0 || missing.length > 0) throw new ScaffoldError([...problems, ...missing]);
  return values;
}

/** The value of a one-line field. */
export function textOf(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The items of a list field (empty when absent). */
export function listOf(values: Values, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
