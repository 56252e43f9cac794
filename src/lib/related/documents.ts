/** What related-work matching compares: short documents from every source, and the pairs found between them. */

/** One thing a team works on, asks about or proposes, as text to compare. */
export interface RelatedDocument {
  /** Unique in the corpus: the entry and, for an item of a list, its place (`teams/mobile#priority-2`). */
  id: string;
  /** The entry it comes from, `<collection>/<id>`: what a dismissal names and what pages look up. */
  entry: string;
  /** Which source made it (`priority`, `input`, `update`, `adr`, …), for display. */
  kind: string;
  /** The teams whose work it is; pairs join documents with no team in common. */
  teams: readonly string[];
  /** The words that say most: weighted above `text`. */
  title: string;
  /** More words about it (a body, the lines of an update). */
  text: string;
  /** The route of the page to read it on. */
  url: string;
  /** The day it appeared, when known (an update's, an ADR's date); the digest lists a pair in the week one side appeared. */
  date?: string | undefined;
  /**
   * True for what stays current while it is listed (a priority, an open request, an open
   * ADR); false for a report of a moment (a line of a weekly update), which is compared
   * only with work of about the same time.
   */
  standing: boolean;
}

/** Two documents of different teams about the same thing. */
export interface RelatedPair {
  a: RelatedDocument;
  b: RelatedDocument;
  /** Cosine similarity of their TF-IDF vectors, 0 to 1. */
  score: number;
  /** The word stems they share that were indexed, rarest first: why they match. */
  shared: string[];
}

/** The unordered pair of entries a document pair joins, as a dismissal names it: `adrs/0012-x|teams/mobile`. */
export function entryPairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
