/**
 * `content/related-dismissed.yaml`: matches a team has dismissed. Read with the same
 * line-aware parser and Zod schema as every content file, so each problem names its
 * file, line and field; then checked against the handbook: both entries exist and are
 * of a kind related work compares, the dismissing team owns one of them, and the two are
 * matched today (a dismissal of a match that no longer appears is a warning: delete it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DISMISSALS_LIMIT, dismissalSchema, relatedDismissedSchema, type Dismissal } from '../../schemas/related-dismissed.ts';
import { CONTENT_ROOT_FILES } from '../content/root-files.ts';
import { parseSource } from '../content/source.ts';
import { decodeContent } from '../content/text.ts';
import { problemsFromZod } from '../content/zod-problems.ts';
import { problem, type Problem } from '../problems.ts';
import { entryPairKey } from './documents.ts';

export interface LocatedDismissal extends Dismissal {
  /** 1-based line of the dismissal's first field. */
  line: number;
  lineOf(field: keyof Dismissal): number;
}

export interface LoadedDismissals {
  /** Relative to the project root, forward slashes. */
  file: string;
  dismissals: LocatedDismissal[];
  problems: Problem[];
}

/** Reads and validates the dismissals; a missing file is no dismissal. */
export async function loadDismissals(root: string, contentDir: string): Promise<LoadedDismissals> {
  const absolute = path.join(contentDir, CONTENT_ROOT_FILES.relatedDismissed);
  const file = path.relative(root, absolute).split(path.sep).join('/');
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, dismissals: [], problems: [] };
    throw error;
  }
  return parseDismissals(file, bytes);
}

export function parseDismissals(file: string, bytes: Uint8Array): LoadedDismissals {
  const decoded = decodeContent(bytes);
  if (!decoded.ok) {
    const message = 'is not UTF-8 text';
    return { file, dismissals: [], problems: [problem('content/encoding', { file, line: decoded.line, field: '-' }, message, 'save the file as UTF-8')] };
  }
  const source = parseSource(decoded.text, 'yaml');
  const problems = source.syntaxErrors.map((error) => problem(error.rule, { file, line: error.line, field: '-' }, error.message, error.fix));
  if (source.data === undefined || source.data === null) return { file, dismissals: [], problems };
  const zodContext = { file, data: source.data, schema: relatedDismissedSchema, noun: 'dismissal list', lineOf: source.lineOf };
  if (!Array.isArray(source.data)) {
    const result = relatedDismissedSchema.safeParse(source.data);
    if (!result.success) problems.push(...problemsFromZod(result.error.issues, zodContext));
    return { file, dismissals: [], problems };
  }
  // Each dismissal on its own: one with a typo reports its line, the others still apply.
  if (source.data.length > DISMISSALS_LIMIT) {
    problems.push(
      problem(
        'schema/invalid-value',
        { file, line: 1, field: '-' },
        `lists ${source.data.length} dismissals, more than ${DISMISSALS_LIMIT}`,
        'delete the dismissals whose matches are gone',
      ),
    );
  }
  const dismissals: LocatedDismissal[] = [];
  source.data.slice(0, DISMISSALS_LIMIT).forEach((item: unknown, index) => {
    const result = dismissalSchema.safeParse(item);
    if (!result.success) {
      problems.push(
        ...problemsFromZod(
          result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
          zodContext,
        ),
      );
      return;
    }
    dismissals.push({ ...result.data, line: source.lineOf([index]), lineOf: (field: keyof Dismissal) => source.lineOf([index, field]) });
  });
  return { file, dismissals, problems };
}

/** The entry pairs dismissed, as `entryPairKey`s. */
export function dismissedPairs(dismissals: readonly Dismissal[]): Set<string> {
  return new Set(dismissals.map((d) => entryPairKey(d.a, d.b)));
}

export interface DismissalFacts {
  /** Collections related work compares (`teams`, `updates`, `adrs`). */
  collections: ReadonlySet<string>;
  /** Whether an entry `<collection>/<id>` exists. */
  exists(entry: string): boolean;
  /** The teams whose work an entry is. */
  teamsOf(entry: string): readonly string[];
  /** Entry pairs matched before dismissals, as `entryPairKey`s. */
  matched: ReadonlySet<string>;
}

export function checkDismissals(loaded: LoadedDismissals, facts: DismissalFacts): Problem[] {
  const problems: Problem[] = [];
  const { file } = loaded;
  const kinds = [...facts.collections].sort().join(', ');
  for (const [index, d] of loaded.dismissals.entries()) {
    const at = (field: keyof Dismissal) => ({ file, line: d.lineOf(field), field: `[${index}].${field}` });
    const known = (['a', 'b'] as const).filter((side) => {
      const [collection] = d[side].split('/');
      if (!facts.collections.has(collection!)) {
        problems.push(
          problem('related/unknown-entry', at(side), `"${d[side]}" is not of a kind related work compares`, `name an entry of ${kinds}, e.g. teams/mobile`),
        );
        return false;
      }
      if (!facts.exists(d[side])) {
        problems.push(
          problem(
            'related/unknown-entry',
            at(side),
            `"${d[side]}" is not an entry`,
            `check the spelling against the file name under content/${collection}/, or delete this dismissal`,
          ),
        );
        return false;
      }
      return true;
    });
    if (known.length < 2) continue;
    const owners = [...new Set([...facts.teamsOf(d.a), ...facts.teamsOf(d.b)])].sort();
    if (!owners.includes(d.team)) {
      problems.push(
        problem(
          'related/dismissal-team',
          at('team'),
          `"${d.team}" owns neither ${d.a} nor ${d.b}`,
          `a match is dismissed by one of its teams: ${owners.join(' or ')}`,
        ),
      );
    }
    if (!facts.matched.has(entryPairKey(d.a, d.b))) {
      problems.push(
        problem(
          'related/dismissal-unmatched',
          { file, line: d.line, field: `[${index}]` },
          `${d.a} and ${d.b} are not matched as related work (any more)`,
          'delete this dismissal',
        ),
      );
    }
  }
  return problems;
}
