/**
 * What the indexed pages tell search about themselves: their type (one per
 * collection, from the registry, plus the weekly digest), their teams, status, tags,
 * date and the names a reader may search them by. Build-time only: the registry
 * imports every schema.
 */
import { COLLECTIONS, DIGEST, TAGS, type CollectionName, type Registry } from '../collections.ts';

/** Search's page types and their labels: one per collection, plus the weekly digest and the tag pages. */
export const SEARCH_TYPES = Object.fromEntries([...Object.values(COLLECTIONS), DIGEST, TAGS].map(({ search }) => [search.type, search.label])) as {
  [S in SearchSection as S['search']['type']]: S['search']['label'];
};
type SearchSection = Registry[CollectionName] | typeof DIGEST | typeof TAGS;

/** First path segment of every searchable page: the collections' folders, the digest's and the tags'. */
export const INDEXED_SECTIONS = [...Object.values(COLLECTIONS), DIGEST, TAGS].map(({ route }) => route.index().replace(/\/$/, ''));
export type SearchType = keyof typeof SEARCH_TYPES;

/** What a page tells search about itself (see components/SearchMeta.astro). */
export interface SearchFacts {
  type: SearchType;
  teams?: readonly { id: string; name: string }[];
  status?: string | undefined;
  tags?: readonly string[];
  /** `YYYY-MM-DD` or an ISO date-time. */
  date?: string | undefined;
  /** The entry's own name (team, person, guild, talk, ADR): a query that names it ranks it first. */
  name?: string;
  /** Other names a reader uses for it: "ADR 13", "adr-13", "0013". */
  aliases?: readonly string[];
  /** One sentence about an entry that is mostly fields (dependency, person, guild), indexed so its excerpt reads as a sentence. */
  summary?: string;
}

/** How a reader names ADR 0013: "ADR 13", "ADR-13", "ADR 0013", "ADR-0013", "0013". */
export function adrAliases(id: string): string[] {
  const number = id.slice(0, 4);
  const short = String(Number(number));
  return [...new Set([`ADR ${short}`, `ADR-${short}`, `ADR ${number}`, `ADR-${number}`, number])];
}
