/**
 * Where related work comes from: one adapter per kind of source, each turning the
 * handbook into documents to compare. Adding a source (asks for help, say) is one more
 * adapter in `RELATED_SOURCES`; nothing else changes.
 */
import type { CollectionName } from '../collections.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { plainText } from '../retros-asks/asks.ts';
import { routes } from '../routes.ts';
import type { RelatedDocument } from './documents.ts';

export interface RelatedSource {
  /** What the adapter reads, for messages and the README. */
  name: string;
  /** The collection its documents' entries belong to: what a dismissal may name. */
  collection: CollectionName;
  /** The teams an entry of `collection` belongs to, or undefined when there is no such entry (for checking dismissals). */
  teamsOf(h: HandbookIndexes, id: string): readonly string[] | undefined;
  /** The source's documents as of `today`: only what is current (open requests, open decisions). */
  documents(h: HandbookIndexes, today: string): RelatedDocument[];
}

/** ADR statuses still open to change: work planned, not settled. */
const OPEN_ADR_STATUSES: ReadonlySet<string> = new Set(['proposed', 'draft']);

/** One line of a team page (a priority, a request for input) as a document: standing while the page lists it. */
function teamLine(teamId: string, kind: 'priority' | 'input', index: number, title: string): RelatedDocument {
  return {
    id: `teams/${teamId}#${kind}-${index + 1}`,
    entry: `teams/${teamId}`,
    kind,
    teams: [teamId],
    title,
    text: '',
    url: routes.team(teamId),
    standing: true,
  };
}

export const teamPriorities: RelatedSource = {
  name: 'team priorities',
  collection: 'teams',
  teamsOf: (h, id) => (h.team.has(id) ? [id] : undefined),
  documents: (h) => h.teams.flatMap((team) => team.data.priorities.map((priority, index) => teamLine(team.id, 'priority', index, priority.title))),
};

export const teamInputRequests: RelatedSource = {
  name: 'open requests for input on team pages',
  collection: 'teams',
  teamsOf: (h, id) => (h.team.has(id) ? [id] : undefined),
  documents: (h, today) =>
    h.teams.flatMap((team) =>
      team.data.lookingForInput.flatMap((request, index) => (request.until && request.until < today ? [] : [teamLine(team.id, 'input', index, request.topic)])),
    ),
};

/** Each line of a weekly update on its own (an update mixes several topics), and its prose as one more document. */
export const weeklyUpdates: RelatedSource = {
  name: 'weekly updates (shipped, next, looking for input, prose)',
  collection: 'updates',
  teamsOf: (h, id) => {
    const update = h.update.get(id);
    return update && [update.data.team];
  },
  documents: (h, today) =>
    h.updates
      .filter((update) => update.data.date <= today)
      .flatMap((update) => {
        const base = {
          entry: `updates/${update.id}`,
          teams: [update.data.team],
          url: routes.update(update.id),
          date: update.data.date,
          text: '',
          standing: false,
        };
        const lines = (['shipped', 'next', 'lookingForInput'] as const).flatMap((field) =>
          update.data[field].map((line, index) => ({
            ...base,
            id: `updates/${update.id}#${field}-${index + 1}`,
            kind: field === 'lookingForInput' ? 'input' : field,
            title: line,
          })),
        );
        const prose = update.body?.trim() ? [{ ...base, id: `updates/${update.id}#prose`, kind: 'update', title: '', text: update.body }] : [];
        return [...lines, ...prose];
      }),
};

export const openDecisions: RelatedSource = {
  name: 'proposed and draft ADRs',
  collection: 'adrs',
  teamsOf: (h, id) => h.adr.get(id)?.data.teams,
  documents: (h) =>
    h.adrs
      .filter((adr) => OPEN_ADR_STATUSES.has(adr.data.status))
      .map((adr) => ({
        id: `adrs/${adr.id}`,
        entry: `adrs/${adr.id}`,
        kind: 'adr',
        teams: adr.data.teams,
        title: adr.data.title,
        text: adr.body ?? '',
        url: routes.adr(adr.id),
        date: adr.data.date,
        standing: true,
      })),
};

/**
 * Every ask, whatever its state: an open one may have a twin elsewhere, and a solved one
 * keeps its answer for the next team with the same problem. The helpers' teams count as
 * the ask's own, since they already know about it.
 */
export const asksForHelp: RelatedSource = {
  name: 'asks for help (open, helped and solved)',
  collection: 'asks',
  teamsOf: (h, id) => {
    const ask = h.ask.get(id);
    return ask && teamsOfAsk(h, ask.data.team, ask.data.helpers);
  },
  documents: (h) =>
    h.asks.map((ask) => ({
      id: `asks/${ask.id}`,
      entry: `asks/${ask.id}`,
      kind: 'ask',
      teams: teamsOfAsk(h, ask.data.team, ask.data.helpers),
      title: ask.data.title,
      text: plainText(ask.body),
      url: routes.ask(ask.id),
      date: ask.data.date,
      standing: true,
    })),
};

function teamsOfAsk(h: HandbookIndexes, team: string, helpers: readonly string[]): string[] {
  return [...new Set([team, ...helpers.flatMap((person) => h.person.get(person)?.data.team ?? [])])];
}

/** Every source related work reads, in the order their documents are listed. */
export const RELATED_SOURCES: readonly RelatedSource[] = [teamPriorities, teamInputRequests, weeklyUpdates, openDecisions, asksForHelp];

export function relatedDocuments(h: HandbookIndexes, today: string, sources: readonly RelatedSource[] = RELATED_SOURCES): RelatedDocument[] {
  return sources.flatMap((source) => source.documents(h, today));
}
