/**
 * Related work across teams, once per build: the documents of every source, the pairs
 * of different teams' documents that are about the same thing, less the pairs a team
 * dismissed and the collaborations already known, and the views pages and the digest
 * read (by entry, by team, by week).
 *
 * Tuned on the demo handbook (README, "Related work and topics"): with three shared words
 * at least and a cosine of 0.30, 10 of the 11 pairs found are about one topic (8 about the
 * same work) and the eleventh is dismissed; from 0.20 to 0.30 true matches and shared
 * vocabulary ("Enterprise customers") mix about evenly, and with two shared words
 * "performance budget for the dashboard" met "carrier performance dashboard" at 0.33.
 * Short lines sharing three rare words score about 0.3, so the threshold and the word
 * minimum together keep one common phrase from making a match.
 */
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { addDays } from '../time/dates.ts';
import { entryPairKey, type RelatedDocument, type RelatedPair } from './documents.ts';
import { similarPairs, type SimilarityOptions } from './similarity.ts';
import { relatedDocuments, RELATED_SOURCES, type RelatedSource } from './sources.ts';

export const RELATED_OPTIONS: SimilarityOptions = {
  threshold: 0.3,
  titleShare: 0.7,
  minShared: 3,
  windowDays: 42,
  maxTextChars: 10_000,
};

/** One match as a page shows it: the page's own document, and the other team's. */
export interface RelatedLink {
  own: RelatedDocument;
  other: RelatedDocument;
  score: number;
  shared: string[];
}

export interface RelatedWork {
  /** Every pair reported, best first. */
  pairs: RelatedPair[];
  /** Entry pairs matched before dismissals (`entryPairKey`): a dismissal of anything else is stale. */
  matched: ReadonlySet<string>;
  /** Matches of one entry's documents (`adrs/0012-x`), the best per other entry, best first. */
  forEntry(entry: string): RelatedLink[];
  /** Matches of a team's current documents: its page, its open ADRs, its updates of the last `windowDays`. */
  forTeam(teamId: string): RelatedLink[];
  /** Pairs with a side that appeared in `[start, end]` and another that existed by `end`: what was new that week. */
  newBetween(start: string, end: string): RelatedPair[];
}

/** A title that names the other team ("after Team Beta removes …") belongs to a collaboration both teams know about. */
function namesTeam(doc: RelatedDocument, teams: readonly string[], teamName: (id: string) => string | undefined): boolean {
  const title = doc.title.toLowerCase();
  return teams.some((id) => {
    const name = teamName(id)?.toLowerCase();
    return name !== undefined && new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(title);
  });
}

/** Keeps the best link to each other entry: one line per piece of work elsewhere. */
function bestPerEntry(links: RelatedLink[]): RelatedLink[] {
  const best = new Map<string, RelatedLink>();
  for (const link of links) {
    const key = link.other.entry;
    const kept = best.get(key);
    if (!kept || link.score > kept.score) best.set(key, link);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.other.id.localeCompare(b.other.id));
}

export interface RelatedInput {
  documents: readonly RelatedDocument[];
  /** Entry pairs a team dismissed, as `entryPairKey(a, b)`. */
  dismissed: ReadonlySet<string>;
  today: string;
  teamName: (id: string) => string | undefined;
  options?: SimilarityOptions;
}

export function findRelatedWork({ documents, dismissed, today, teamName, options = RELATED_OPTIONS }: RelatedInput): RelatedWork {
  const unknown = similarPairs(documents, options).filter((pair) => !namesTeam(pair.a, pair.b.teams, teamName) && !namesTeam(pair.b, pair.a.teams, teamName));
  const matched = new Set(unknown.map((pair) => entryPairKey(pair.a.entry, pair.b.entry)));
  const pairs = unknown.filter((pair) => !dismissed.has(entryPairKey(pair.a.entry, pair.b.entry)));
  const links = pairs.flatMap((pair) => [
    { own: pair.a, other: pair.b, score: pair.score, shared: pair.shared },
    { own: pair.b, other: pair.a, score: pair.score, shared: pair.shared },
  ]);
  const current = (doc: RelatedDocument) => doc.standing || (doc.date! <= today && doc.date! >= addDays(today, -options.windowDays));
  return {
    pairs,
    matched,
    forEntry: (entry) => bestPerEntry(links.filter((link) => link.own.entry === entry)),
    forTeam: (teamId) => bestPerEntry(links.filter((link) => link.own.teams.includes(teamId) && current(link.own) && current(link.other))),
    newBetween: (start, end) => {
      const dated = (doc: RelatedDocument) => doc.date !== undefined && doc.date >= start && doc.date <= end;
      const existed = (doc: RelatedDocument) => !doc.date || doc.date <= end;
      return pairs.filter((pair) => (dated(pair.a) && existed(pair.b)) || (dated(pair.b) && existed(pair.a)));
    },
  };
}

/** Related work of a handbook as of `today`, from every source. */
export function relatedWork(
  h: HandbookIndexes,
  today: string,
  dismissed: ReadonlySet<string>,
  sources: readonly RelatedSource[] = RELATED_SOURCES,
): RelatedWork {
  return findRelatedWork({ documents: relatedDocuments(h, today, sources), dismissed, today, teamName: (id) => h.team.get(id)?.data.name });
}
