/**
 * One imported record as a handbook ADR: deciders and consulted teams matched to the
 * handbook's people and teams, tags made ids, the body mapped, the front matter written.
 */
import type { Handbook } from '../../../src/lib/handbook/types.ts';
import { addDays } from '../../../src/lib/time/dates.ts';
import type { AdrStatus } from '../../../src/schemas/adrs.ts';
import { KEBAB_CASE } from '../../../src/schemas/fields.ts';
import { markdownFile, slugify, yamlIdList, yamlIdListOrNone, yamlLines, yamlText } from '../scaffold/text.ts';
import { recordBody } from './body.ts';
import type { NumberedLog } from './log.ts';
import type { SourceAdr } from './parse.ts';
import type { ImportAnswers, ImportContext, ImportedAdr, ImportedTarget, Note } from './types.ts';

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Jane Roe", "jane-roe" or "@jroe": a person of the handbook, by name, id or GitHub user. */
function personId(name: string, handbook: Handbook): string | undefined {
  const wanted = fold(name.replace(/^@/, ''));
  return handbook.people.find(
    (person) => fold(person.data.name) === wanted || person.id === slugify(name) || (person.data.github && fold(person.data.github) === wanted),
  )?.id;
}

/** "Checkout", "checkout" or "@acme/checkout": a team of the handbook. */
function teamId(name: string, handbook: Handbook): string | undefined {
  const wanted = fold(name);
  return handbook.teams.find(
    (team) => fold(team.data.name) === wanted || team.id === slugify(name) || (team.data.githubTeam && fold(team.data.githubTeam) === wanted),
  )?.id;
}

/** Names split into the ids found and the names that match nothing. */
function matchNames(names: readonly string[], idOf: (name: string) => string | undefined): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const id = idOf(name);
    if (id) ids.push(id);
    else unknown.push(name);
  }
  return { ids, unknown };
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** Says what the record holds that no handbook field takes. */
function noteUnmapped(source: SourceAdr, unknown: { deciders: string[]; consulted: string[] }, say: (message: string) => void): void {
  if (unknown.deciders.length > 0) {
    say(`deciders ${quoted(unknown.deciders)} are not people in the handbook — kept in the body; add them (npm run new -- person) and to \`deciders\``);
  }
  if (unknown.consulted.length > 0) {
    say(`consulted ${quoted(unknown.consulted)} are not teams in the handbook — kept in the body; \`consulted\` lists team ids`);
  }
  if (source.informed.length > 0) say('"informed" has no field in the handbook — kept in the body');
  for (const metadata of source.otherMetadata) say(`"${metadata}" has no field in the handbook — kept in the body`);
  for (const relation of source.otherRelations) say(`"${relation}" is a relation the handbook does not record — kept in the body`);
}

/** What the planner settled for the whole log, which each record draws on. */
export interface SettledLog {
  context: ImportContext;
  answers: ImportAnswers;
  log: NumberedLog;
  successors: ReadonlyMap<string, ReadonlySet<string>>;
  statuses: ReadonlyMap<string, AdrStatus>;
  dates: ReadonlyMap<string, string>;
  note: Note;
}

/** The handbook ADR for one record; statuses and dates are settled (no question is open). */
export function importAdr({ id, source }: ImportedTarget, settled: SettledLog): ImportedAdr {
  const { context, answers, log } = settled;
  const say = settled.note(source);
  const status = settled.statuses.get(id)!;
  for (const warning of source.warnings) say(warning);

  const deciders = matchNames(source.deciders, (name) => personId(name, context.handbook));
  const consulted = matchNames(source.consulted, (name) => teamId(name, context.handbook));
  noteUnmapped(source, { deciders: deciders.unknown, consulted: consulted.unknown }, say);
  const tags = [...new Set(source.tags.map((tag) => slugify(tag)).filter((tag) => KEBAB_CASE.test(tag)))];
  const body = recordBody(source, status, { deciders: deciders.unknown, consulted: consulted.unknown }, log.resolve, say);

  const supersedes = log.targets.filter((other) => settled.successors.get(other.id)?.has(id)).map((other) => other.id);
  const feedbackBy = status === 'proposed' ? addDays(context.today, 14) : undefined;
  if (feedbackBy) say(`is proposed; comments are open until ${feedbackBy} (feedbackBy, two weeks from today)`);
  const front = yamlLines([
    ['title', yamlText(source.title!)],
    ['status', status],
    ['date', settled.dates.get(id)!],
    ['teams', yamlIdList(answers.teams)],
    ['deciders', yamlIdListOrNone([...new Set(deciders.ids)])],
    ['consulted', yamlIdListOrNone([...new Set(consulted.ids)])],
    ['supersedes', yamlIdListOrNone(supersedes)],
    ['feedbackBy', feedbackBy],
    ['tags', yamlIdListOrNone(tags)],
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
}
