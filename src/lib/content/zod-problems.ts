/**
 * Turns Zod's issues into Problems that a content author can act on: the field,
 * what is wrong with the value they wrote, and what to write instead.
 */
import type { z } from 'zod';
import { fieldPath, RULES, withArticle, type Problem, type RuleId } from '../problems.ts';
import { closest } from './suggest.ts';

type Issue = z.core.$ZodIssue;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A 10,000-character value would bury the message: quote its start.
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** Names of an object schema's keys at `path`, for "did you mean" on unknown keys. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { _zod?: { def?: Record<string, unknown> } };
    for (let guard = 0; guard < 10 && node?._zod?.def; guard++) {
      const def = node._zod.def;
      if (def.shape) return node;
      const inner = (def.innerType ?? def.in ?? def.schema) as typeof node | undefined;
      if (!inner) return node;
      node = inner;
    }
    return node;
  };
  for (const key of path) {
    const node = unwrap(current) as { _zod?: { def?: { shape?: Record<string, unknown>; element?: unknown } } };
    const def = node?._zod?.def;
    if (!def) return [];
    if (typeof key === 'number') current = def.element;
    else current = def.shape?.[key as string];
  }
  const node = unwrap(current) as { _zod?: { def?: { shape?: Record<string, unknown> } } };
  return Object.keys(node?._zod?.def?.shape ?? {});
}

export function problemsFromZod(
  issues: readonly Issue[],
  context: { file: string; data: unknown; schema: z.ZodType; noun: string; lineOf: (path: readonly PropertyKey[]) => number },
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const value = valueAt(context.data, path);
    const rule: RuleId = issue.code === 'unrecognized_keys' ? 'schema/unknown-field' : issue.code === 'invalid_type' && value === undefined ? 'schema/missing-field' : 'schema/invalid-value';
    const base = { rule, severity: RULES[rule].severity, file: context.file, line: context.lineOf(path), field: fieldPath(path) };
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(context.schema, path);
        for (const key of issue.keys) {
          const guess = closest(key, known);
          problems.push({
            ...base,
            line: context.lineOf([...path, key]),
            field: fieldPath([...path, key]),
            message: `is not a field of ${path.length === 0 ? withArticle(context.noun) : `\`${fieldPath(path)}\``}`,
            fix: guess ? `did you mean \`${guess}\`? Rename it, or remove it` : `remove it; the fields are: ${known.join(', ')}`,
          });
        }
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
        problems.push({
          ...base,
          message: `${show(value)} is not one of the allowed values`,
          fix: `${guess ? `did you mean ${guess}? ` : ''}use one of: ${allowed.join(', ')}`,
        });
        break;
      }
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        if (value === undefined) {
          problems.push({ ...base, message: 'is required', fix: `add \`${String(path.at(-1) ?? 'it')}:\` with ${expected}` });
        } else {
          problems.push({ ...base, message: `must be ${expected}, not ${show(value)}`, fix: `write ${expected} here` });
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) {
          const size = issue.origin === 'string' ? `${String(value).length.toLocaleString('en-US')} characters long` : `a list of ${(value as unknown[]).length.toLocaleString('en-US')} items`;
          const limit = `${Number(issue.maximum).toLocaleString('en-US')} ${issue.origin === 'string' ? 'characters' : 'items'}`;
          problems.push({
            ...base,
            message: `is ${size}, more than the ${limit} allowed`,
            fix: issue.origin === 'string' ? `shorten it to at most ${limit}; longer text belongs in the body` : `keep it to at most ${limit}`,
          });
          break;
        }
        const fix = (issue as { params?: { fix?: string } }).params?.fix;
        const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
        problems.push({
          ...base,
          message: issue.message.startsWith('Too') ? `${show(value)} is out of range` : issue.message,
          fix: fix ?? `use ${issue.origin === 'array' ? 'a list of ' : 'a value of '}${bound}`,
        });
        break;
      }
      default: {
        const fix = (issue as { params?: { fix?: string } }).params?.fix ?? 'correct the value';
        // Quote the value when it is a scalar; a list or a group reads better unnamed.
        const scalar = value !== undefined && value !== null && (typeof value !== 'object' || value instanceof Date);
        const shown = scalar ? `${show(value)} ` : '';
        problems.push({ ...base, message: `${shown}${issue.message}`, fix });
      }
    }
  }
  return problems;
}
