/**
 * One adapter per link source: what in the handbook joins two teams, and when. Teams
 * are today's (a person's `team`), so links follow people who moved. Every adapter
 * returns links with the date that puts them in a quarter; the map drops the ones
 * still in the future.
 */
import type { Handbook } from '../handbook/types.ts';
import { allThanks } from '../kudos/thanks.ts';
import { quarterStart } from '../time/quarters.ts';
import type { LinkSource } from './sources.ts';

/** Two different teams joined by one thing the handbook records. */
export interface RawLink {
  /** Two different team ids. */
  teams: readonly [string, string];
  /** `YYYY-MM-DD`: the day it counts for. */
  date: string;
  /** What joined them: the entry (`adrs/0012-…`) and a short description. */
  evidence: { collection: string; id: string; label: string };
}

export interface AdapterInput {
  handbook: Handbook;
  /** Today's team of a person. */
  teamOf: (person: string) => string | undefined;
}

export type Adapter = (input: AdapterInput) => RawLink[];

/** Every pair of different teams among `teams`, each once, in a stable order. */
export function pairsOf(teams: readonly (string | undefined)[]): [string, string][] {
  const distinct = [...new Set(teams.filter((team) => team !== undefined))].sort();
  return distinct.flatMap((a, index) => distinct.slice(index + 1).map((b) => [a, b] as [string, string]));
}

/** Unordered pairs of different teams, each once. */
function uniquePairs(pairs: readonly (readonly [string, string])[]): [string, string][] {
  const keys = new Set(pairs.filter(([a, b]) => a !== b).map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)));
  return [...keys].sort().map((key) => key.split('|') as [string, string]);
}

const linksAmong = (teams: readonly (string | undefined)[], date: string, evidence: RawLink['evidence']): RawLink[] =>
  pairsOf(teams).map((pair) => ({ teams: pair, date, evidence }));

/** Each owner team with each other team (a team consulted on its own decision is no link). */
const ownersWith = (owners: readonly string[], others: readonly string[], date: string, evidence: RawLink['evidence']): RawLink[] =>
  owners.flatMap((owner) => others.filter((other) => !owners.includes(other)).flatMap((other) => linksAmong([owner, other], date, evidence)));

/**
 * A source whose collection does not exist in this handbook returns no link, and the
 * measures built on it say "no data yet". Every source has its collection today; the
 * marker stays so a new source can be listed before its collection lands.
 */
const awaitingCollection: Adapter = () => [];

export const ADAPTERS: Record<LinkSource, Adapter> = {
  dependencies: ({ handbook }) =>
    handbook.dependencies.flatMap(({ id, data }) =>
      linksAmong([data.from.team, data.to.team], data.needBy, {
        collection: 'dependencies',
        id,
        label: `${data.from.deliverable} needs ${data.to.deliverable}`,
      }),
    ),
  consulted: ({ handbook }) =>
    handbook.adrs
      .filter(({ data }) => data.status !== 'draft')
      .flatMap(({ id, data }) => ownersWith(data.teams, data.consulted, data.date, { collection: 'adrs', id, label: data.title })),
  // Telling a team about a decision joins it to the owners as much as consulting it: the team now knows and may answer.
  informed: ({ handbook }) =>
    handbook.adrs
      .filter(({ data }) => data.status !== 'draft')
      .flatMap(({ id, data }) => ownersWith(data.teams, data.informed, data.date, { collection: 'adrs', id, label: data.title })),
  // A guild records who is a member, not since when: its members' teams count as joined once, when it was founded.
  guilds: ({ handbook, teamOf }) =>
    handbook.guilds.flatMap(({ id, data }) => linksAmong(data.members.map(teamOf), data.founded, { collection: 'guilds', id, label: data.name })),
  talks: ({ handbook, teamOf }) =>
    handbook.talks.flatMap(({ id, data }) =>
      linksAmong([data.team, ...data.speakers.map(teamOf)], data.date.slice(0, 10), { collection: 'talks', id, label: data.title }),
    ),
  rotations: ({ handbook, teamOf }) =>
    handbook.rotations.flatMap(({ id, data }) =>
      linksAmong([teamOf(data.person), data.hostTeam], data.start, { collection: 'rotations', id, label: `${data.person} visits ${data.hostTeam}` }),
    ),
  mentorships: ({ handbook, teamOf }) =>
    handbook.mentorships.flatMap(({ id, data }) =>
      linksAmong([teamOf(data.mentor), teamOf(data.mentee)], data.start, { collection: 'mentorships', id, label: `${data.mentor} mentors ${data.mentee}` }),
    ),
  pairings: ({ handbook, teamOf }) =>
    handbook.pairings.flatMap(({ id, data }) =>
      linksAmong(data.people.map(teamOf), data.date.slice(0, 10), { collection: 'pairings', id, label: data.objective }),
    ),
  retros: ({ handbook }) => handbook.retros.flatMap(({ id, data }) => linksAmong(data.teams, data.date, { collection: 'retros', id, label: data.title })),
  // Kudos and wins enabled by another team, through the one list of thanks the kudos pages read.
  kudos: ({ handbook }) =>
    allThanks(handbook).map((thanks) => ({
      teams: pairsOf([thanks.fromTeam, thanks.toTeam])[0]!,
      date: thanks.date,
      evidence: { collection: thanks.source === 'kudos' ? 'kudos' : 'teams', id: thanks.entryId, label: thanks.for },
    })),
  // Only help given counts, on the day it came: an open ask nobody has helped yet joins no one.
  asks: ({ handbook, teamOf }) =>
    handbook.asks
      .filter(({ data }) => data.helpedOn !== undefined)
      .flatMap(({ id, data }) =>
        ownersWith([data.team], [...new Set(data.helpers.map(teamOf).filter((team) => team !== undefined))], data.helpedOn!, {
          collection: 'asks',
          id,
          label: data.title,
        }),
      ),
  // One link per pair of teams and quarter, whichever way the work went: the counts themselves are measures of their own.
  signals: ({ handbook }) =>
    handbook.signals.flatMap(({ id, data }) =>
      uniquePairs(data.pairs.filter((pair) => pair.reviews + pair.commits + pair.coAuthored > 0).map((pair) => [pair.from, pair.to] as const)).map((teams) => ({
        teams,
        date: quarterStart(data.quarter),
        evidence: { collection: 'signals', id, label: `code signals, ${data.quarter}` },
      })),
    ),
};

/** Sources whose collections exist in this handbook: the others' adapters wait for theirs. */
export const AWAITING_SOURCES: ReadonlySet<LinkSource> = new Set(
  (Object.keys(ADAPTERS) as LinkSource[]).filter((source) => ADAPTERS[source] === awaitingCollection),
);
