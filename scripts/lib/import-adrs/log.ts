/**
 * The log as a whole: which files are decisions, the handbook id each gets (numbered
 * after the handbook's own, in the log's order), how records name each other, and the
 * supersedes chain drawn from both ends.
 */
import { formatAdrNumber, nextAdrNumber } from '../scaffold/numbering.ts';
import { slugify } from '../scaffold/text.ts';
import { parseAdrSource, type AdrReference, type SourceAdr } from './parse.ts';
import type { ImportContext, ImportedTarget, ImportPlan, Note } from './types.ts';

/** Files of an ADR log that are not decisions: the index, the README, the template. */
const NOT_A_RECORD = /^(?:readme|index|toc|template|adr-template|\d*-?template)\.mdx?$/i;

/** The decision records among the folder's files, in the log's order, and the files left out with the reason. */
export function selectRecords(files: readonly { name: string; text: string }[]): { sources: SourceAdr[]; skipped: ImportPlan['skipped'] } {
  const skipped: ImportPlan['skipped'] = [];
  const sources: SourceAdr[] = [];
  for (const file of files) {
    if (!/\.mdx?$/i.test(file.name)) skipped.push({ source: file.name, reason: 'is not a Markdown file' });
    else if (NOT_A_RECORD.test(file.name)) skipped.push({ source: file.name, reason: "is the log's index, README or template, not a decision" });
    else {
      const parsed = parseAdrSource(file.name, file.text);
      if (parsed.title) sources.push(parsed);
      else skipped.push({ source: file.name, reason: 'has no "# Title" line, so it does not look like a decision record' });
    }
  }
  sources.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.file.localeCompare(b.file));
  return { sources, skipped };
}

export interface NumberedLog {
  targets: ImportedTarget[];
  /** A link target or mention ("0003-use-grpc.md", "./0003-use-grpc.md", "ADR-0003", "3. Use gRPC") among the imported records. */
  resolve(target: string): ImportedTarget | undefined;
}

/** Numbers follow the handbook's own, in the order of the log. */
export function numberRecords(sources: readonly SourceAdr[], context: ImportContext): NumberedLog {
  let number = nextAdrNumber(context.existingIds.adrs);
  const targets = sources.map((source) => ({ id: `${formatAdrNumber(number++)}-${slugify(source.title!)}`, source }));
  const byStem = new Map(targets.map((target) => [target.source.file.replace(/\.mdx?$/i, '').toLowerCase(), target]));
  const byOrder = new Map(targets.flatMap((target) => (target.source.order === undefined ? [] : [[target.source.order, target] as const])));
  const resolve = (target: string): ImportedTarget | undefined => {
    const stem = target
      .split('/')
      .pop()!
      .replace(/#.*$/, '')
      .replace(/\.mdx?$/i, '')
      .toLowerCase();
    const found = byStem.get(stem);
    if (found) return found;
    const number = /^(?:adr[-\s]?)?(\d+)(?:\b|\.|$)/i.exec(stem.trim())?.[1];
    return number === undefined ? undefined : byOrder.get(Number(number));
  };
  return { targets, resolve };
}

/**
 * The supersedes chain, from both ends: "Supersedes X" in the newer record and
 * "Superseded by Y" in the older. Keyed by the older record's id: the ids that supersede it.
 */
export function supersedesChain(log: NumberedLog, note: Note): Map<string, Set<string>> {
  const successors = new Map<string, Set<string>>();
  const link = (newer: ImportedTarget, older: ImportedTarget) => {
    if (newer.id === older.id) return;
    successors.set(older.id, (successors.get(older.id) ?? new Set()).add(newer.id));
  };
  for (const target of log.targets) {
    const resolveAll = (references: AdrReference[], direction: 'supersedes' | 'superseded by') => {
      for (const reference of references) {
        const other = log.resolve(reference.target) ?? log.resolve(reference.text);
        if (!other) {
          note(target.source)(
            `says it ${direction === 'supersedes' ? 'supersedes' : 'is superseded by'} "${reference.text}", which is not among the imported records — that link was left out`,
          );
        } else if (direction === 'supersedes') link(target, other);
        else link(other, target);
      }
    };
    resolveAll(target.source.supersedes, 'supersedes');
    resolveAll(target.source.supersededBy, 'superseded by');
  }
  return successors;
}
