/**
 * A problem found in the handbook's content. Every check (schema, integrity,
 * diagrams) reports these, so they all print the same way:
 *   path:line  field  what is wrong — how to fix
 */
import { RULES, type RuleId, type Severity } from './rules.ts';

export { RULES, type RuleId } from './rules.ts';

export type { Severity } from './rules.ts';

export interface Problem {
  /** Which rule found it (`reference/missing`, `content/symlink`, …); see `RULES`. */
  rule: RuleId;
  /** The rule's severity: errors fail the check and the build, warnings only print. */
  severity: Severity;
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Dotted path of the field, e.g. `officeHours.timezone` or `teams[1]`; `-` when about the whole file. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** "a person", "an ADR", "an update": the noun with its article, for messages. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A Problem of `rule`, with the rule's severity. */
export function problem(rule: RuleId, at: { file: string; line: number; field: string }, message: string, fix: string): Problem {
  return { rule, severity: RULES[rule].severity, file: at.file, line: at.line, field: at.field, message, fix };
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}  ${problem.field}  ${problem.message} — ${problem.fix}`;
}

/** GitHub Actions workflow command, shown as an annotation on the offending line of a pull request. */
export function formatGithubAnnotation(problem: Problem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${problem.severity} file=${property(problem.file)},line=${problem.line},title=${property(problem.field)}::${escape(`${problem.message} — ${problem.fix}`)}`;
}

/** Stable order: by file, then line, then field, so reports diff cleanly between runs. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field) || a.message.localeCompare(b.message));
}

/** Dotted display form of a Zod or YAML path: `channels[0].name`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '-';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}
