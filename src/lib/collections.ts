/**
 * The collection registry: everything Atrium knows about each kind of content, in one
 * typed record. Every list that varies by collection (the loader's folders and
 * extensions, the nouns in messages, routes, search types and indexed sections, the
 * navigation, feeds and calendar membership, the scaffolder's kinds) is derived from
 * it or typed as `Record<CollectionName, …>`, so adding a collection is one entry here,
 * one schema file and its pages, and the compiler names every place still missing it.
 */
import type { z } from 'zod';
import { adrSchema } from '../schemas/adrs.ts';
import { dependencySchema } from '../schemas/dependencies.ts';
import { guildSchema } from '../schemas/guilds.ts';
import { personSchema } from '../schemas/people.ts';
import { talkSchema } from '../schemas/talks.ts';
import { teamSchema } from '../schemas/teams.ts';
import { updateSchema } from '../schemas/updates.ts';
import { rotationSchema } from '../schemas/rotations.ts';
import { mentorshipSchema } from '../schemas/mentorships.ts';
import { pairingSchema } from '../schemas/pairings.ts';
import { kudosSchema } from '../schemas/kudos.ts';
import { awardSchema } from '../schemas/awards.ts';
import { retroSchema } from '../schemas/retros.ts';
import { askSchema } from '../schemas/asks.ts';
import { surveySchema } from '../schemas/surveys.ts';
import { signalsSchema } from '../schemas/signals.ts';
import { routes } from './routes.ts';

export interface CollectionSpec {
  /** Zod schema of an entry's frontmatter or YAML document. */
  schema: z.ZodType;
  /** File extensions of the collection's entries under `content/<name>/`, preferred first. */
  extensions: readonly ('md' | 'mdx' | 'yaml' | 'yml')[];
  /** What one entry is called in messages: `person`, `ADR`. */
  noun: string;
  /** The collection's index page and one entry's page, relative to the base. */
  route: { index: () => string; entry: (id: string) => string };
  /** Search's type for the entry pages (a Pagefind filter value) and how results show it. */
  search: { type: string; label: string };
  /** Label and position in the site navigation, or `null` for a collection reached only through other pages. */
  nav: { label: string; order: number } | null;
  /** The collection's own RSS feed (`<name>/rss.xml`), if it has one. */
  feed: { kind: string; name: string; description: string } | null;
  /** Whether its entries are events in `calendar.ics`. */
  calendar: boolean;
  /** The word `npm run new -- <kind>` takes for a new entry. */
  scaffoldKind: string;
  /**
   * `false` for a collection read only in aggregate (surveys, signals): no page per entry;
   * `route.index` is the page that shows them and `route.entry` an anchor on it.
   */
  entryPages?: false;
}

export const COLLECTIONS = {
  teams: {
    schema: teamSchema,
    extensions: ['md', 'mdx'],
    noun: 'team',
    route: { index: routes.teams, entry: routes.team },
    search: { type: 'team', label: 'Team' },
    nav: { label: 'Teams', order: 1 },
    feed: null,
    calendar: true,
    scaffoldKind: 'team',
  },
  people: {
    schema: personSchema,
    extensions: ['yaml', 'yml'],
    noun: 'person',
    route: { index: routes.people, entry: routes.person },
    search: { type: 'person', label: 'Person' },
    nav: { label: 'People', order: 2 },
    feed: null,
    calendar: false,
    scaffoldKind: 'person',
  },
  adrs: {
    schema: adrSchema,
    extensions: ['md', 'mdx'],
    noun: 'ADR',
    route: { index: routes.adrs, entry: routes.adr },
    search: { type: 'adr', label: 'ADR' },
    nav: { label: 'Decisions', order: 3 },
    feed: { kind: 'adr', name: 'Decisions', description: 'Architecture decision records: new ones, and each change of status.' },
    calendar: false,
    scaffoldKind: 'adr',
  },
  talks: {
    schema: talkSchema,
    extensions: ['md', 'mdx'],
    noun: 'talk',
    route: { index: routes.talks, entry: routes.talk },
    search: { type: 'talk', label: 'Talk' },
    nav: { label: 'Talks', order: 4 },
    feed: { kind: 'talk', name: 'Talks', description: 'Tech talks when they are announced, and again when they have been given.' },
    calendar: true,
    scaffoldKind: 'talk',
  },
  guilds: {
    schema: guildSchema,
    extensions: ['md', 'mdx'],
    noun: 'guild',
    route: { index: routes.guilds, entry: routes.guild },
    search: { type: 'guild', label: 'Guild' },
    nav: { label: 'Guilds', order: 5 },
    feed: null,
    calendar: false,
    scaffoldKind: 'guild',
  },
  dependencies: {
    schema: dependencySchema,
    extensions: ['yaml', 'yml'],
    noun: 'dependency',
    route: { index: routes.dependencies, entry: routes.dependency },
    search: { type: 'dependency', label: 'Dependency' },
    nav: { label: 'Dependencies', order: 6 },
    feed: null,
    calendar: false,
    scaffoldKind: 'dependency',
  },
  updates: {
    schema: updateSchema,
    extensions: ['md', 'mdx'],
    noun: 'update',
    route: { index: routes.updates, entry: routes.update },
    search: { type: 'update', label: 'Update' },
    nav: { label: 'Updates', order: 8 },
    feed: { kind: 'update', name: 'Weekly updates', description: 'What each team shipped this week, what is next, and where it wants input.' },
    calendar: false,
    scaffoldKind: 'update',
  },
  // The three cross-team programs share the /programs/ overview (PROGRAMS below); each has its own folder under it.
  rotations: {
    schema: rotationSchema,
    extensions: ['yaml', 'yml'],
    noun: 'rotation',
    route: { index: routes.rotations, entry: routes.rotation },
    search: { type: 'rotation', label: 'Rotation' },
    nav: null,
    feed: { kind: 'rotation', name: 'Rotations', description: 'Team rotations when they are planned, when they start, and when they end with their outcome.' },
    calendar: true,
    scaffoldKind: 'rotation',
  },
  mentorships: {
    schema: mentorshipSchema,
    extensions: ['yaml', 'yml'],
    noun: 'mentorship',
    route: { index: routes.mentorships, entry: routes.mentorship },
    search: { type: 'mentorship', label: 'Mentorship' },
    nav: null,
    feed: {
      kind: 'mentorship',
      name: 'Mentorships',
      description: 'Cross-team mentorships when they are planned, when they start, and when they end with their outcome.',
    },
    calendar: false,
    scaffoldKind: 'mentorship',
  },
  pairings: {
    schema: pairingSchema,
    extensions: ['yaml', 'yml'],
    noun: 'pair session',
    route: { index: routes.pairings, entry: routes.pairing },
    search: { type: 'pairing', label: 'Pair session' },
    nav: null,
    feed: { kind: 'pairing', name: 'Pair sessions', description: 'Cross-team pair sessions when they are planned, and what came of them once held.' },
    calendar: true,
    scaffoldKind: 'pairing',
  },
  // Kudos have no page each: a month's are read out together, so an entry's route is its place on the month's page.
  kudos: {
    schema: kudosSchema,
    extensions: ['yaml', 'yml'],
    noun: 'kudos',
    route: { index: routes.kudos, entry: routes.kudosEntry },
    search: { type: 'kudos', label: 'Kudos' },
    nav: null,
    feed: { kind: 'kudos', name: 'Kudos', description: 'Thanks that cross team lines, as they are given, and the quarterly collaboration award.' },
    calendar: false,
    scaffoldKind: 'kudos',
  },
  awards: {
    schema: awardSchema,
    extensions: ['yaml', 'yml'],
    noun: 'award',
    route: { index: routes.awards, entry: routes.award },
    search: { type: 'award', label: 'Award' },
    nav: null,
    feed: null,
    calendar: false,
    scaffoldKind: 'award',
  },
  retros: {
    schema: retroSchema,
    extensions: ['md', 'mdx'],
    noun: 'retrospective',
    route: { index: routes.retros, entry: routes.retro },
    search: { type: 'retro', label: 'Retrospective' },
    // History more than a destination: reached from team pages, the digest and search.
    nav: null,
    feed: {
      kind: 'retro',
      name: 'Retrospectives',
      description: 'Cross-team retrospectives when they are written up: what went well, what to improve, and who owns which action.',
    },
    calendar: false,
    scaffoldKind: 'retro',
  },
  asks: {
    schema: askSchema,
    extensions: ['md', 'mdx'],
    noun: 'ask',
    route: { index: routes.asks, entry: routes.ask },
    search: { type: 'ask', label: 'Ask for help' },
    // The navigation already fills one row at 1280 px: open asks are on the home page ("what needs you now"), which links here.
    nav: null,
    feed: {
      kind: 'ask',
      name: 'Asks for help',
      description: 'What teams are struggling with, when they ask, and again when another team has helped or it is solved.',
    },
    calendar: true,
    scaffoldKind: 'ask',
  },
  // Quarterly aggregates, read only through the measures: a survey on /health/, signals on /connections/.
  surveys: {
    schema: surveySchema,
    extensions: ['yaml', 'yml'],
    noun: 'survey',
    route: { index: routes.health, entry: routes.healthQuarter },
    search: { type: 'health', label: 'Health' },
    // The header has no room left at 1280 px: both pages are linked from every page's footer and from each other.
    nav: null,
    feed: null,
    calendar: false,
    scaffoldKind: 'survey',
    entryPages: false,
  },
  signals: {
    schema: signalsSchema,
    extensions: ['yaml', 'yml'],
    noun: 'signals file',
    route: { index: routes.connections, entry: routes.connectionsQuarter },
    search: { type: 'connections', label: 'Connections' },
    nav: null,
    feed: null,
    calendar: false,
    scaffoldKind: 'signals',
    entryPages: false,
  },
} as const satisfies Record<string, CollectionSpec>;

export type Registry = typeof COLLECTIONS;
export type CollectionName = keyof Registry;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** True for a collection with a page per entry (every one but the quarterly aggregates). */
export const hasEntryPages = (name: CollectionName): boolean => (COLLECTIONS[name] as CollectionSpec).entryPages !== false;

/** An entry's validated data, by collection. */
export type EntryData<C extends CollectionName> = z.output<Registry[C]['schema']>;

/** What one entry of each collection is called in messages: `person`, `ADR`, … */
export const NOUN = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].noun])) as Record<CollectionName, string>;

/** The overview of the three cross-team programs (rotations, mentorships, pair sessions): a page of its own in the navigation. */
export const PROGRAMS = {
  route: { index: routes.programs },
  nav: { label: 'Programs', order: 5.5 },
} as const;

/** Pages that are not a collection's but are searchable, navigable or fed: the weekly digest. */
export const DIGEST = {
  route: { index: routes.digests, entry: routes.digest },
  search: { type: 'digest', label: 'Digest' },
  nav: { label: 'Digest', order: 7 },
  feed: { kind: 'digest', name: 'Weekly digest', description: 'The weekly engineering digest, every Friday: a five-minute read across all teams.' },
} as const;

/** Topics: one page per tag, with everything tagged and the people who know it (lib/tags/); searchable, reached from tags. */
export const TAGS = {
  route: { index: routes.tags, entry: routes.tag },
  search: { type: 'tag', label: 'Topic' },
} as const;
