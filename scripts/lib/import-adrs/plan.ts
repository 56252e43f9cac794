/**
 * Turns an existing ADR log into handbook decision records: numbered after the
 * handbook's own, with statuses, dates, deciders and the supersedes chain mapped,
 * bodies kept, and a list of everything that could not be mapped.
 *
 * What cannot be decided from the files — a status the handbook does not know, a
 * superseded record that names no successor, a missing date — becomes a question
 * with the flag that answers it. Nothing is ever defaulted silently.
 */
import { ADR_STATUSES, REQUIRED_ADR_SECTIONS, type AdrStatus } from '../../../src/schemas/adrs.ts';
import { KEBAB_CASE } from '../../../src/schemas/fields.ts';
import type { CollectionName } from '../../../src/lib/collections.ts';
import { headings } from '../../../src/lib/content/markdown.ts';
import { closest } from '../../../src/lib/content/suggest.ts';
import type { Handbook } from '../../../src/lib/handbook/types.ts';
import { formatAdrNumber, nextAdrNumber } from '../scaffold/numbering.ts';
import { markdownFile, slugify, yamlIdList, yamlLines, yamlText } from '../scaffold/text.ts';
import { addDays } from '../../../src/lib/time/dates.ts';
import { parseAdrSource, type AdrReference, type SourceAdr, type SourceFormat } from './parse.ts';

export interface ImportContext {
  /** Today, `YYYY-MM-DD`: the feedback window of imported proposals starts now. */
  today: string;
  /** The content folder relative to the project root (`content`). */
  contentDir: string;
  handbook: Handbook;
  /** Ids of every file in each collection, so numbers and file names are never reused. */
  existingIds: Record<CollectionName, Set<string>>;
}

export interface ImportAnswers {
  /** Owning teams of every imported record (team ids). */
  teams: string[];
  /** A handbook status for a status the handbook does not know, keyed by that status in lower case (`approved`). */
  statuses?: Record<string, AdrStatus>;
  /** A handbook status for one file, keyed by its file name; it wins over anything the file says. */
  fileStatuses?: Record<string, AdrStatus>;
  /** A date for a file whose date is missing or unreadable, keyed by its file name. */
  dates?: Record<string, string>;
}

export interface ImportQuestion {
  kind: 'status' | 'date';
  /** What answers it: a status as written (`approved`) or a file name. */
  key: string;
  /** The files it concerns. */
  files: string[];
  /** What is unclear. */
  message: string;
  /** Valid answers, for a status. */
  choices?: readonly AdrStatus[];
  /** The command-line flag that answers it. */
  flag: string;
}

export interface ImportedAdr {
  source: string;
  format: SourceFormat;
  id: string;
  path: string;
  status: AdrStatus;
  supersedes: string[];
  text: string;
}

export interface ImportPlan {
  adrs: ImportedAdr[];
  /** Files left out, and why (the log's index, its template). */
  skipped: { source: string; reason: string }[];
  /** Everything read but not mapped to a field, or changed on the way, per source file. */
  notes: { source: string; message: string }[];
  /** Open questions; while there are any, `adrs` is empty. */
  questions: ImportQuestion[];
}

export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}

/** Files of an ADR log that are not decisions: the index, the README, the template. */
const NOT_A_RECORD = /^(?:readme|index|toc|template|adr-template|\d*-?template)\.mdx?$/i;

const isStatus = (value: string): value is AdrStatus => (ADR_STATUSES as readonly string[]).includes(value);

/** A status as written, in the handbook's words, or undefined when the handbook has no such status. */
export function normalizeStatus(raw: string): AdrStatus | undefined {
  const plain = raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_{}[\]]/g, '')
    .trim()
    .toLowerCase();
  // Including the usual misspellings ("superceded", "superseeded"): the intent is not in doubt.
  if (/^super[sc]e+ded\b/.test(plain)) return 'superseded';
  // "Accepted on 2021-03-02" and "Accepted." name a status; "Accepted or rejected" does not.
  const word = /^([a-z]+)\b\s*(?:[.,;:]|on\b|since\b|in\b|\(|$)/.exec(plain)?.[1];
  return word !== undefined && isStatus(word) ? word : undefined;
}

/** "Jane Roe", "jane-roe" or "@jroe": a person of the handbook, by name, id or GitHub user. */
function personId(name: string, handbook: Handbook): string | undefined {
  const wanted = fold(name.replace(/^@/, ''));
  return handbook.people.find((person) => fold(person.data.name) === wanted || person.id === slugify(name) || (person.data.github && fold(person.data.github) === wanted))?.id;
}

/** "Checkout", "checkout" or "@acme/checkout": a team of the handbook. */
function teamId(name: string, handbook: Handbook): string | undefined {
  const wanted = fold(name);
  return handbook.teams.find((team) => fold(team.data.name) === wanted || team.id === slugify(name) || (team.data.githubTeam && fold(team.data.githubTeam) === wanted))?.id;
}

function fold(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A date as written, if it can be read without guessing (day and month orders differ by country). */
function readDate(raw: string | undefined): string | undefined {
  const match = raw === undefined ? null : /^\s*(\d{4})-(\d{2})-(\d{2})\b/.exec(raw);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

const SECTION_NAMES: Record<string, (typeof REQUIRED_ADR_SECTIONS)[number]> = {
  context: 'Context',
  'context and problem statement': 'Context',
  'problem statement': 'Context',
  'context and problem': 'Context',
  decision: 'Decision',
  'decision outcome': 'Decision',
  consequences: 'Consequences',
};

/**
 * The record's sections under the handbook's names, so an accepted record has the
 * Context, Decision and Consequences the check asks for: MADR's "Context and Problem
 * Statement" is the Context, "Decision Outcome" the Decision, and its "### Consequences"
 * (or "### Positive/Negative Consequences") become the Consequences section.
 */
export function mapSections(body: string): string {
  const lines = body.split('\n');
  const found = headings(body);
  const h2 = found.filter((heading) => heading.depth === 2);
  const present = new Set<string>();
  for (const heading of h2) {
    const name = SECTION_NAMES[heading.text.toLowerCase().replace(/<!--.*?-->/g, '').trim()];
    if (name && !present.has(name)) {
      present.add(name);
      lines[heading.line] = `## ${name}`;
    }
  }
  if (!present.has('Consequences')) {
    const sub = found.find((heading) => heading.depth === 3 && /^(?:positive |negative )?consequences\b/i.test(heading.text));
    if (sub && /^consequences\b/i.test(sub.text)) lines[sub.line] = `## Consequences`;
    else if (sub) lines.splice(sub.line, 0, '## Consequences', '');
  }
  return lines.join('\n');
}

/** Relative links to other records of the log now point at their handbook pages; what cannot resolve is reported. */
function rewriteLinks(markdown: string, targetOf: (target: string) => ImportedTarget | undefined, note: (message: string) => void): string {
  return markdown.replace(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?((?:\s+"[^"]*")?)\s*\)/g, (whole, bang: string, text: string, href: string, title: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#|\/)/i.test(href)) return whole;
    const [file, anchor] = href.split('#') as [string, string | undefined];
    const target = bang ? undefined : targetOf(file);
    if (target) return `[${text}](../${target.id}/${anchor ? `#${anchor}` : ''}${title})`;
    note(
      bang
        ? `shows the image ${href}, which is not imported — copy it into public/ and point the image at it`
        : `links to ${href}, which is not one of the imported records — the link will not resolve in the handbook; point it at a full URL`,
    );
    return whole;
  });
}

interface ImportedTarget {
  id: string;
  source: SourceAdr;
}

/**
 * Plans the import of `files` (name and text of each file in the log's folder).
 * @throws ImportError when the owning teams are missing or unknown
 */
export function planImport(files: readonly { name: string; text: string }[], context: ImportContext, answers: ImportAnswers): ImportPlan {
  const teamProblems = answers.teams.length === 0 ? ['--team is needed: the team or teams that own the imported decisions (team ids)'] : [];
  for (const team of answers.teams) {
    if (!context.handbook.teams.some((entry) => entry.id === team)) {
      const guess = closest(team, context.existingIds.teams);
      teamProblems.push(
        `--team "${team}": there is no team with this id in ${context.contentDir}/teams/ — ${guess ? `did you mean "${guess}"? Otherwise use` : 'use'} the file name of a team page, or create the team first (npm run new -- team "Name")`,
      );
    }
  }
  if (teamProblems.length > 0) throw new ImportError(teamProblems);

  const skipped: ImportPlan['skipped'] = [];
  const notes: ImportPlan['notes'] = [];
  const sources: SourceAdr[] = [];
  for (const file of files) {
    if (!/\.mdx?$/i.test(file.name)) skipped.push({ source: file.name, reason: 'is not a Markdown file' });
    else if (NOT_A_RECORD.test(file.name)) skipped.push({ source: file.name, reason: 'is the log\'s index, README or template, not a decision' });
    else {
      const parsed = parseAdrSource(file.name, file.text);
      if (parsed.title) sources.push(parsed);
      else skipped.push({ source: file.name, reason: 'has no "# Title" line, so it does not look like a decision record' });
    }
  }
  sources.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.file.localeCompare(b.file));

  // Numbers follow the handbook's own, in the order of the log.
  let number = nextAdrNumber(context.existingIds.adrs);
  const targets = sources.map((source) => ({ id: `${formatAdrNumber(number++)}-${slugify(source.title!)}`, source }));
  const byStem = new Map(targets.map((target) => [target.source.file.replace(/\.mdx?$/i, '').toLowerCase(), target]));
  const byOrder = new Map(targets.flatMap((target) => (target.source.order === undefined ? [] : [[target.source.order, target] as const])));
  /** A link target or mention ("0003-use-grpc.md", "./0003-use-grpc.md", "ADR-0003", "3. Use gRPC") among the imported records. */
  const resolve = (target: string): ImportedTarget | undefined => {
    const stem = target.split('/').pop()!.replace(/#.*$/, '').replace(/\.mdx?$/i, '').toLowerCase();
    const found = byStem.get(stem);
    if (found) return found;
    const number = /^(?:adr[-\s]?)?(\d+)(?:\b|\.|$)/i.exec(stem.trim())?.[1];
    return number === undefined ? undefined : byOrder.get(Number(number));
  };
  const note = (source: SourceAdr) => (message: string) => notes.push({ source: source.file, message });

  // The supersedes chain, from both ends: "Supersedes X" in the newer record and "Superseded by Y" in the older.
  const successors = new Map<string, Set<string>>();
  const link = (newer: ImportedTarget, older: ImportedTarget) => {
    if (newer.id === older.id) return;
    successors.set(older.id, (successors.get(older.id) ?? new Set()).add(newer.id));
  };
  for (const target of targets) {
    const resolveAll = (references: AdrReference[], direction: 'supersedes' | 'superseded by') => {
      for (const reference of references) {
        const other = resolve(reference.target) ?? resolve(reference.text);
        if (!other) {
          note(target.source)(`says it ${direction === 'supersedes' ? 'supersedes' : 'is superseded by'} "${reference.text}", which is not among the imported records — that link was left out`);
        } else if (direction === 'supersedes') link(target, other);
        else link(other, target);
      }
    };
    resolveAll(target.source.supersedes, 'supersedes');
    resolveAll(target.source.supersededBy, 'superseded by');
  }

  // Statuses: what the file says, unless an answer says otherwise; what cannot be read becomes a question.
  const questions = new Map<string, ImportQuestion>();
  const statuses = new Map<string, AdrStatus>();
  for (const { id, source } of targets) {
    const forFile = answers.fileStatuses?.[source.file];
    if (forFile) {
      statuses.set(id, forFile);
      continue;
    }
    if (source.status === undefined) {
      questions.set(`file:${source.file}`, {
        kind: 'status',
        key: source.file,
        files: [source.file],
        message: `${source.file} has no status`,
        choices: ADR_STATUSES,
        flag: `--status ${source.file}=<status>`,
      });
      continue;
    }
    const known = normalizeStatus(source.status);
    const raw = source.status.replace(/\s+/g, ' ').trim().toLowerCase();
    const answered = answers.statuses?.[raw];
    if (known) statuses.set(id, known);
    else if (answered) statuses.set(id, answered);
    else {
      const question = questions.get(`status:${raw}`);
      if (question) question.files.push(source.file);
      else {
        questions.set(`status:${raw}`, {
          kind: 'status',
          key: raw,
          files: [source.file],
          message: `the status "${source.status}" is not one the handbook knows`,
          choices: ADR_STATUSES,
          flag: `--status "${raw}=<status>"`,
        });
      }
    }
  }
  for (const { id, source } of targets) {
    const status = statuses.get(id);
    if (successors.has(id) && status !== undefined && status !== 'superseded') {
      statuses.set(id, 'superseded');
      note(source)(`status "${source.status ?? status}" became superseded, because ${[...successors.get(id)!].join(', ')} supersedes it`);
    } else if (status === 'superseded' && !successors.has(id)) {
      const answered = answers.fileStatuses?.[source.file];
      if (answered && answered !== 'superseded') statuses.set(id, answered);
      else {
        statuses.delete(id);
        questions.set(`file:${source.file}`, {
          kind: 'status',
          key: source.file,
          files: [source.file],
          message: `${source.file} is superseded, but does not name a successor among the imported records; a handbook ADR is superseded only by another ADR`,
          choices: ADR_STATUSES.filter((choice) => choice !== 'superseded'),
          flag: `--status ${source.file}=<status>`,
        });
      }
    }
  }

  // Dates: written as YYYY-MM-DD, or log4brains' YYYYMMDD file name, or an answer.
  const dates = new Map<string, string>();
  for (const { id, source } of targets) {
    const written = readDate(source.date);
    const fromName = /^(\d{4})(\d{2})(\d{2})-/.exec(source.file);
    const date = answers.dates?.[source.file] ?? written ?? (fromName ? readDate(`${fromName[1]}-${fromName[2]}-${fromName[3]}`) : undefined);
    if (date) {
      dates.set(id, date);
      if (!written && !answers.dates?.[source.file]) note(source)(`${source.date ? `date "${source.date}" cannot be read, so` : 'has no date, so'} the date was taken from the file name (${date})`);
    } else {
      questions.set(`date:${source.file}`, {
        kind: 'date',
        key: source.file,
        files: [source.file],
        message: `${source.file} ${source.date ? `has the date "${source.date}", which is not written as YYYY-MM-DD` : 'has no date'}`,
        flag: `--date ${source.file}=YYYY-MM-DD`,
      });
    }
  }

  if (questions.size > 0) return { adrs: [], skipped, notes: [], questions: [...questions.values()] };

  const adrs = targets.map((target): ImportedAdr => {
    const { id, source } = target;
    const say = note(source);
    const status = statuses.get(id)!;
    for (const warning of source.warnings) say(warning);

    const deciders: string[] = [];
    const unknownDeciders: string[] = [];
    for (const name of source.deciders) {
      const person = personId(name, context.handbook);
      if (person) deciders.push(person);
      else unknownDeciders.push(name);
    }
    const consulted: string[] = [];
    const unknownConsulted: string[] = [];
    for (const name of source.consulted) {
      const team = teamId(name, context.handbook);
      if (team) consulted.push(team);
      else unknownConsulted.push(name);
    }
    if (unknownDeciders.length > 0) {
      say(`deciders ${unknownDeciders.map((name) => `"${name}"`).join(', ')} are not people in the handbook — kept in the body; add them (npm run new -- person) and to \`deciders\``);
    }
    if (unknownConsulted.length > 0) {
      say(`consulted ${unknownConsulted.map((name) => `"${name}"`).join(', ')} are not teams in the handbook — kept in the body; \`consulted\` lists team ids`);
    }
    if (source.informed.length > 0) say('"informed" has no field in the handbook — kept in the body');
    for (const metadata of source.otherMetadata) say(`"${metadata}" has no field in the handbook — kept in the body`);
    for (const relation of source.otherRelations) say(`"${relation}" is a relation the handbook does not record — kept in the body`);
    const tags = [...new Set(source.tags.map((tag) => slugify(tag)).filter((tag) => KEBAB_CASE.test(tag)))];

    let body = rewriteLinks(mapSections(source.body), resolve, say);
    const kept = [
      ...(unknownDeciders.length > 0 ? [`- Deciders: ${unknownDeciders.join(', ')}`] : []),
      ...(unknownConsulted.length > 0 ? [`- Consulted: ${unknownConsulted.join(', ')}`] : []),
      ...(source.informed.length > 0 ? [`- Informed: ${source.informed.join(', ')}`] : []),
      ...source.otherMetadata.filter((metadata) => !source.body.includes(metadata.split(': ').slice(1).join(': '))).map((metadata) => `- ${metadata}`),
      ...source.otherRelations.map((relation) => `- ${rewriteLinks(relation, resolve, () => {})}`),
    ];
    if (status === 'accepted') {
      const present = new Set(headings(body).filter((heading) => heading.depth === 2).map((heading) => heading.text.toLowerCase()));
      for (const section of REQUIRED_ADR_SECTIONS.filter((name) => !present.has(name.toLowerCase()))) {
        body += `\n\n## ${section}\n\n_Not recorded in the original decision record._`;
        say(`has no ${section} section, which an accepted ADR needs — added one that says it was not recorded; fill it in if you know`);
      }
    }
    if (kept.length > 0) body += `\n\n## Notes from the original record\n\n${kept.join('\n')}`;

    const supersedes = targets.filter((other) => successors.get(other.id)?.has(id)).map((other) => other.id);
    const feedbackBy = status === 'proposed' ? addDays(context.today, 14) : undefined;
    if (feedbackBy) say(`is proposed; comments are open until ${feedbackBy} (feedbackBy, two weeks from today)`);
    const front = yamlLines([
      ['title', yamlText(source.title!)],
      ['status', status],
      ['date', dates.get(id)!],
      ['teams', yamlIdList(answers.teams)],
      ['deciders', deciders.length > 0 ? yamlIdList([...new Set(deciders)]) : undefined],
      ['consulted', consulted.length > 0 ? yamlIdList([...new Set(consulted)]) : undefined],
      ['supersedes', supersedes.length > 0 ? yamlIdList(supersedes) : undefined],
      ['feedbackBy', feedbackBy],
      ['tags', tags.length > 0 ? yamlIdList(tags) : undefined],
    ]);
    return {
      source: source.file,
      format: source.format,
      id,
      path: `${context.contentDir}/adrs/${id}.md`,
      status,
      supersedes,
      text: markdownFile(front, body),
    };
  });
  return { adrs, skipped, notes, questions: [] };
}

/** The report printed after an import (or a dry run): what went where, and what was not mapped. */
export function formatImportReport(plan: ImportPlan, options: { folder: string; written: boolean }): string {
  const lines: string[] = [];
  const verb = options.written ? 'Imported' : 'Would import';
  lines.push(`${verb} ${plan.adrs.length} decision record${plan.adrs.length === 1 ? '' : 's'} from ${options.folder}:`);
  const width = Math.max(0, ...plan.adrs.map((adr) => adr.source.length));
  for (const adr of plan.adrs) {
    lines.push(`  ${adr.source.padEnd(width)}  →  ${adr.path}  (${adr.status}; ${adr.format}${adr.supersedes.length ? `; supersedes ${adr.supersedes.join(', ')}` : ''})`);
  }
  if (plan.skipped.length > 0) {
    lines.push('', 'Skipped:', ...plan.skipped.map((skip) => `  ${skip.source}  ${skip.reason}`));
  }
  if (plan.notes.length > 0) {
    lines.push('', 'Not mapped, or changed on the way:', ...plan.notes.map((item) => `  ${item.source}  ${item.message}`));
  } else if (plan.adrs.length > 0) {
    lines.push('', 'Everything was mapped.');
  }
  return lines.join('\n');
}

/** The questions, as a refusal that names the flags answering them. */
export function formatQuestions(questions: readonly ImportQuestion[]): string {
  return [
    'Nothing was imported: some things cannot be decided from the files.',
    ...questions.map((question) => {
      // A question about a status as written covers every file that uses it; name them, so the answer is an informed one.
      const files = question.files.some((file) => !question.message.startsWith(file)) ? ` (in ${question.files.join(', ')})` : '';
      return `  ${question.message}${files}${question.choices ? ` — choose one of: ${question.choices.join(', ')}` : ''}; answer with ${question.flag}`;
    }),
    'Pass the answers as flags, or run the command in a terminal to be asked.',
  ].join('\n');
}
