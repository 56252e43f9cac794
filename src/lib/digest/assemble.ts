/**
 * The weekly engineering digest: for every ISO week in which something happened,
 * what each team shipped, decided and presented, which of its deliveries are due,
 * and where it wants input. Built from the shared indexes in one pass over the
 * dated entries, so a handbook with years of history costs one bucket per week.
 *
 * What counts as "something happened" in a week: a weekly update, a dated win, an
 * ADR reaching its status, a talk, a program starting or ending (./programs.ts), thanks across teams and
 * an award decided (./thanks.ts), or a retrospective or ask for help (./retros-asks.ts). Dependencies
 * (./dependency-news.ts) are listed when due soon or when their history changed that week;
 * they never create a digest week on their own.
 */
import type { Adr, AdrKind, AdrStatus } from '../../schemas/index.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { addDays } from '../time/dates.ts';
import { todayIn } from '../time/today.ts';
import { mergeRequests } from '../input-requests.ts';
import { weekOfDate, type WeekSpan } from './iso-week.ts';
import { programEvents, type ProgramDigestItem } from './programs.ts';
import type { RelatedPair } from '../related/documents.ts';
import { thanksEvents, type AwardDigestItem } from './thanks.ts';
import type { Thanks } from '../kudos/thanks.ts';
import { acrossTeams, acrossTeamsDates, acrossTeamsLines, type AcrossTeamsDigest } from './retros-asks.ts';
import { dependencyNews, type DependencyItem } from './dependency-news.ts';

export type { DependencyItem } from './dependency-news.ts';

export interface DigestOptions {
  /** `YYYY-MM-DD` in the handbook's time zone: later entries are not in any digest yet. */
  today: string;
  /** The build's moment: talks before it were given, after it are upcoming. */
  now: Date;
  /** The handbook's time zone, which decides the calendar date (and so the week) of a talk. */
  timeZone: string;
  /** When an ADR reached its current status (see lib/adr-status-date.ts). */
  adrStatusDate: (adr: HandbookEntry<Adr>) => string;
  /** How far after the week "coming up" reaches for talks and due dependencies, in days. */
  lookaheadDays?: number;
  /** Related work of different teams with a side new that week (lib/related/), for "Possible overlap". */
  possibleOverlaps?: (week: WeekSpan) => RelatedPair[];
  /** The teams with no link to another team in the two quarters up to a day (lib/connections); none when not given. */
  isolatedOn?: (day: string) => readonly string[];
}

export interface ShippedItem {
  title: string;
  date: string;
  /** The weekly update it was reported in, or undefined for a win from the team page. */
  updateId?: string;
}

export interface DecisionItem {
  adrId: string;
  kind: AdrKind;
  title: string;
  /** What was decided (`decision.summary`), once accepted or rejected. */
  summary?: string;
  status: AdrStatus;
  date: string;
}

export interface TalkItem {
  talkId: string;
  title: string;
  /** ISO date-time. */
  start: string;
  speakers: string[];
}

export interface InputItem {
  topic: string;
  until?: string;
  /** The weekly update that asked, or undefined for a request on the team page. */
  updateId?: string;
}

export interface TeamDigest {
  teamId: string;
  teamName: string;
  shipped: ShippedItem[];
  decisions: DecisionItem[];
  talksGiven: TalkItem[];
  talksUpcoming: TalkItem[];
  dependencies: DependencyItem[];
  lookingForInput: InputItem[];
  /** Rotations and mentorships that started this week. */
  programsStarted: ProgramDigestItem[];
  /** Rotations and mentorships that ended, and pair sessions held, this week, with their outcomes. */
  programsEnded: ProgramDigestItem[];
  /** Thanks the team received from other teams this week (kudos, and wins it enabled), in the order given. */ thanks: Thanks[];
  /** Awards the team won, decided this week. */ awards: AwardDigestItem[];
}

export interface DigestTotals {
  teams: number;
  shipped: number;
  decisions: number;
  talksGiven: number;
  talksUpcoming: number;
  dependencies: number;
  lookingForInput: number;
  programsStarted: number;
  programsEnded: number;
  thanks: number;
  awards: number;
}

export interface Digest {
  week: WeekSpan;
  /** False until the week's Friday, the day the digest goes out: the page shows the week so far, the feeds leave it out. */
  published: boolean;
  /** Until when "coming up" reaches (the Sunday two weeks after). */
  lookaheadUntil: string;
  /** The build's date: dependency statuses are as of this day. */
  asOf: string;
  /** Teams with no link to another team in the two quarters up to the week's Sunday (or today, if earlier). */
  isolated: readonly string[];
  teams: TeamDigest[];
  /** Work of different teams that looks alike, one side new this week: worth a conversation. */
  overlaps: RelatedPair[];
  totals: DigestTotals;
  /** Retrospectives and asks for help of the week, overdue actions and asks waiting too long (./retros-asks.ts). */
  acrossTeams: AcrossTeamsDigest;
}

const DECISION_STATUSES: readonly AdrStatus[] = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];

interface WeekBucket {
  week: WeekSpan;
  shipped: Map<string, ShippedItem[]>;
  decisions: Map<string, DecisionItem[]>;
  talks: Map<string, TalkItem[]>;
  input: Map<string, InputItem[]>;
  started: Map<string, ProgramDigestItem[]>;
  ended: Map<string, ProgramDigestItem[]>;
  thanks: Map<string, Thanks[]>;
  awards: Map<string, AwardDigestItem[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every dated fact, sorted into the ISO week it belongs to. */
function bucketByWeek(h: HandbookIndexes, options: DigestOptions): Map<string, WeekBucket> {
  const buckets = new Map<string, WeekBucket>();
  const bucket = (date: string): WeekBucket => {
    const week = weekOfDate(date);
    let found = buckets.get(week.id);
    if (!found) {
      const m = () => new Map();
      found = { week, shipped: m(), decisions: m(), talks: m(), input: m(), started: m(), ended: m(), thanks: m(), awards: m() };
      buckets.set(week.id, found);
    }
    return found;
  };
  const known = (date: string) => date <= options.today;

  for (const update of h.updates) {
    const { team, date, shipped, lookingForInput } = update.data;
    if (!known(date)) continue;
    const target = bucket(date);
    for (const title of shipped) push(target.shipped, team, { title, date, updateId: update.id });
    for (const topic of lookingForInput) push(target.input, team, { topic, updateId: update.id });
  }
  for (const team of h.teams) {
    for (const win of team.data.wins) {
      if (known(win.date)) push(bucket(win.date).shipped, team.id, { title: win.title, date: win.date });
    }
  }
  for (const adr of h.adrs) {
    if (!DECISION_STATUSES.includes(adr.data.status)) continue;
    const date = options.adrStatusDate(adr);
    if (!known(date)) continue;
    const decided = adr.data.status === 'accepted' || adr.data.status === 'rejected' ? adr.data.decision?.summary : undefined;
    const decision: DecisionItem = {
      adrId: adr.id,
      kind: adr.data.kind,
      title: adr.data.title,
      status: adr.data.status,
      date,
      ...(decided ? { summary: decided } : {}),
    };
    for (const team of adr.data.teams) push(bucket(date).decisions, team, decision);
  }
  for (const talk of h.talks) {
    // Talks later in the current week count too: the week's digest lists them as coming up.
    const date = todayIn(options.timeZone, new Date(talk.data.date));
    push(bucket(date).talks, talk.data.team, { talkId: talk.id, title: talk.data.title, start: talk.data.date, speakers: talk.data.speakers });
  }
  for (const date of acrossTeamsDates(h)) if (known(date)) bucket(date);
  for (const event of programEvents(h, options)) {
    for (const team of event.teams) push(bucket(event.date)[event.change], team, event.item);
  }
  for (const event of thanksEvents(h, options.today)) push<unknown>(bucket(event.date)[event.change], event.team, event.item);
  return buckets;
}

const byDateThenTitle = <T extends { date: string; title: string }>(a: T, b: T) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
const byStart = (a: TalkItem, b: TalkItem) => a.start.localeCompare(b.start);

function assemble(h: HandbookIndexes, bucket: WeekBucket, options: DigestOptions): Digest {
  const { week } = bucket;
  const lookaheadUntil = addDays(week.sunday, options.lookaheadDays ?? 14);
  const nowMs = options.now.getTime();
  const localDate = (iso: string) => todayIn(options.timeZone, new Date(iso));

  const teams: TeamDigest[] = [];
  for (const team of h.teams) {
    const talksThisWeek = bucket.talks.get(team.id) ?? [];
    const talksGiven = talksThisWeek.filter((t) => Date.parse(t.start) < nowMs).sort(byStart);
    const talksUpcoming = [
      // Still to come in this very week (the current one) …
      ...talksThisWeek.filter((t) => Date.parse(t.start) >= nowMs),
      // … and in the weeks after it, as seen from this week.
      ...h
        .talksOf(team.id)
        .filter((t) => {
          const date = localDate(t.data.date);
          return date > week.sunday && date <= lookaheadUntil;
        })
        .map((t) => ({ talkId: t.id, title: t.data.title, start: t.data.date, speakers: t.data.speakers })),
    ].sort(byStart);

    const dependencies = dependencyNews(h.dependentsOn(team.id), week, lookaheadUntil, options.today);

    // Requests on the team page were open from (at least) the day the page was last
    // reviewed until their `until` date; open-ended ones until today.
    const pageRequests = team.data.lookingForInput
      .filter((item) => team.data.reviewed <= week.sunday && (item.until ?? options.today) >= week.monday && team.data.reviewed <= options.today)
      .map((item) => (item.until ? { topic: item.topic, until: item.until } : { topic: item.topic }));
    // The same request asked on the page and in an update, however worded, is listed once.
    const lookingForInput = mergeRequests<InputItem>(bucket.input.get(team.id) ?? [], pageRequests);

    const entry: TeamDigest = {
      teamId: team.id,
      teamName: team.data.name,
      shipped: [...(bucket.shipped.get(team.id) ?? [])].sort(byDateThenTitle),
      decisions: [...(bucket.decisions.get(team.id) ?? [])].sort(byDateThenTitle),
      talksGiven,
      talksUpcoming,
      dependencies,
      lookingForInput,
      programsStarted: bucket.started.get(team.id) ?? [],
      programsEnded: bucket.ended.get(team.id) ?? [],
      thanks: [...(bucket.thanks.get(team.id) ?? [])].reverse(),
      awards: bucket.awards.get(team.id) ?? [],
    };
    // A team with only open requests or due dependencies is listed too: the week has news of others.
    if (Object.values(entry).some((value) => Array.isArray(value) && value.length > 0)) teams.push(entry);
  }

  const sum = (pick: (t: TeamDigest) => unknown[]) => teams.reduce((total, t) => total + pick(t).length, 0);
  return {
    week,
    published: options.today >= week.friday,
    lookaheadUntil,
    asOf: options.today,
    isolated: options.isolatedOn?.(week.sunday < options.today ? week.sunday : options.today) ?? [],
    teams,
    overlaps: options.possibleOverlaps?.(week) ?? [],
    totals: {
      teams: teams.length,
      shipped: sum((t) => t.shipped),
      decisions: sum((t) => t.decisions),
      talksGiven: sum((t) => t.talksGiven),
      talksUpcoming: sum((t) => t.talksUpcoming),
      dependencies: sum((t) => t.dependencies),
      lookingForInput: sum((t) => t.lookingForInput),
      programsStarted: sum((t) => t.programsStarted),
      programsEnded: sum((t) => t.programsEnded),
      thanks: sum((t) => t.thanks),
      awards: sum((t) => t.awards),
    },
    acrossTeams: acrossTeams(h, week, options.today),
  };
}

/**
 * One digest per ISO week that has news (an update, a win, a decision or a talk),
 * up to the current week, newest first.
 */
export function buildDigests(h: HandbookIndexes, options: DigestOptions): Digest[] {
  return [...bucketByWeek(h, options).values()]
    .filter((bucket) => bucket.week.monday <= options.today)
    .sort((a, b) => b.week.monday.localeCompare(a.week.monday))
    .map((bucket) => assemble(h, bucket, options));
}

/** The reading time of a digest, in minutes, at 200 words a minute: it should stay around five. */
export function readingMinutes(digest: Digest): number {
  // Every total counts a line (each team's heading too), and so does each line of the part across teams.
  const lines = Object.values(digest.totals).reduce((sum, count) => sum + count, 0) + acrossTeamsLines(digest.acrossTeams);
  return Math.max(1, Math.round((lines * 16) / 200)); // about 16 words a line
}
