/**
 * Reads one decision record of an existing ADR log, whatever tool wrote it:
 *
 * - MADR 3 and 4: YAML front matter (`status`, `date`, `deciders` or `decision-makers`,
 *   `consulted`, `informed`), then `# Title`.
 * - MADR 2 and log4brains: `# Title`, then a list of `* Status: …`, `* Deciders: …`,
 *   `* Date: …` (log4brains adds `- Tags: …`); "superseded by [x](x.md)" in the status,
 *   and "Supersedes [x](x.md)" in a `## Links` list.
 * - adr-tools (Michael Nygard's format): `# 1. Title`, `Date: …`, and a `## Status`
 *   section whose lines are the status and relations ("Superseded by [3. …](0003-….md)").
 *
 * Only reads: deciding what the metadata means in a handbook is the planner's job.
 */
import { parse as parseYaml } from 'yaml';

export type SourceFormat = 'MADR (front matter)' | 'MADR (bullet metadata)' | 'log4brains' | 'adr-tools (Nygard)' | 'unrecognized';

/** A reference to another record: a Markdown link, or a bare mention such as "ADR-0005". */
export interface AdrReference {
  text: string;
  /** The link's target (`0003-use-grpc.md`), or the bare text when there is no link. */
  target: string;
}

export interface SourceAdr {
  /** File name within the imported folder. */
  file: string;
  format: SourceFormat;
  /** The number a file name starts with (`0003-…` → 3, log4brains `20240215-…` → 20240215), which orders the log. */
  order?: number | undefined;
  title?: string | undefined;
  /** The status as written, e.g. "Accepted" or "superseded by [ADR-0005](0005-example.md)". */
  status?: string | undefined;
  /** The date as written. */
  date?: string | undefined;
  deciders: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  supersedes: AdrReference[];
  supersededBy: AdrReference[];
  /** Relations a handbook does not record ("Amended by [4. …](…)"), as Markdown. */
  otherRelations: string[];
  /** Metadata without a handbook field (`Authors: …`), as `Key: value`. */
  otherMetadata: string[];
  /** What could not be read at all. */
  warnings: string[];
  /** The Markdown that remains: the record's own sections. */
  body: string;
}

const METADATA = /^\s*(?:[-*+]\s+)?(?:\*\*)?(status|date|deciders|decision[- ]makers|consulted|informed|tags)(?:\*\*)?\s*:(?:\*\*)?\s*(.*)$/i;
const OTHER_METADATA = /^\s*[-*+]\s+(?:\*\*)?([A-Z][\w -]{0,30}?)(?:\*\*)?\s*:\s*(\S.*)$/;
const RELATION =
  /^\s*(?:[-*+]\s+)?(supersedes|super[sc]e+ded by|amends|amended by|clarifies|clarified by|extends|extended by|refines|refined by|relates to|related to)\b\s*:?\s*(.*)$/i;
const LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** The references in a piece of text: its Markdown links, or the text itself when it has none. */
export function referencesIn(text: string): AdrReference[] {
  const links = [...text.matchAll(LINK)].map((match) => ({ text: match[1]!.trim(), target: match[2]! }));
  if (links.length > 0) return links;
  const bare = text.replace(/[`*_]/g, '').trim();
  return bare ? [{ text: bare, target: bare }] : [];
}

/** A metadata value as a list of names: YAML lists stay lists, text is split on commas and semicolons. */
function namesOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : String(value).split(/[,;]/);
  return items.map((item) => item.replace(/^\s*[[{]|[\]}]\s*$/g, '').trim()).filter((item) => item && !/^(?:list everyone|\.\.\.|…)/i.test(item));
}

function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim() || undefined;
}

interface Section {
  /** The heading line, or undefined for what precedes the first `##`. */
  heading?: string | undefined;
  title: string;
  lines: string[];
}

/** Splits Markdown at its `## ` headings, ignoring `#` lines inside fenced code. */
function sections(lines: readonly string[]): Section[] {
  const result: Section[] = [{ title: '', lines: [] }];
  let fence: string | undefined;
  for (const line of lines) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) fence = fence === undefined ? marker : marker[0] === fence[0] && marker.length >= fence.length ? undefined : fence;
    const heading = fence === undefined && !marker ? /^##\s+(.*?)\s*#*\s*$/.exec(line) : null;
    if (heading) result.push({ heading: line, title: heading[1]!.replace(/<!--.*?-->/g, '').trim(), lines: [] });
    else result.at(-1)!.lines.push(line);
  }
  return result;
}

const join = (parts: readonly Section[]) =>
  parts
    .flatMap((section) => (section.heading === undefined ? section.lines : [section.heading, ...section.lines]))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Strips a leading record number from a title: "1. Record decisions", "ADR-0007: Use Kafka", "0007 - Use Kafka". */
export function cleanTitle(title: string): string {
  return title
    .replace(/^(?:ADR[-\s]?\d+\s*[.:)\-–—]?\s*|\d+\s*[.:)]\s*|\d+\s+[-–—]\s+)/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseAdrSource(file: string, source: string): SourceAdr {
  const adr: SourceAdr = {
    file,
    format: 'unrecognized',
    order: /^(\d+)[-_]/.exec(file) ? Number(/^(\d+)/.exec(file)![1]) : undefined,
    deciders: [],
    consulted: [],
    informed: [],
    tags: [],
    supersedes: [],
    supersededBy: [],
    otherRelations: [],
    otherMetadata: [],
    warnings: [],
    body: '',
  };
  let text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  let frontMatterTitle: string | undefined;

  const frontMatter = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (frontMatter) {
    text = text.slice(frontMatter[0].length);
    let data: unknown;
    try {
      data = parseYaml(frontMatter[1]!);
    } catch (error) {
      adr.warnings.push(`its front matter is not valid YAML (${(error as Error).message.split('\n')[0]}), so none of it was read`);
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      adr.format = 'MADR (front matter)';
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        const name = key.toLowerCase();
        if (name === 'status') adr.status = scalar(value);
        else if (name === 'date') adr.date = scalar(value);
        else if (name === 'title') frontMatterTitle = scalar(value);
        else if (name === 'deciders' || name === 'decision-makers' || name === 'decision_makers') adr.deciders.push(...namesOf(value));
        else if (name === 'consulted') adr.consulted.push(...namesOf(value));
        else if (name === 'informed') adr.informed.push(...namesOf(value));
        else if (name === 'tags') adr.tags.push(...namesOf(value));
        else if (scalar(value) !== undefined) adr.otherMetadata.push(`${key}: ${Array.isArray(value) ? value.join(', ') : scalar(value)}`);
      }
    }
  }

  const lines = text.split('\n');
  const h1 = lines.findIndex((line) => /^#\s+\S/.test(line));
  if (h1 >= 0) {
    adr.title = cleanTitle(lines[h1]!.replace(/^#\s+/, '').replace(/\s+#+\s*$/, ''));
    lines.splice(h1, 1);
  }
  if (!adr.title && frontMatterTitle) adr.title = cleanTitle(frontMatterTitle);

  const parts = sections(lines);
  // Metadata lines sit between the title and the first `##` heading.
  const head = parts[0]!;
  let bullets = false;
  head.lines = head.lines.filter((line) => {
    const match = METADATA.exec(line);
    if (!match) {
      const other = OTHER_METADATA.exec(line);
      if (other) adr.otherMetadata.push(`${other[1]}: ${other[2]}`);
      return true;
    }
    if (/^\s*[-*+]\s/.test(line)) bullets = true;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (key === 'status') adr.status = value;
    else if (key === 'date') adr.date = value;
    else if (key === 'tags') adr.tags.push(...value.split(/[\s,]+/).filter(Boolean));
    else if (key === 'consulted') adr.consulted.push(...namesOf(value));
    else if (key === 'informed') adr.informed.push(...namesOf(value));
    else adr.deciders.push(...namesOf(value));
    return false;
  });

  const statusSection = parts.findIndex((part) => part.heading !== undefined && part.title.toLowerCase() === 'status');
  if (statusSection >= 0) {
    adr.format = 'adr-tools (Nygard)';
    const notes: string[] = [];
    for (const line of parts[statusSection]!.lines) {
      if (!line.trim()) continue;
      const relation = RELATION.exec(line);
      if (relation) {
        const kind = relation[1]!.toLowerCase();
        if (kind === 'supersedes') adr.supersedes.push(...referencesIn(relation[2]!));
        else if (kind.startsWith('super') && kind.endsWith(' by')) {
          adr.supersededBy.push(...referencesIn(relation[2]!));
          adr.status ??= line.trim();
        } else adr.otherRelations.push(line.trim().replace(/^[-*+]\s+/, ''));
      } else if (adr.status === undefined) {
        adr.status = line.trim();
      } else {
        notes.push(line.trim());
      }
    }
    if (notes.length > 0) adr.otherMetadata.push(`Status note: ${notes.join(' ')}`);
    parts.splice(statusSection, 1);
  } else if (adr.format !== 'MADR (front matter)') {
    adr.format = /^\d{8}-/.test(file) || adr.tags.length > 0 ? 'log4brains' : bullets ? 'MADR (bullet metadata)' : 'unrecognized';
  }

  // "superseded by [x](x.md)" as the status itself (MADR, log4brains).
  const superseded = adr.status === undefined ? null : /^\W*super[sc]e+ded\s+by\b\s*:?\s*(.*)$/i.exec(adr.status);
  if (superseded && statusSection < 0) adr.supersededBy.push(...referencesIn(superseded[1]!));

  // A `## Links` list (MADR 2, log4brains) holds "Supersedes [x](x.md)"; the handbook draws that chain itself.
  const links = parts.findIndex((part) => part.heading !== undefined && part.title.toLowerCase() === 'links');
  if (links >= 0) {
    const part = parts[links]!;
    part.lines = part.lines.filter((line) => {
      const relation = RELATION.exec(line);
      const kind = relation?.[1]?.toLowerCase();
      if (kind === 'supersedes') adr.supersedes.push(...referencesIn(relation![2]!));
      else if (kind?.startsWith('super') && kind.endsWith(' by')) adr.supersededBy.push(...referencesIn(relation![2]!));
      else return true;
      return false;
    });
    if (part.lines.every((line) => !line.trim())) parts.splice(links, 1);
  }

  adr.body = join(parts);
  return adr;
}
