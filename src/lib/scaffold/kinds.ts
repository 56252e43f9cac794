/**
 * What `npm run new` can create: for each kind of entry, the values it needs and
 * the files it writes. Every file is built to pass the schema and the integrity
 * rules as written, so a new entry never starts life as a failing check.
 */
import { parseDocument } from 'yaml';
import { NOUN, type CollectionName } from '../collections.ts';
import { DEPENDENCY_STATUSES } from '../../schemas/dependencies.ts';
import { channelName, httpUrl, isoDate, isTimeZone, KEBAB_CASE } from '../../schemas/fields.ts';
import { closest } from '../content/suggest.ts';
import { findCycles } from '../graph/cycles.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { deliverableKey } from '../integrity/dependencies.ts';
import { addDays } from '../time/dates.ts';
import { offsetAt, zonedTimeToInstant } from '../time/zones.ts';
import { listOf, ScaffoldError, textOf, type Field, type ScaffoldContext, type Values } from './fields.ts';
import { adrWithSlug, formatAdrNumber, nextAdrNumber } from './numbering.ts';
import { markdownFile, oneLine, slugify, yamlFile, yamlIdList, yamlLines, yamlText, yamlTextList } from './text.ts';

export const KIND_NAMES = ['adr', 'team', 'person', 'talk', 'guild', 'dependency', 'update'] as const;
export type KindName = (typeof KIND_NAMES)[number];

export interface PlannedFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

export interface Plan {
  /** New files; none exists yet. */
  create: PlannedFile[];
  /** Existing files the plan changes (only when the author asked for it): the change, and why. */
  change: { path: string; why: string; edit(text: string): string }[];
  /** Facts worth showing after writing, e.g. how a local time was read. */
  notes: string[];
  /** What the author does next. */
  next: string[];
}

export interface Kind {
  name: KindName;
  collection: CollectionName;
  /** One line for `--help`. */
  usage: string;
  /** In order; `title` (the positional argument) comes first. */
  fields: Field[];
  build(values: Values, context: ScaffoldContext): Plan;
}


const file = (context: ScaffoldContext, collection: CollectionName, id: string, extension: string) =>
  `${context.contentDir}/${collection}/${id}.${extension}`;

// ---------------------------------------------------------------------------
// Checks shared by the kinds. Each returns what is wrong and what to do.

function idsHint(collection: CollectionName) {
  return (_values: Values, context: ScaffoldContext): string | undefined => {
    const ids = [...context.existingIds[collection]].sort();
    if (ids.length === 0) return `there are no ${collection} yet`;
    return `${collection}: ${ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 12).join(', ')}, … (${ids.length} in ${context.contentDir}/${collection}/)`}`;
  };
}

/** The id must name an existing, valid, published entry of `collection`. */
function reference(collection: CollectionName) {
  return (id: string, _values: Values, context: ScaffoldContext): string | undefined => {
    const noun = NOUN[collection];
    if (!context.existingIds[collection].has(id)) {
      const guess = closest(id, context.existingIds[collection]);
      return `there is no ${noun} with this id in ${context.contentDir}/${collection}/ — ${guess ? `did you mean "${guess}"? Otherwise use` : 'use'} the file name of an entry there, without its extension`;
    }
    const entry = (context.handbook[collection] as HandbookEntry<{ draft: boolean }>[]).find((candidate) => candidate.id === id);
    if (!entry) return `this ${noun}'s file has errors, so nothing can refer to it yet — run \`npm run check\` and fix them first`;
    if (entry.data.draft) return `this ${noun} is a draft, so the new entry would point at something missing from the published site — publish it first (remove \`draft: true\`), or choose another`;
    return undefined;
  };
}

/** A new entry's id must be free: the same title twice is the same entry, and nothing is overwritten. */
function freeId(collection: CollectionName, extension: string, idOf: (title: string, values: Values) => string) {
  return (title: string, values: Values, context: ScaffoldContext): string | undefined => {
    const id = idOf(title, values);
    if (!id) return 'has no letters or digits to make a file name from — use a title with words in it';
    if (context.existingIds[collection].has(id)) {
      return `${file(context, collection, id, extension)} already exists, and nothing is ever overwritten — edit that file, or choose a different title`;
    }
    return undefined;
  };
}

const schemaCheck =
  (schema: { safeParse(value: unknown): { success: boolean } }, problem: string) =>
  (value: string): string | undefined =>
    schema.safeParse(value).success ? undefined : problem;

const dateCheck = schemaCheck(isoDate, 'is not a date — write it as YYYY-MM-DD, e.g. 2026-12-08');
const urlCheck = schemaCheck(httpUrl, 'is not a web address — write a full address starting with https://');
const timeZoneCheck = (value: string) =>
  isTimeZone(value) ? undefined : 'is not an IANA time zone — use a name such as America/Los_Angeles, Europe/Berlin, Asia/Tokyo or UTC';
const tagCheck = (value: string) => (KEBAB_CASE.test(value) ? undefined : 'is not a tag — write tags in lower-case kebab-case, e.g. databases');
const idCheck = (value: string) =>
  KEBAB_CASE.test(value) ? undefined : `is not an id — ids are file names in lower-case kebab-case, e.g. ${slugify(value) || 'ada-lovelace'}`;

/** Channel names start with `#`, which a shell reads as a comment, so the `#` may be left out. */
const channel = (value: string) => (value.startsWith('#') ? value : `#${value}`);
const channelCheck = (value: string) =>
  channelName.safeParse(channel(value)).success ? undefined : 'is not a channel name — use lower-case letters, digits and hyphens, e.g. payments (the # is added)';
const githubTeam = (value: string) => (value.startsWith('@') ? value : `@${value}`);
const githubTeamCheck = (value: string) =>
  /^@[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/.test(githubTeam(value)) ? undefined : 'is not a GitHub team — write it as @organization/team-slug, e.g. @acme/payments';
const githubUser = (value: string) => value.replace(/^@/, '');
const githubUserCheck = (value: string) =>
  /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(githubUser(value)) ? undefined : 'is not a GitHub user name — write the name only, e.g. octocat';
const slackHandle = (value: string) => (value.startsWith('@') ? value : `@${value}`);
const slackCheck = (value: string) => (/^@[\w.-]+$/.test(slackHandle(value)) ? undefined : 'is not a Slack handle — e.g. @ana');

const title: Omit<Field, 'question' | 'check'> = { name: 'title', type: 'text', required: true };

function must(values: Values, name: string): string {
  const value = textOf(values, name);
  if (value === undefined) throw new Error(`internal: ${name} was not collected`);
  return oneLine(value);
}

// ---------------------------------------------------------------------------
// ADR

const adrSlug = (value: string) => slugify(value);

const adr: Kind = {
  name: 'adr',
  collection: 'adrs',
  usage: 'adr "Use PostgreSQL for orders" --team <team-id> [--decider <person-id>] [--consulted <team-id>] [--tag <tag>] [--feedback-by YYYY-MM-DD]',
  fields: [
    {
      ...title,
      question: 'Title of the decision, phrased as what is done (e.g. "Use PostgreSQL for orders")',
      check: (value, _values, context) => {
        const slug = adrSlug(value);
        if (!slug) return 'has no letters or digits to make a file name from — use a title with words in it';
        const existing = adrWithSlug(context.existingIds.adrs, slug);
        return existing
          ? `${file(context, 'adrs', existing, 'md')} already records a decision with this title, and nothing is ever overwritten — edit that ADR, or choose a different title`
          : undefined;
      },
    },
    { name: 'team', type: 'ids', required: true, question: 'Owning team or teams (team ids)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'decider', type: 'ids', ask: true, question: 'Who decides (person ids, comma-separated)', check: reference('people') },
    { name: 'consulted', type: 'ids', question: 'Teams whose input is sought (team ids)', check: reference('teams') },
    { name: 'tag', type: 'ids', question: 'Tags', check: tagCheck },
    {
      name: 'feedback-by',
      type: 'text',
      question: 'Last day for comments',
      default: (_values, context) => addDays(context.today, 14),
      check: (value, _values, context) => dateCheck(value) ?? (value < context.today ? `is in the past — comments need a future date, e.g. ${addDays(context.today, 14)}` : undefined),
    },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const number = formatAdrNumber(nextAdrNumber(context.existingIds.adrs));
    const id = `${number}-${adrSlug(name)}`;
    const feedbackBy = must(values, 'feedback-by');
    const front = [
      ...yamlLines([
        ['title', yamlText(name)],
        ['status', 'proposed'],
        ['date', context.today],
        ['teams', yamlIdList(listOf(values, 'team'))],
        ['deciders', listOf(values, 'decider').length ? yamlIdList(listOf(values, 'decider')) : undefined],
        ['consulted', listOf(values, 'consulted').length ? yamlIdList(listOf(values, 'consulted')) : undefined],
        ['feedbackBy', feedbackBy],
        ['tags', listOf(values, 'tag').length ? yamlIdList(listOf(values, 'tag')) : undefined],
        ['draft', 'true'],
      ]),
    ];
    const body = [
      '## Context',
      '',
      '<!-- TODO: What is the problem, and why does it need a decision now? Who is affected? -->',
      '',
      '## Decision',
      '',
      '<!-- TODO: What we will do, in the active voice: "We will …". -->',
      '',
      '## Consequences',
      '',
      '<!-- TODO: What becomes easier or harder, what it costs, what we must do now. -->',
      '',
      '## Alternatives Considered',
      '',
      '<!-- TODO: The other options, and why we did not choose them. -->',
    ].join('\n');
    const path = file(context, 'adrs', id, 'md');
    return {
      create: [{ path, text: markdownFile(front, body) }],
      change: [],
      notes: [`ADR ${number} is proposed and starts as a draft (\`draft: true\`), so it is not published yet; comments are open until ${feedbackBy} (\`feedbackBy\`).`],
      next: [
        `Write the Context, Decision, Consequences and Alternatives Considered sections in ${path}.`,
        'Replace every `TODO:` comment (`npm run check` fails on one left in a published entry), then remove `draft: true` to publish the ADR.',
        'Run `npm run check`, then open a pull request and share it with the teams it affects.',
        'When the decision is made, set `status: accepted` (or `rejected`). If it replaces an older ADR, add that ADR\'s id to `supersedes` and set the older one\'s status to `superseded`.',
      ],
    };
  },
};

// ---------------------------------------------------------------------------
// Team, with its lead

const leadOf = (values: Values, context: ScaffoldContext) => {
  const id = textOf(values, 'lead');
  return id === undefined ? undefined : context.handbook.people.find((person) => person.id === id);
};
const leadIsNew = (values: Values, context: ScaffoldContext) => {
  const id = textOf(values, 'lead');
  return id !== undefined && !context.existingIds.people.has(id);
};
const teamIdOf = (values: Values) => slugify(textOf(values, 'title') ?? '');
const leadOnOtherTeam = (values: Values, context: ScaffoldContext) => {
  const person = leadOf(values, context);
  return person !== undefined && person.data.team !== teamIdOf(values);
};

function personFile(name: string, team: string, role: string, timezone: string, github?: string, slack?: string): string {
  return yamlFile(
    yamlLines([
      ['name', yamlText(name)],
      ['team', team],
      ['role', yamlText(role)],
      ['timezone', timezone],
      ['github', github === undefined ? undefined : githubUser(github)],
      ['slack', slack === undefined ? undefined : yamlText(slackHandle(slack))],
    ]),
  );
}

const team: Kind = {
  name: 'team',
  collection: 'teams',
  usage:
    'team "Payments" --summary "…" --lead <person-id> [--lead-name "Full Name" --lead-role "…" --timezone <IANA zone>] [--move-lead] [--github-team @org/team] [--channel payments]',
  fields: [
    { ...title, question: 'Name of the team', check: freeId('teams', 'md', (value) => slugify(value)) },
    { name: 'summary', type: 'text', required: true, question: 'One sentence: what the team owns' },
    {
      name: 'lead',
      type: 'text',
      required: true,
      question: 'Who leads the team (a person id; a new id adds that person)',
      hint: idsHint('people'),
      check: (value, _values, context) => {
        const problem = idCheck(value);
        if (problem) return problem;
        if (context.existingIds.people.has(value) && !context.handbook.people.some((person) => person.id === value)) {
          return 'this person\'s file has errors — run `npm run check` and fix them first';
        }
        return undefined;
      },
    },
    { name: 'lead-name', type: 'text', required: true, when: leadIsNew, question: (values) => `Full name of ${textOf(values, 'lead')}, who is new to the handbook` },
    { name: 'lead-role', type: 'text', required: true, when: leadIsNew, question: 'Their role', default: () => 'Team Lead' },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      when: leadIsNew,
      question: 'Their time zone',
      suggest: (_values, context) => context.localTimezone,
      hint: () => 'an IANA name, e.g. Europe/Berlin or America/New_York',
      check: timeZoneCheck,
    },
    {
      name: 'move-lead',
      type: 'flag',
      ask: true,
      when: leadOnOtherTeam,
      question: (values, context) =>
        `${textOf(values, 'lead')} is on team "${leadOf(values, context)?.data.team}", and a team's lead must be on the team. Move them to ${teamIdOf(values)}?`,
    },
    { name: 'github-team', type: 'text', ask: true, question: 'GitHub team that reviews its pages, for CODEOWNERS', hint: () => 'e.g. @acme/payments', check: githubTeamCheck },
    { name: 'channel', type: 'text', ask: true, question: 'Chat channel for questions', hint: () => 'e.g. payments', check: channelCheck },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const id = slugify(name);
    const leadId = must(values, 'lead');
    const path = file(context, 'teams', id, 'md');
    const create: PlannedFile[] = [];
    const change: Plan['change'] = [];
    const notes: string[] = [];
    const person = leadOf(values, context);
    if (!person) {
      create.push({
        path: file(context, 'people', leadId, 'yaml'),
        text: personFile(must(values, 'lead-name'), id, must(values, 'lead-role'), must(values, 'timezone')),
      });
    } else if (person.data.team !== id) {
      const source = person.filePath ?? file(context, 'people', leadId, 'yaml');
      if (values['move-lead'] !== true) {
        throw new ScaffoldError([
          `--lead "${leadId}": is on team "${person.data.team}" (${source}), and a team's lead must be on the team — pass --move-lead to move them to ${id} (this changes \`team:\` in their file), or name someone new: --lead <new-id> --lead-name "Full Name"`,
        ]);
      }
      const led = context.handbook.teams.find((other) => other.data.lead === leadId);
      if (led) {
        throw new ScaffoldError([
          `--lead "${leadId}": leads team "${led.id}" (${led.filePath ?? file(context, 'teams', led.id, 'md')}), which would lose its lead — choose a new lead for ${led.id} first, or name someone else`,
        ]);
      }
      change.push({
        path: source,
        why: `moves ${leadId} from team ${person.data.team} to ${id}, because a team's lead must be on the team`,
        edit: (text) => movePerson(text, id),
      });
      notes.push(`${leadId} moves from team ${person.data.team} to ${id}.`);
    }
    const channelValue = textOf(values, 'channel');
    const github = textOf(values, 'github-team');
    const front = [
      ...yamlLines([
        ['name', yamlText(name)],
        ['summary', yamlText(must(values, 'summary'))],
        ['lead', leadId],
        ['githubTeam', github === undefined ? undefined : yamlText(githubTeam(github))],
      ]),
      ...(channelValue === undefined
        ? []
        : ['channels:', `  - name: ${yamlText(channel(channelValue))}`, `    purpose: ${yamlText(`Questions and requests for ${name}`)}`]),
      `reviewed: ${context.today}`,
    ];
    const body = [
      '<!--',
      'How to work with the team: what it owns, where to ask, how to request work and what to expect.',
      'Headings such as "## What we own" and "## Getting help" help readers find their way.',
      '-->',
    ].join('\n');
    create.unshift({ path, text: markdownFile(front, body) });
    return {
      create,
      change,
      notes,
      next: [
        `Describe how to work with the team in the body of ${path}; add priorities, lookingForInput and officeHours when you have them (the fields are in src/schemas/teams.ts).`,
        `Members join by setting \`team: ${id}\` in their ${context.contentDir}/people/<id>.yaml (or: npm run new -- person "Full Name" --team ${id}).`,
        ...(github === undefined ? ['Add `githubTeam: "@org/team"` when the team has a GitHub team, so it reviews its own pages (CODEOWNERS).'] : []),
        'Run `npm run check`, then open a pull request.',
      ],
    };
  },
};

/** The person's file with `team:` changed, everything else as it was. */
export function movePerson(text: string, team: string): string {
  const document = parseDocument(text);
  document.set('team', team);
  return document.toString({ lineWidth: 0 });
}

// ---------------------------------------------------------------------------
// Person

const person: Kind = {
  name: 'person',
  collection: 'people',
  usage: 'person "Ada Lovelace" --team <team-id> --role "Staff Engineer" --timezone Europe/London [--github ada] [--slack @ada]',
  fields: [
    { ...title, question: 'Full name', check: freeId('people', 'yaml', (value) => slugify(value)) },
    { name: 'team', type: 'text', required: true, question: 'Team (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'role', type: 'text', required: true, question: 'Role or job title (e.g. Staff Engineer)' },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      question: 'Time zone',
      hint: () => 'an IANA name, e.g. Europe/Berlin or America/New_York',
      suggest: (_values, context) => context.localTimezone,
      check: timeZoneCheck,
    },
    { name: 'github', type: 'text', ask: true, question: 'GitHub user name', check: githubUserCheck },
    { name: 'slack', type: 'text', question: 'Slack handle', check: slackCheck },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const id = slugify(name);
    const path = file(context, 'people', id, 'yaml');
    return {
      create: [{ path, text: personFile(name, must(values, 'team'), must(values, 'role'), must(values, 'timezone'), textOf(values, 'github'), textOf(values, 'slack')) }],
      change: [],
      notes: [],
      next: [`Others refer to this person as "${id}" (speakers, deciders, guild members). Run \`npm run check\`, then open a pull request.`],
    };
  },
};

// ---------------------------------------------------------------------------
// Talk

const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

function talkDateCheck(value: string): string | undefined {
  const match = WITH_OFFSET.exec(value) ?? LOCAL_TIME.exec(value);
  const problem = 'is not a start time — write the date and the time, e.g. "2026-12-04 17:00" (in the first speaker\'s time zone, or --timezone) or 2026-12-04T17:00:00Z';
  if (!match) return problem;
  const [, date, time] = match as unknown as [string, string, string];
  if (dateCheck(date) || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(time)) return problem;
  return undefined;
}

function formatOffset(milliseconds: number): string {
  if (milliseconds === 0) return 'Z';
  const minutes = Math.abs(Math.round(milliseconds / 60_000));
  return `${milliseconds < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The talk's start with an explicit offset, and the local date its id starts with. */
function talkStart(value: string, timeZone: string | undefined): { dateTime: string; date: string; zone?: string } {
  const offset = WITH_OFFSET.exec(value);
  if (offset) return { dateTime: `${offset[1]}T${offset[2]}:00${offset[3]}`, date: offset[1]! };
  const [, date, time] = LOCAL_TIME.exec(value) as unknown as [string, string, string];
  const zone = timeZone ?? 'UTC';
  const instant = zonedTimeToInstant(date, time, zone).getTime();
  const shift = offsetAt(instant, zone);
  // Read the wall clock back from the instant: a time skipped by a daylight-saving change moves forward, as calendars do.
  const wall = new Date(instant + shift).toISOString();
  return { dateTime: `${wall.slice(0, 16)}:00${formatOffset(shift)}`, date: wall.slice(0, 10), zone };
}

const talkSlug = (value: string) => slugify(value, 50);

const talk: Kind = {
  name: 'talk',
  collection: 'talks',
  usage:
    'talk "Timescale in production" --team <team-id> --speaker <person-id> --date "2026-12-04 17:00" [--timezone Europe/Berlin] [--duration 30] [--series "…"] [--recording <url>] [--slides <url>] [--tag <tag>] [--abstract "…"]',
  fields: [
    { ...title, question: 'Title of the talk', check: (value) => (talkSlug(value) ? undefined : 'has no letters or digits to make a file name from — use a title with words in it') },
    { name: 'team', type: 'text', required: true, question: 'Presenting team (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'speaker', type: 'ids', required: true, question: 'Speakers (person ids, comma-separated)', hint: idsHint('people'), check: reference('people') },
    { name: 'date', type: 'text', required: true, question: 'When it starts', hint: () => 'e.g. 2026-12-04 17:00, in the first speaker\'s time zone, or 2026-12-04T17:00:00Z', check: talkDateCheck },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      when: (values) => LOCAL_TIME.test(textOf(values, 'date') ?? ''),
      question: 'Time zone of that time',
      // The time a speaker types is the time on their own clock.
      default: (values, context) => context.handbook.people.find((entry) => entry.id === listOf(values, 'speaker')[0])?.data.timezone ?? context.defaultTimezone,
      check: timeZoneCheck,
    },
    {
      name: 'duration',
      type: 'text',
      question: 'Length in minutes',
      default: () => '30',
      check: (value) => (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 600 ? undefined : 'is not a length — write whole minutes between 1 and 600, e.g. 45'),
    },
    { name: 'series', type: 'text', question: 'Talk series' },
    { name: 'recording', type: 'text', question: 'Recording (YouTube, Vimeo, Loom or a video file)', check: urlCheck },
    { name: 'slides', type: 'text', question: 'Slides', check: urlCheck },
    { name: 'tag', type: 'ids', question: 'Tags', check: tagCheck },
    { name: 'abstract', type: 'text', ask: true, question: 'Abstract: what the talk covers and who it is for' },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const start = talkStart(must(values, 'date'), textOf(values, 'timezone'));
    const id = `${start.date}-${talkSlug(name)}`;
    if (context.existingIds.talks.has(id)) {
      throw new ScaffoldError([
        `${file(context, 'talks', id, 'md')} already exists, and nothing is ever overwritten — edit that file, or choose a different title`,
      ]);
    }
    const front = yamlLines([
      ['title', yamlText(name)],
      ['date', start.dateTime],
      ['speakers', yamlIdList(listOf(values, 'speaker'))],
      ['team', must(values, 'team')],
      ['series', textOf(values, 'series') === undefined ? undefined : yamlText(must(values, 'series'))],
      ['durationMinutes', must(values, 'duration')],
      ['recording', textOf(values, 'recording')],
      ['slides', textOf(values, 'slides')],
      ['tags', listOf(values, 'tag').length ? yamlIdList(listOf(values, 'tag')) : undefined],
    ]);
    const abstract = textOf(values, 'abstract');
    const body = [
      abstract ?? '<!-- The abstract: what the talk covers and who it is for, in a paragraph or two. -->',
      '',
      '<!-- After the talk: add `recording:` above, and a "## Transcript" section if you have one; it is searchable. -->',
    ].join('\n');
    const path = file(context, 'talks', id, 'md');
    return {
      create: [{ path, text: markdownFile(front, body) }],
      change: [],
      notes: start.zone ? [`Starts ${start.dateTime.slice(0, 10)} ${start.dateTime.slice(11, 16)} ${start.zone} (${start.dateTime}).`] : [],
      next: [
        abstract === undefined ? `Write the abstract in ${path}.` : `Check the abstract in ${path}.`,
        'Run `npm run check`, then open a pull request. After the talk, add the recording link.',
      ],
    };
  },
};

// ---------------------------------------------------------------------------
// Guild

const guild: Kind = {
  name: 'guild',
  collection: 'guilds',
  usage: 'guild "Security Guild" --purpose "…" --lead <person-id> [--member <person-id>] --cadence "Every other Thursday, 16:00 UTC" [--channel guild-security]',
  fields: [
    { ...title, question: 'Name of the guild', check: freeId('guilds', 'md', (value) => slugify(value)) },
    { name: 'purpose', type: 'text', required: true, question: 'One sentence: why the guild exists' },
    { name: 'lead', type: 'ids', required: true, question: 'Leads (person ids, comma-separated)', hint: idsHint('people'), check: reference('people') },
    { name: 'member', type: 'ids', ask: true, question: 'Other members (person ids, comma-separated; leads are members already)', check: reference('people') },
    { name: 'cadence', type: 'text', required: true, question: 'How often it meets', hint: () => 'e.g. Every other Thursday, 16:00 UTC' },
    {
      name: 'channel',
      type: 'text',
      required: true,
      question: 'Chat channel',
      default: (values) => `guild-${slugify(textOf(values, 'title') ?? '').replace(/-?guild-?/g, '') || 'guild'}`,
      check: channelCheck,
    },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const id = slugify(name);
    const leads = listOf(values, 'lead');
    // Leads must be members (an integrity rule), so they are added rather than asked for twice.
    const members = [...new Set([...leads, ...listOf(values, 'member')])];
    const front = yamlLines([
      ['name', yamlText(name)],
      ['purpose', yamlText(must(values, 'purpose'))],
      ['leads', yamlIdList(leads)],
      ['members', yamlIdList(members)],
      ['cadence', yamlText(must(values, 'cadence'))],
      ['channel', yamlText(channel(must(values, 'channel')))],
      ['founded', context.today],
    ]);
    const body = '<!-- The charter: mission, scope, how decisions are made and how to join. -->';
    const path = file(context, 'guilds', id, 'md');
    return {
      create: [{ path, text: markdownFile(front, body) }],
      change: [],
      notes: [],
      next: [`Write the guild's charter in ${path}; add \`nextMeeting\` and \`resources\` when you have them.`, 'Run `npm run check`, then open a pull request.'],
    };
  },
};

// ---------------------------------------------------------------------------
// Dependency

const dependency: Kind = {
  name: 'dependency',
  collection: 'dependencies',
  usage: 'dependency "Orders API v2" --team <your-team> --for "Offline sync" --on <their-team> --need-by YYYY-MM-DD [--status planned] [--contact <person-id>] [--link <url>] [--notes "…"]',
  fields: [
    { ...title, question: 'What your team needs from the other team (their deliverable)' },
    { name: 'team', type: 'text', required: true, question: 'Your team, which needs it (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'for', type: 'text', required: true, question: 'Which of your deliverables needs it' },
    {
      name: 'on',
      type: 'text',
      required: true,
      question: 'The team that provides it (a team id)',
      hint: idsHint('teams'),
      check: (value, values, context) =>
        value === textOf(values, 'team') ? 'is your own team — a dependency is between two teams; record work inside one team on its page instead' : reference('teams')(value, values, context),
    },
    { name: 'need-by', type: 'text', required: true, question: 'When you need it', hint: () => 'a date, YYYY-MM-DD', check: dateCheck },
    {
      name: 'status',
      type: 'text',
      required: true,
      question: 'Where delivery stands',
      default: () => 'planned',
      hint: () => `one of: ${DEPENDENCY_STATUSES.join(', ')}`,
      check: (value) => ((DEPENDENCY_STATUSES as readonly string[]).includes(value) ? undefined : `is not a status — use one of: ${DEPENDENCY_STATUSES.join(', ')}`),
    },
    { name: 'contact', type: 'text', question: 'Who to ask (a person id)', check: reference('people') },
    { name: 'link', type: 'text', question: 'Issue or document tracking it', check: urlCheck },
    { name: 'notes', type: 'text', question: 'Context in a sentence or two' },
  ],
  build(values, context) {
    const needed = must(values, 'title');
    const from = { team: must(values, 'team'), deliverable: must(values, 'for') };
    const to = { team: must(values, 'on'), deliverable: needed };
    const id = `${from.team}-${slugify(from.deliverable, 40)}-on-${to.team}-${slugify(to.deliverable, 40)}`;
    if (context.existingIds.dependencies.has(id)) {
      throw new ScaffoldError([
        `${file(context, 'dependencies', id, 'yaml')} already records that ${from.team}'s "${from.deliverable}" needs ${to.team}'s "${to.deliverable}", and nothing is ever overwritten — edit that file instead`,
      ]);
    }
    // The check refuses a cycle of deliverables; refuse it here, before anything is written.
    const edges = new Map<string, string[]>();
    for (const entry of [...context.handbook.dependencies.map((d) => d.data), { from, to }]) {
      edges.set(deliverableKey(entry.from), [...(edges.get(deliverableKey(entry.from)) ?? []), deliverableKey(entry.to)]);
    }
    const cycle = findCycles(edges.keys(), (node) => edges.get(node) ?? []).find((nodes) => nodes.includes(deliverableKey(from)));
    if (cycle) {
      throw new ScaffoldError([`this dependency would close a cycle of deliverables: ${cycle.join(' → ')} — each would wait for itself; check which way the need goes`]);
    }
    const lines = [
      'from:',
      `  team: ${from.team}`,
      `  deliverable: ${yamlText(from.deliverable)}`,
      'to:',
      `  team: ${to.team}`,
      `  deliverable: ${yamlText(to.deliverable)}`,
      ...yamlLines([
        ['status', must(values, 'status')],
        ['needBy', must(values, 'need-by')],
        ['contact', textOf(values, 'contact')],
        ['link', textOf(values, 'link')],
        ['notes', textOf(values, 'notes') === undefined ? undefined : yamlText(must(values, 'notes'))],
      ]),
    ];
    const path = file(context, 'dependencies', id, 'yaml');
    return {
      create: [{ path, text: yamlFile(lines) }],
      change: [],
      notes: [],
      next: [`Tell ${to.team} about it, and keep \`status\` current in ${path} as delivery moves.`, 'Run `npm run check`, then open a pull request.'],
    };
  },
};

// ---------------------------------------------------------------------------
// Weekly update

const update: Kind = {
  name: 'update',
  collection: 'updates',
  usage: 'update "What shipped" --team <team-id> [--shipped "…"] [--next "…"] [--input "…"] [--date YYYY-MM-DD]',
  fields: [
    { name: 'title', type: 'text', question: 'What shipped (one line)' },
    { name: 'team', type: 'text', required: true, question: 'Team (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'date', type: 'text', required: true, question: 'Date of the update', default: (_values, context) => context.today, check: dateCheck },
    { name: 'shipped', type: 'texts', required: true, question: 'What the team shipped', default: (values) => textOf(values, 'title') },
    { name: 'next', type: 'texts', ask: true, question: 'What comes next' },
    { name: 'input', type: 'texts', ask: true, question: 'Where the team wants input from others' },
  ],
  build(values, context) {
    const teamId = must(values, 'team');
    const date = must(values, 'date');
    const id = `${date}-${teamId}`;
    if (context.existingIds.updates.has(id)) {
      throw new ScaffoldError([`${file(context, 'updates', id, 'md')} already exists: ${teamId} has an update for ${date}, and nothing is ever overwritten — add to that file instead`]);
    }
    const title = textOf(values, 'title');
    const shipped = [...new Set([...(title === undefined ? [] : [oneLine(title)]), ...listOf(values, 'shipped').map(oneLine)])];
    const front = [
      `team: ${teamId}`,
      `date: ${date}`,
      ...yamlTextList('shipped', shipped),
      ...yamlTextList('next', listOf(values, 'next').map(oneLine)),
      ...yamlTextList('lookingForInput', listOf(values, 'input').map(oneLine)),
    ];
    const path = file(context, 'updates', id, 'md');
    return {
      create: [{ path, text: markdownFile(front, '<!-- Optional: a paragraph of context, e.g. what is at risk and why. -->') }],
      change: [],
      notes: [],
      next: ['Run `npm run check`, then open a pull request. The update appears in this week\'s digest.'],
    };
  },
};

export const KINDS: Record<KindName, Kind> = { adr, team, person, talk, guild, dependency, update };
